package org.dmsim.model.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;

/**
 * The statistics of one entity, kept by whoever hosts it: counters, tallies and time-weighted levels
 * by metric name. Metrics are looked up by name in hash maps and sorted by name when results are made, so that results list them in a stable order.
 */
public final class EntityStats {
  private final HashMap<String, long[]> counters = new HashMap<>(8);
  private final HashMap<String, Tally> tallies = new HashMap<>(8);
  private final HashMap<String, TimeWeighted> levels = new HashMap<>(8);
  private final HashMap<String, BinnedSums> bins = new HashMap<>(4);
  private final HashMap<String, DailyLevel> dailies = new HashMap<>(4);
  private final java.util.HashSet<String> dayBins = new java.util.HashSet<>(4);
  private final long warmupMs;
  private boolean warm;

  /** Statistics over the whole run. */
  public EntityStats() {
    this(0);
  }

  /**
   * Statistics that leave out a warm-up: everything recorded before {@code warmupMs} is forgotten at
   * the first observation at or after it (or when results are made), except the current value of each
   * level, which carries on.
   */
  public EntityStats(long warmupMs) {
    this.warmupMs = warmupMs;
    this.warm = warmupMs <= 0;
  }

  private void warmUpIfDue(long nowMs) {
    if (!warm && nowMs >= warmupMs) {
      warm = true;
      counters.values().forEach(c -> c[0] = 0);
      tallies.replaceAll((k, v) -> new Tally());
      int warmupDay = (int) ((warmupMs + org.dmsim.model.time.SimTime.DAY_MS - 1) / org.dmsim.model.time.SimTime.DAY_MS);
      bins.forEach((k, v) -> v.clearBelow(dayBins.contains(k) ? warmupDay : Integer.MAX_VALUE));
      levels.values().forEach(l -> l.restartAt(warmupMs));
      dailies.values().forEach(d -> d.restartAt(warmupMs));
    }
  }

  /** Applies one observation made at {@code nowMs}. */
  public void record(Observation observation, long nowMs) {
    warmUpIfDue(nowMs);
    if (observation instanceof Observation.Count c) {
      long[] counter = counters.get(c.metric());
      if (counter == null) {
        requireNewName(c.metric());
        counter = new long[1];
        counters.put(c.metric(), counter);
      }
      counter[0] += c.amount();
    } else if (observation instanceof Observation.Sample s) {
      Tally tally = tallies.get(s.metric());
      if (tally == null) {
        requireNewName(s.metric());
        tally = new Tally();
        tallies.put(s.metric(), tally);
      }
      tally.add(s.value());
    } else if (observation instanceof Observation.Level l) {
      TimeWeighted level = levels.get(l.metric());
      if (level == null) {
        requireNewName(l.metric());
        level = new TimeWeighted();
        levels.put(l.metric(), level);
      }
      level.set(nowMs, l.value());
    } else if (observation instanceof Observation.Binned b) {
      BinnedSums sums = bins.get(b.metric());
      if (sums == null) {
        requireNewName(b.metric());
        sums = new BinnedSums();
        bins.put(b.metric(), sums);
        if (b.byDay()) {
          dayBins.add(b.metric());
        }
      }
      sums.add(b.bin(), b.amount());
    } else if (observation instanceof Observation.Daily d) {
      DailyLevel daily = dailies.get(d.metric());
      if (daily == null) {
        requireNewName(d.metric());
        daily = new DailyLevel();
        dailies.put(d.metric(), daily);
      }
      daily.set(nowMs, d.value());
    }
  }

  /** One name, one kind: a metric recorded as a counter and as a tally would lose one in the results. */
  private void requireNewName(String metric) {
    if (counters.containsKey(metric) || tallies.containsKey(metric) || levels.containsKey(metric)
        || bins.containsKey(metric) || dailies.containsKey(metric)) {
      throw new IllegalArgumentException("metric '" + metric + "' is already recorded as another kind");
    }
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return counters.isEmpty() && tallies.isEmpty() && levels.isEmpty() && bins.isEmpty() && dailies.isEmpty();
  }

  /** The metrics as result values, closing time-weighted levels at {@code endMs}; sorted by name. */
  public List<MetricValue> toMetrics(long endMs) {
    warmUpIfDue(endMs);
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
    for (Map.Entry<String, BinnedSums> b : bins.entrySet()) {
      sorted.put(b.getKey(), MetricValue.bins(b.getKey(), b.getValue().records(), b.getValue().sums()));
    }
    for (Map.Entry<String, DailyLevel> d : dailies.entrySet()) {
      DailyLevel v = d.getValue();
      sorted.put(d.getKey(), MetricValue.daily(d.getKey(), v.average(endMs), v.level(), v.dayAverages(endMs)));
    }
    out.addAll(sorted.values());
    return out;
  }

  /** A snapshot result for entity {@code name}. */
  public EntityResult toResult(String name, long eventsHandled, long traceHash, long endMs) {
    return new EntityResult(name, eventsHandled, traceHash, toMetrics(endMs));
  }
}
