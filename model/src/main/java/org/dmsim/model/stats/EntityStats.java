package org.dmsim.model.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;

/**
 * The statistics of one entity, kept by whoever hosts it: counters, tallies and time-weighted levels
 * by metric name. Metrics are held in sorted maps so that results list them in a stable order.
 */
public final class EntityStats {
  private final TreeMap<String, long[]> counters = new TreeMap<>();
  private final TreeMap<String, Tally> tallies = new TreeMap<>();
  private final TreeMap<String, TimeWeighted> levels = new TreeMap<>();

  /** Applies one observation made at {@code nowMs}. */
  public void record(Observation observation, long nowMs) {
    if (observation instanceof Observation.Count c) {
      counters.computeIfAbsent(c.metric(), k -> new long[1])[0] += c.amount();
    } else if (observation instanceof Observation.Sample s) {
      tallies.computeIfAbsent(s.metric(), k -> new Tally()).add(s.value());
    } else if (observation instanceof Observation.Level l) {
      levels.computeIfAbsent(l.metric(), k -> new TimeWeighted()).set(nowMs, l.value());
    }
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return counters.isEmpty() && tallies.isEmpty() && levels.isEmpty();
  }

  /** The metrics as result values, closing time-weighted levels at {@code endMs}; sorted by name. */
  public List<MetricValue> toMetrics(long endMs) {
    List<MetricValue> out = new ArrayList<>();
    TreeMap<String, MetricValue> sorted = new TreeMap<>();
    for (Map.Entry<String, long[]> c : counters.entrySet()) {
      sorted.put(c.getKey(), MetricValue.counter(c.getKey(), c.getValue()[0]));
    }
    for (Map.Entry<String, Tally> t : tallies.entrySet()) {
      sorted.put(t.getKey(), MetricValue.tally(t.getKey(), t.getValue()));
    }
    for (Map.Entry<String, TimeWeighted> l : levels.entrySet()) {
      sorted.put(l.getKey(), MetricValue.level(l.getKey(), l.getValue().average(endMs), l.getValue().level()));
    }
    out.addAll(sorted.values());
    return out;
  }

  /** A snapshot result for entity {@code name}. */
  public EntityResult toResult(String name, long eventsHandled, long traceHash, long endMs) {
    return new EntityResult(name, eventsHandled, traceHash, toMetrics(endMs));
  }
}
