package org.dmsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SweepParameterTest {
  @Test
  void commandLine_everyVariant_hasPathValuesAndAnOverridePositionedAtThePath() {
    SweepParameter p = SweepParameter.commandLine(2, "nodes[plant].machines[server].count=1..3");

    assertThat(p.onlyVariant()).isEmpty();
    assertThat(p.label()).isEqualTo("nodes[plant].machines[server].count");
    assertThat(p.values()).containsExactly("1", "2", "3");
    assertThat(p.override("2").text()).isEqualTo("nodes[plant].machines[server].count=2");
    assertThat(p.override("2").source()).isEqualTo("--param[2]");
    assertThat(p.override("2").column()).isEqualTo(1);
  }

  @Test
  void commandLine_oneVariant_labelsItAndShiftsTheColumn() {
    SweepParameter p = SweepParameter.commandLine(1, "distributed:platform.infoDelay=1h,4h");

    assertThat(p.onlyVariant()).contains("distributed");
    assertThat(p.path()).isEqualTo("platform.infoDelay");
    assertThat(p.label()).isEqualTo("distributed:platform.infoDelay");
    assertThat(p.override("4h").column()).isEqualTo("distributed:".length() + 1);
  }

  @Test
  void commandLine_mistakes_arePositioned() {
    assertThatThrownBy(() -> SweepParameter.commandLine(1, "horizon"))
        .hasMessageStartingWith("--param[1]:1:1: expected [VARIANT:]PATH=VALUES");
    assertThatThrownBy(() -> SweepParameter.commandLine(3, "horizon=4..1"))
        .hasMessage("--param[3]:1:9: horizon: expected a range A..B with A <= B, found '4..1'");
    assertThatThrownBy(() -> SweepParameter.commandLine(1, "=1,2"))
        .hasMessageStartingWith("--param[1]:1:1: expected a field path before '='");
    assertThatThrownBy(() -> SweepParameter.commandLine(1, "Big Variant:horizon=1d"))
        .hasMessageStartingWith("--param[1]:1:1: variant: expected a variant name");
  }
}
