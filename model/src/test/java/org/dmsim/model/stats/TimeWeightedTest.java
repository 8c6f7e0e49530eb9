package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

  @Test
  void neverSet_isZeroAtEveryEnd() {
    TimeWeighted w = new TimeWeighted();
    assertThat(w.level()).isZero();
    assertThat(w.average(0)).isZero();
    assertThat(w.average(1_000)).isZero();
  }

  @Test
  void twoLevels_averageIsTheAreaOverTheElapsedTime() {
    TimeWeighted w = new TimeWeighted();
    w.set(0, 2);
    w.set(10, 4);
    // 2 for 10 ms, then 4 for 10 ms: area 60 over 20 ms.
    assertThat(w.average(20)).isEqualTo(3.0);
    assertThat(w.level()).isEqualTo(4);
  }

  @Test
  void levelBeforeTheFirstChange_isZero() {
    TimeWeighted w = new TimeWeighted();
    w.set(5, 10);
    // 0 for 5 ms, then 10 for 5 ms.
    assertThat(w.average(10)).isEqualTo(5.0);
  }

  @Test
  void busyMachine_averageIsItsUtilization() {
    TimeWeighted busy = new TimeWeighted();
    busy.set(0, 0);
    busy.set(100, 1);
    busy.set(400, 0);
    busy.set(600, 1);
    // Busy 300 + 400 of 1,000 ms.
    assertThat(busy.average(1_000)).isEqualTo(0.7);
  }

  @Test
  void severalChangesAtOneInstant_onlyTheLastCounts() {
    TimeWeighted w = new TimeWeighted();
    w.set(10, 100);
    w.set(10, -50);
    w.set(10, 3);
    assertThat(w.average(20)).isEqualTo(1.5);
    assertThat(w.level()).isEqualTo(3);
  }

  @Test
  void average_endAtTheLastChange_excludesTheCurrentLevel() {
    TimeWeighted w = new TimeWeighted();
    w.set(0, 1);
    w.set(50, 9);
    assertThat(w.average(50)).isEqualTo(1.0);
  }

  @Test
  void average_zeroEnd_isTheCurrentLevel() {
    TimeWeighted w = new TimeWeighted();
    w.set(0, 7);
    assertThat(w.average(0)).isEqualTo(7);
  }

  @Test
  void average_canBeAskedRepeatedlyWithoutChangingTheState() {
    TimeWeighted w = new TimeWeighted();
    w.set(0, 2);
    assertThat(w.average(10)).isEqualTo(2);
    assertThat(w.average(10)).isEqualTo(2);
    w.set(10, 4);
    assertThat(w.average(20)).isEqualTo(3);
  }

  @Test
  void set_timeGoingBackwards_throws() {
    TimeWeighted w = new TimeWeighted();
    w.set(100, 1);
    assertThatThrownBy(() -> w.set(99, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99").hasMessageContaining("100");
    assertThat(w.level()).isEqualTo(1);
    assertThat(w.average(200)).isEqualTo(0.5);
  }
}
