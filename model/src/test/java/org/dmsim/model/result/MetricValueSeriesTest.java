package org.dmsim.model.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.result.MetricValue.Kind;
import org.junit.jupiter.api.Test;

/** The per-bin or per-day series of {@link MetricValue}. */
class MetricValueSeriesTest {

  private static String canonical(MetricValue m) {
    StringBuilder sb = new StringBuilder();
    m.appendCanonical(sb);
    return sb.toString();
  }

  private static String runCanonical(MetricValue m) {
    return new RunResult("m", 1, 0, 10, List.of(new EntityResult("e", 1, 0, List.of(m)))).canonical();
  }

  @Test
  void constructor_copiesTheSeries() {
    double[] values = {1, 2, 3};
    MetricValue m = MetricValue.bins("x", 3, values);
    values[0] = 99;
    assertThat(m.series()).containsExactly(1, 2, 3);
    assertThat(m.seriesAt(0)).isEqualTo(1);
  }

  @Test
  void series_returnsACopy() {
    MetricValue m = MetricValue.daily("x", 1, 2, new double[] {1, 2});
    m.series()[1] = 99;
    assertThat(m.series()).containsExactly(1, 2);
    assertThat(m.series()).isNotSameAs(m.series());
  }

  @Test
  void seriesAt_beyondTheEnd_isZero() {
    MetricValue m = MetricValue.bins("x", 2, new double[] {4, 5});
    assertThat(m.seriesLength()).isEqualTo(2);
    assertThat(m.seriesAt(1)).isEqualTo(5);
    assertThat(m.seriesAt(2)).isZero();
    assertThat(m.seriesAt(1_000)).isZero();
  }

  @Test
  void nullOrEmptySeries_isTheSameAsNone() {
    MetricValue none = new MetricValue("x", Kind.LEVEL, 0, 1, 0, 0, 2);
    MetricValue empty = new MetricValue("x", Kind.LEVEL, 0, 1, 0, 0, 2, new double[0]);
    MetricValue nul = new MetricValue("x", Kind.LEVEL, 0, 1, 0, 0, 2, null);
    assertThat(none.seriesLength()).isZero();
    assertThat(none.series()).isEmpty();
    assertThat(empty).isEqualTo(none).hasSameHashCodeAs(none);
    assertThat(nul).isEqualTo(none).hasSameHashCodeAs(none);
    assertThat(none.toString()).doesNotContain("series");
  }

  @Test
  void equals_bySeriesContentNotIdentity() {
    MetricValue a = MetricValue.bins("x", 3, new double[] {1, 0, 2});
    MetricValue b = MetricValue.bins("x", 3, new double[] {1, 0, 2});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(MetricValue.bins("x", 3, new double[] {1, 0, 3}));
    assertThat(a).isNotEqualTo(MetricValue.bins("x", 3, new double[] {1, 0, 2, 0}));
    assertThat(a).isNotEqualTo(MetricValue.bins("x", 3, new double[] {1, 0}));
    assertThat(a).isNotEqualTo(new MetricValue("x", Kind.BINS, 3, 0, 0, 0, 0));
  }

  @Test
  void equals_seriesComparedByBitsLikeTheCanonicalForm() {
    MetricValue plus = MetricValue.bins("x", 1, new double[] {0.0, 1});
    MetricValue minus = MetricValue.bins("x", 1, new double[] {-0.0, 1});
    assertThat(plus).isNotEqualTo(minus);
    assertThat(canonical(plus)).isNotEqualTo(canonical(minus));
    MetricValue nan = MetricValue.bins("x", 1, new double[] {Double.NaN});
    assertThat(nan).isEqualTo(MetricValue.bins("x", 1, new double[] {Double.NaN}));
  }

  @Test
  void canonical_withoutSeries_isUnchangedFromTheSevenFieldForm() {
    MetricValue seven = new MetricValue("lead-time-ms", Kind.TALLY, 2, 1.5, 0.5, 1, 2);
    MetricValue eight = new MetricValue("lead-time-ms", Kind.TALLY, 2, 1.5, 0.5, 1, 2, new double[0]);
    assertThat(canonical(eight)).isEqualTo(canonical(seven))
        .isEqualTo("lead-time-ms|TALLY|2|3ff8000000000000|3fe0000000000000|3ff0000000000000|4000000000000000");
    assertThat(runCanonical(eight)).isEqualTo(runCanonical(seven));
  }

  @Test
  void canonical_withSeries_appendsEveryValueByItsBits() {
    MetricValue m = MetricValue.bins("units-by-day", 2, new double[] {1, 0});
    assertThat(canonical(m)).isEqualTo("units-by-day|BINS|2|0|0|0|0|series,3ff0000000000000,0");
  }

  @Test
  void canonical_seriesValueChanged_changesTheCanonicalFormAndDigest() {
    MetricValue a = MetricValue.daily("stock-units", 1, 2, new double[] {1, 2, 3});
    MetricValue b = MetricValue.daily("stock-units", 1, 2, new double[] {1, 2, 3.0000000000000004});
    assertThat(canonical(a)).isNotEqualTo(canonical(b));
    RunResult runA = new RunResult("m", 1, 0, 10, List.of(new EntityResult("e", 1, 0, List.of(a))));
    RunResult runB = new RunResult("m", 1, 0, 10, List.of(new EntityResult("e", 1, 0, List.of(b))));
    assertThat(runA.digest()).isNotEqualTo(runB.digest());
  }

  @Test
  void canonical_trailingZeroAdded_changesTheCanonicalForm() {
    MetricValue shorter = MetricValue.bins("x", 1, new double[] {1});
    MetricValue longer = MetricValue.bins("x", 1, new double[] {1, 0});
    assertThat(canonical(shorter)).isNotEqualTo(canonical(longer));
  }

  @Test
  void toString_reportsTheSeriesLength() {
    assertThat(MetricValue.bins("x", 3, new double[] {1, 2, 3}).toString()).contains("series=3 values");
  }
}
