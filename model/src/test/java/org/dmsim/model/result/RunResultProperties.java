package org.dmsim.model.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dmsim.model.result.MetricValue.Kind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RunResultProperties {

  @Test
  void equalContentGivesEqualDigests() {
    qt().forAll(runs()).checkAssert(run -> {
      List<EntityResult> copied = new ArrayList<>();
      for (EntityResult e : run.entities()) {
        copied.add(new EntityResult(e.entity(), e.eventsHandled(), e.traceHash(), new ArrayList<>(e.metrics())));
      }
      RunResult copy = new RunResult(run.model(), run.seed(), run.replication(), run.endMs(), copied);
      assertThat(copy.digest()).isEqualTo(run.digest());
    });
  }

  @Test
  void canonicalFormReadsBackToTheSameResult() {
    qt().forAll(runs()).checkAssert(run -> {
      RunResult back = RunResult.fromCanonical(run.canonical());
      assertThat(back).isEqualTo(run);
      assertThat(back.canonical()).isEqualTo(run.canonical());
    });
  }

  @Test
  void changingAnySingleFieldChangesTheDigest() {
    qt().forAll(runs(), integers().between(0, 11), integers().between(0, 1_000), integers().between(0, 63))
        .checkAssert((run, field, pick, bit) -> {
          RunResult changed = change(run, field, pick, bit);
          if (!changed.equals(run)) {
            assertThat(changed.digest()).as("field %d", field).isNotEqualTo(run.digest());
          }
        });
  }

  /** Changes one field, chosen by {@code field}, of the entity or metric chosen by {@code pick}, by one bit or ulp. */
  private static RunResult change(RunResult run, int field, int pick, int bit) {
    switch (field) {
      case 0:
        return new RunResult(run.model(), run.seed() ^ (1L << bit), run.replication(), run.endMs(), run.entities());
      case 1:
        return new RunResult(run.model(), run.seed(), run.replication() ^ (1 << (bit % 31)), run.endMs(),
            run.entities());
      case 2:
        return new RunResult(run.model(), run.seed(), run.replication(), run.endMs() ^ (1L << bit), run.entities());
      default:
        break;
    }
    if (run.entities().isEmpty()) {
      return run;
    }
    int e = pick % run.entities().size();
    EntityResult entity = run.entities().get(e);
    switch (field) {
      case 3:
        return RunResultTest.withEntity(run, e, x -> new EntityResult(x.entity(), x.eventsHandled() ^ (1L << bit),
            x.traceHash(), x.metrics()));
      case 4:
        return RunResultTest.withEntity(run, e, x -> new EntityResult(x.entity(), x.eventsHandled(),
            x.traceHash() ^ (1L << bit), x.metrics()));
      default:
        break;
    }
    if (entity.metrics().isEmpty()) {
      return run;
    }
    int m = pick % entity.metrics().size();
    return RunResultTest.withMetric(run, e, m, x -> switch (field) {
      case 5 -> new MetricValue(x.name(), x.kind(), x.count() ^ (1L << bit), x.mean(), x.variance(), x.min(), x.max());
      case 6 -> new MetricValue(x.name(), x.kind(), x.count(), Math.nextUp(x.mean()), x.variance(), x.min(), x.max());
      case 7 -> new MetricValue(x.name(), x.kind(), x.count(), x.mean(), Math.nextDown(x.variance()), x.min(), x.max());
      case 8 -> new MetricValue(x.name(), x.kind(), x.count(), x.mean(), x.variance(), Math.nextUp(x.min()), x.max());
      case 9 -> new MetricValue(x.name(), x.kind(), x.count(), x.mean(), x.variance(), x.min(), Math.nextDown(x.max()));
      case 10 -> new MetricValue(x.name(), Kind.values()[(x.kind().ordinal() + 1) % 3], x.count(), x.mean(),
          x.variance(), x.min(), x.max());
      default -> new MetricValue(x.name() + "x", x.kind(), x.count(), x.mean(), x.variance(), x.min(), x.max());
    });
  }

  private static Gen<RunResult> runs() {
    Gen<Double> values = doubles().between(-1e300, 1e300)
        .mix(Generate.pick(List.of(0.0, -0.0, 1.0, Double.MIN_VALUE, Double.MAX_VALUE)), 40);
    Gen<MetricValue> metric = Generate.pick(List.of("busy", "orders", "lead-time-ms", "jobs"))
        .zip(Generate.enumValues(Kind.class), longs().between(0, 1_000), values, (name, kind, count, x) ->
            new MetricValue(name, kind, count, x, Math.abs(x), -x, x));
    Gen<EntityResult> entity = Generate.pick(List.of("plant", "plant/m1", "plant/m2", "region-a", "region-b"))
        .zip(longs().between(0, 1_000_000), longs().all(), lists().of(metric).ofSizeBetween(0, 4),
            (name, events, trace, metrics) -> new EntityResult(name, events, trace, distinctByName(metrics)));
    Gen<List<EntityResult>> entities = lists().of(entity).ofSizeBetween(0, 6).map(list -> {
      TreeMap<String, EntityResult> byName = new TreeMap<>();
      for (EntityResult e : list) {
        byName.putIfAbsent(e.entity(), e);
      }
      return List.copyOf(byName.values());
    });
    return Generate.pick(List.of("tiny", "mm1", "phold")).zip(longs().all(), integers().between(0, 100),
        longs().between(1, Long.MAX_VALUE), entities, RunResult::new);
  }

  private static List<MetricValue> distinctByName(List<MetricValue> metrics) {
    TreeMap<String, MetricValue> byName = new TreeMap<>();
    for (MetricValue m : metrics) {
      byName.putIfAbsent(m.name(), m);
    }
    return List.copyOf(byName.values());
  }
}
