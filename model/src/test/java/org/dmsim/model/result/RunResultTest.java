package org.dmsim.model.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dmsim.model.result.MetricValue.Kind;
import org.dmsim.model.stats.Tally;
import org.junit.jupiter.api.Test;

class RunResultTest {
  /** SHA-256 of the empty string. */
  private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  static RunResult sample() {
    Tally lead = new Tally();
    lead.add(3_600_000);
    lead.add(7_200_000);
    return new RunResult("tiny", 42, 1, 86_400_000, List.of(
        new EntityResult("plant", 10, 0x1234L, List.of(
            MetricValue.counter("orders-received", 4),
            MetricValue.level("queue-length-orders", 0.25, 1))),
        new EntityResult("plant/m1", 5, -1L, List.of(MetricValue.level("busy", 0.5, 0))),
        new EntityResult("region", 7, 0L, List.of(
            MetricValue.counter("delivered", 2),
            MetricValue.tally("lead-time-ms", lead)))));
  }

  @Test
  void constructor_entitiesOutOfNameOrder_throws() {
    List<EntityResult> unsorted = List.of(entity("b"), entity("a"));
    assertThatThrownBy(() -> new RunResult("m", 1, 0, 10, unsorted)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted").hasMessageContaining("b before a");
  }

  @Test
  void constructor_duplicateEntityNames_throws() {
    List<EntityResult> duplicated = List.of(entity("a"), entity("b"), entity("b"));
    assertThatThrownBy(() -> new RunResult("m", 1, 0, 10, duplicated)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique").hasMessageContaining("b before b");
  }

  @Test
  void constructor_sortedByUtf16Order_isAccepted() {
    // '-' < '/' < digits < upper case < lower case: the order TreeMap and the directory use.
    List<EntityResult> sorted = List.of(entity("a"), entity("a-b"), entity("a/x"), entity("b"));
    assertThat(new RunResult("m", 1, 0, 10, sorted).entities()).hasSize(4);
    assertThat(new RunResult("m", 1, 0, 10, List.of()).entities()).isEmpty();
  }

  @Test
  void constructor_copiesTheEntityList() {
    List<EntityResult> entities = new ArrayList<>(List.of(entity("a")));
    RunResult run = new RunResult("m", 1, 0, 10, entities);
    entities.add(entity("b"));
    assertThat(run.entities()).hasSize(1);
    assertThatThrownBy(() -> run.entities().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullModel_throws() {
    assertThatNullPointerException().isThrownBy(() -> new RunResult(null, 1, 0, 10, List.of()));
  }

  @Test
  void eventsHandled_sumsOverEntities() {
    assertThat(sample().eventsHandled()).isEqualTo(22);
  }

  @Test
  void entity_findsByName() {
    assertThat(sample().entity("plant/m1")).get().extracting(EntityResult::eventsHandled).isEqualTo(5L);
    assertThat(sample().entity("plant/m2")).isEmpty();
  }

  @Test
  void sumCounter_addsTheCounterOverMatchingEntities() {
    RunResult run = new RunResult("m", 1, 0, 10, List.of(
        new EntityResult("r1", 1, 0, List.of(MetricValue.counter("orders", 3))),
        new EntityResult("r2", 1, 0, List.of(MetricValue.counter("orders", 4))),
        new EntityResult("x", 1, 0, List.of(MetricValue.counter("orders", 100)))));
    assertThat(run.sumCounter("orders", name -> name.startsWith("r"))).isEqualTo(7);
    assertThat(run.sumCounter("orders", name -> true)).isEqualTo(107);
    assertThat(run.sumCounter("missing", name -> true)).isZero();
  }

  @Test
  void entityResult_metric_findsByName() {
    EntityResult region = sample().entity("region").orElseThrow();
    assertThat(region.metric("delivered")).contains(MetricValue.counter("delivered", 2));
    assertThat(region.metric("orders")).isEmpty();
  }

  @Test
  void canonical_smallRun_listsEveryFieldWithDoublesAsBits() {
    RunResult run = new RunResult("m", 7, 2, 1000, List.of(
        new EntityResult("a", 3, 255, List.of(new MetricValue("x", Kind.TALLY, 2, 1.5, 0.5, 1.0, 2.0)))));
    assertThat(run.canonical()).isEqualTo("""
        run|m|7|2|1000
        entity|a|3|ff
          x|TALLY|2|3ff8000000000000|3fe0000000000000|3ff0000000000000|4000000000000000
        """);
  }

  @Test
  void digest_isLowerCaseHexSha256OfTheCanonicalForm() {
    assertThat(sample().digest()).matches("[0-9a-f]{64}").isEqualTo(RunResult.sha256Hex(sample().canonical()));
    assertThat(RunResult.sha256Hex("")).isEqualTo(SHA256_OF_NOTHING);
  }

  @Test
  void digest_equalContent_equalDigest() {
    assertThat(sample().digest()).isEqualTo(sample().digest());
    RunResult copy = new RunResult("tiny", 42, 1, 86_400_000, new ArrayList<>(sample().entities()));
    assertThat(copy.digest()).isEqualTo(sample().digest());
  }

  @Test
  void digest_anySingleFieldChanged_changes() {
    RunResult base = sample();
    List<RunResult> variants = List.of(
        new RunResult("tiny2", base.seed(), base.replication(), base.endMs(), base.entities()),
        new RunResult(base.model(), 43, base.replication(), base.endMs(), base.entities()),
        new RunResult(base.model(), base.seed(), 2, base.endMs(), base.entities()),
        new RunResult(base.model(), base.seed(), base.replication(), base.endMs() + 1, base.entities()),
        withEntity(base, 0, e -> new EntityResult("plan", e.eventsHandled(), e.traceHash(), e.metrics())),
        withEntity(base, 0, e -> new EntityResult(e.entity(), e.eventsHandled() + 1, e.traceHash(), e.metrics())),
        withEntity(base, 1, e -> new EntityResult(e.entity(), e.eventsHandled(), e.traceHash() ^ 1, e.metrics())),
        withEntity(base, 2, e -> new EntityResult(e.entity(), e.eventsHandled(), e.traceHash(), e.metrics().subList(0, 1))),
        withMetric(base, 2, 1, m -> new MetricValue(m.name(), m.kind(), m.count(), Math.nextUp(m.mean()), m.variance(),
            m.min(), m.max())),
        withMetric(base, 2, 1, m -> new MetricValue(m.name(), m.kind(), m.count(), m.mean(), Math.nextDown(m.variance()),
            m.min(), m.max())),
        withMetric(base, 2, 1, m -> new MetricValue(m.name(), m.kind(), m.count(), m.mean(), m.variance(),
            Math.nextUp(m.min()), m.max())),
        withMetric(base, 2, 1, m -> new MetricValue(m.name(), m.kind(), m.count(), m.mean(), m.variance(),
            m.min(), Math.nextUp(m.max()))),
        withMetric(base, 2, 1, m -> new MetricValue(m.name(), m.kind(), m.count() + 1, m.mean(), m.variance(),
            m.min(), m.max())),
        withMetric(base, 2, 0, m -> new MetricValue("delivered2", m.kind(), m.count(), m.mean(), m.variance(),
            m.min(), m.max())),
        withMetric(base, 2, 0, m -> new MetricValue(m.name(), Kind.TALLY, m.count(), m.mean(), m.variance(),
            m.min(), m.max())),
        withMetric(base, 1, 0, m -> new MetricValue(m.name(), m.kind(), m.count(), m.mean(), m.variance(),
            -0.0, m.max())));
    List<String> digests = new ArrayList<>();
    digests.add(base.digest());
    for (RunResult v : variants) {
      digests.add(v.digest());
    }
    assertThat(digests).doesNotHaveDuplicates();
  }

  @Test
  void digestOf_noRuns_isTheDigestOfNothing() {
    assertThat(RunResult.digestOf(List.of())).isEqualTo(SHA256_OF_NOTHING);
  }

  @Test
  void digestOf_isTheDigestOfTheRunDigestsOnePerLine() {
    RunResult a = sample();
    RunResult b = new RunResult("tiny", 42, 2, 86_400_000, a.entities());
    assertThat(RunResult.digestOf(List.of(a, b))).isEqualTo(RunResult.sha256Hex(a.digest() + "\n" + b.digest() + "\n"));
    assertThat(RunResult.digestOf(List.of(a))).isNotEqualTo(a.digest());
  }

  @Test
  void digestOf_dependsOnOrder() {
    RunResult a = sample();
    RunResult b = new RunResult("tiny", 42, 2, 86_400_000, a.entities());
    assertThat(RunResult.digestOf(List.of(a, b))).isNotEqualTo(RunResult.digestOf(List.of(b, a)));
    assertThat(RunResult.digestOf(List.of(a, a))).isNotEqualTo(RunResult.digestOf(List.of(a)));
  }

  @Test
  void metricValue_factories_fillTheDocumentedFields() {
    assertThat(MetricValue.counter("c", 9)).isEqualTo(new MetricValue("c", Kind.COUNTER, 9, 0, 0, 0, 0));
    assertThat(MetricValue.level("l", 0.75, 2)).isEqualTo(new MetricValue("l", Kind.LEVEL, 0, 0.75, 0, 0, 2));
    Tally t = new Tally();
    t.add(1);
    t.add(3);
    assertThat(MetricValue.tally("t", t)).isEqualTo(new MetricValue("t", Kind.TALLY, 2, 2, 2, 1, 3));
  }

  @Test
  void metricValueAndEntityResult_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> new MetricValue(null, Kind.COUNTER, 0, 0, 0, 0, 0));
    assertThatNullPointerException().isThrownBy(() -> new MetricValue("m", null, 0, 0, 0, 0, 0));
    assertThatNullPointerException().isThrownBy(() -> new EntityResult(null, 0, 0, List.of()));
  }

  private static EntityResult entity(String name) {
    return new EntityResult(name, 1, 0, List.of());
  }

  static RunResult withEntity(RunResult run, int index, UnaryOperator<EntityResult> change) {
    List<EntityResult> entities = new ArrayList<>(run.entities());
    entities.set(index, change.apply(entities.get(index)));
    return new RunResult(run.model(), run.seed(), run.replication(), run.endMs(), entities);
  }

  static RunResult withMetric(RunResult run, int entity, int metric, UnaryOperator<MetricValue> change) {
    return withEntity(run, entity, e -> {
      List<MetricValue> metrics = new ArrayList<>(e.metrics());
      metrics.set(metric, change.apply(metrics.get(metric)));
      return new EntityResult(e.entity(), e.eventsHandled(), e.traceHash(), metrics);
    });
  }

  @Test
  void fromCanonical_namesWithBarsAndSeries_readBackExactly() {
    RunResult run = new RunResult("m|odel", -3, 2, 86_400_000L, List.of(
        new EntityResult("a|b", 7, -1L, List.of(MetricValue.bins("x|y", 2, new double[] {1.5, Double.NaN, -0.0}),
            MetricValue.counter("n", 4))),
        new EntityResult("c", 0, 0, List.of())));

    RunResult back = RunResult.fromCanonical(run.canonical());

    assertThat(back).isEqualTo(run);
    assertThat(back.digest()).isEqualTo(run.digest());
  }

  @Test
  void fromCanonical_cutShort_isRefusedWithTheLine() {
    RunResult run = new RunResult("m", 1, 0, 10, List.of(new EntityResult("a", 1, 2,
        List.of(MetricValue.level("lvl", 0.5, 1.0)))));
    String text = run.canonical();

    String cut = text.substring(0, text.indexOf("LEVEL") + 3);

    assertThatThrownBy(() -> RunResult.fromCanonical(cut)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunResult.fromCanonical(cut + "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
  }
}
