package org.dmsim.sim.host;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dmsim.model.random.SplitMix64;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.stats.BinnedSums;
import org.dmsim.model.stats.Tally;

/**
 * The results of the entities a node has retired (shipments that stopped), folded into one
 * {@code <node>/*retired} result in retirement order, which is the node's event order and so the
 * same in every engine. Counters, levels and series are summed; tallies are merged.
 */
public final class RetiredEntities {
  /** The name suffix of a node's retired result; {@code *} cannot appear in entity names. */
  public static final String SUFFIX = "/*retired";

  private final String name;
  private long count;
  private long events;
  private long traceHash;
  private final TreeMap<String, long[]> counters = new TreeMap<>();
  private final TreeMap<String, Tally> tallies = new TreeMap<>();
  private final TreeMap<String, double[]> levels = new TreeMap<>();
  private final TreeMap<String, BinnedSums> bins = new TreeMap<>();
  private final TreeMap<String, double[]> dailyTotals = new TreeMap<>();
  private final TreeMap<String, BinnedSums> dailySeries = new TreeMap<>();

  /** The retired result of node {@code nodeName}. */
  public RetiredEntities(String nodeName) {
    this.name = nodeName + SUFFIX;
  }

  /** Folds in one retired entity's result. */
  public void add(EntityResult r) {
    count++;
    events += r.eventsHandled();
    traceHash = SplitMix64.fold(SplitMix64.fold(traceHash, r.entity()), r.traceHash());
    for (MetricValue m : r.metrics()) {
      switch (m.kind()) {
        case COUNTER -> counters.computeIfAbsent(m.name(), k -> new long[1])[0] += m.count();
        case TALLY -> tallies.computeIfAbsent(m.name(), k -> new Tally()).merge(tallyOf(m));
        case LEVEL -> {
          double[] sums = levels.computeIfAbsent(m.name(), k -> new double[2]);
          sums[0] += m.mean();
          sums[1] += m.max();
        }
        case BINS -> bins.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), m.count());
        case DAILY -> {
          double[] sums = dailyTotals.computeIfAbsent(m.name(), k -> new double[2]);
          sums[0] += m.mean();
          sums[1] += m.max();
          dailySeries.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), 0);
        }
        default -> throw new IllegalStateException("unknown metric kind " + m.kind());
      }
    }
  }

  /** Whether no entity retired. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The folded result, with the counter {@code retired-entities}. */
  public EntityResult result() {
    TreeMap<String, MetricValue> sorted = new TreeMap<>();
    counters.forEach((k, v) -> sorted.put(k, MetricValue.counter(k, v[0])));
    tallies.forEach((k, v) -> sorted.put(k, MetricValue.tally(k, v)));
    levels.forEach((k, v) -> sorted.put(k, MetricValue.level(k, v[0], v[1])));
    bins.forEach((k, v) -> sorted.put(k, MetricValue.bins(k, v.records(), v.sums())));
    dailyTotals.forEach((k, v) -> sorted.put(k, MetricValue.daily(k, v[0], v[1], dailySeries.get(k).sums())));
    sorted.put("retired-entities", MetricValue.counter("retired-entities", count));
    return new EntityResult(name, events, traceHash, new ArrayList<>(sorted.values()));
  }

  private static Tally tallyOf(MetricValue m) {
    return Tally.of(m.count(), m.mean(), m.variance(), m.min(), m.max());
  }

  /** Sorts results by entity name, as {@link org.dmsim.model.result.RunResult} requires. */
  public static List<EntityResult> sortedByName(List<EntityResult> results) {
    List<EntityResult> sorted = new ArrayList<>(results);
    sorted.sort((a, b) -> a.entity().compareTo(b.entity()));
    return sorted;
  }
}
