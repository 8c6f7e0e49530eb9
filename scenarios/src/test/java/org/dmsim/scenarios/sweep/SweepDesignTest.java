package org.dmsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepDesignTest {
  private static final SweepParameter A = SweepParameter.commandLine(1, "a=1..3");
  private static final SweepParameter B = SweepParameter.commandLine(2, "b=x,y");

  @Test
  void factorial_runsEveryCombination_lastParameterFastest() {
    List<SweepPoint> points = new SweepDesign.Factorial().points(List.of(A, B));

    assertThat(points).extracting(SweepPoint::values).containsExactly(List.of("1", "x"), List.of("1", "y"),
        List.of("2", "x"), List.of("2", "y"), List.of("3", "x"), List.of("3", "y"));
    assertThat(points).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(new SweepDesign.Factorial().size(List.of(A, B))).isEqualTo(6);
  }

  @Test
  void factorial_tooManyPoints_isRefusedWithTheCount() {
    SweepParameter big = SweepParameter.commandLine(1, "a=1..1000");
    SweepParameter big2 = SweepParameter.commandLine(2, "b=1..1000");

    assertThat(new SweepDesign.Factorial().size(List.of(big, big2))).isEqualTo(1_000_000);
    assertThatThrownBy(() -> new SweepDesign.Factorial().points(List.of(big, big2)))
        .hasMessage("a factorial design of 1000000 points; at most 10000");
  }

  @Test
  void latinHypercube_sameSeed_samePoints_otherSeed_otherOrder() {
    SweepParameter c = SweepParameter.commandLine(1, "c=1..8");
    SweepParameter d = SweepParameter.commandLine(2, "d=0..0.7/8");

    List<SweepPoint> first = new SweepDesign.LatinHypercube(8, 42).points(List.of(c, d));
    List<SweepPoint> again = new SweepDesign.LatinHypercube(8, 42).points(List.of(c, d));
    List<SweepPoint> other = new SweepDesign.LatinHypercube(8, 43).points(List.of(c, d));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    // As many levels as points: every level of every parameter is used exactly once.
    assertThat(first).extracting(p -> p.values().get(0)).containsExactlyInAnyOrderElementsOf(c.values());
    assertThat(first).extracting(p -> p.values().get(1)).containsExactlyInAnyOrderElementsOf(d.values());
  }

  @Test
  void latinHypercube_fewerLevelsThanPoints_usesEachLevelEvenly() {
    List<SweepPoint> points = new SweepDesign.LatinHypercube(6, 1).points(List.of(B));

    assertThat(points).filteredOn(p -> p.values().get(0).equals("x")).hasSize(3);
    assertThat(points).filteredOn(p -> p.values().get(0).equals("y")).hasSize(3);
  }
}
