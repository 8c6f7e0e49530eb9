package org.dmsim.model.mfg.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;

/** Hand-made run results for the indicator tests. */
final class KpiRuns {
  private KpiRuns() {}

  /** A run of the given entities, sorted by name as a run's are. */
  static RunResult run(EntityResult... entities) {
    return new RunResult("test", 1, 0, 0,
        Stream.of(entities).sorted(Comparator.comparing(EntityResult::entity)).toList());
  }

  /** An entity with the given metrics. */
  static EntityResult entity(String name, MetricValue... metrics) {
    return new EntityResult(name, 1, 0, List.of(metrics));
  }

  static MetricValue counter(String name, long count) {
    return new MetricValue(name, MetricValue.Kind.COUNTER, count, 0, 0, 0, 0);
  }

  static MetricValue tally(String name, long count, double mean, double max) {
    return new MetricValue(name, MetricValue.Kind.TALLY, count, mean, 0, 0, max);
  }

  static MetricValue level(String name, double timeAverage, double finalLevel) {
    return new MetricValue(name, MetricValue.Kind.LEVEL, 0, timeAverage, 0, 0, finalLevel);
  }
}
