package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.mfg.entity.SourceChoice.Mode;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.dmsim.model.mfg.spec.Windows;
import org.junit.jupiter.api.Test;

class SourceChoiceTest {
  private static final long H = 3_600_000L;

  private static Windows out(long... fromTo) {
    List<long[]> w = new ArrayList<>();
    for (int i = 0; i < fromTo.length; i += 2) {
      w.add(new long[] {fromTo[i] * H, fromTo[i + 1] * H});
    }
    return Windows.of(w);
  }

  @Test
  void of_noOutages_staysWithThePrimary() {
    SourceChoice c = SourceChoice.of(Windows.NONE, Windows.NONE, 2 * H, SwitchBack.ON_RECOVERY, 0, false);
    assertThat(c.initial()).isEqualTo(Mode.PRIMARY);
    assertThat(c.switches()).isZero();
    assertThat(c.at(1_000 * H)).isEqualTo(Mode.PRIMARY);
  }

  @Test
  void of_primaryFailsOnRecovery_backupFromSwitchOverUntilRecoveryPlusDelay() {
    SourceChoice c = SourceChoice.of(out(10, 30), Windows.NONE, 4 * H, SwitchBack.ON_RECOVERY, 1 * H, false);
    assertThat(c.switches()).isEqualTo(2);
    assertThat(c.switchAtMs(0)).isEqualTo(14 * H);
    assertThat(c.switchTo(0)).isEqualTo(Mode.BACKUP);
    assertThat(c.switchAtMs(1)).isEqualTo(31 * H);
    assertThat(c.switchTo(1)).isEqualTo(Mode.PRIMARY);
    assertThat(c.at(14 * H - 1)).isEqualTo(Mode.PRIMARY);
    assertThat(c.at(14 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(31 * H - 1)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(31 * H)).isEqualTo(Mode.PRIMARY);
  }

  @Test
  void of_outageNoLongerThanSwitchOver_isNeverNoticed() {
    SourceChoice c = SourceChoice.of(out(10, 14), Windows.NONE, 4 * H, SwitchBack.ON_RECOVERY, 0, false);
    assertThat(c.switches()).isZero();
  }

  @Test
  void of_switchBackNever_staysWithTheBackupUntilItFailsInTurn() {
    SourceChoice c = SourceChoice.of(out(10, 30), out(100, 150), 4 * H, SwitchBack.NEVER, 0, false);
    assertThat(c.at(20 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(50 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(104 * H)).isEqualTo(Mode.PRIMARY);
    assertThat(c.at(500 * H)).isEqualTo(Mode.PRIMARY);
    assertThat(c.switches()).isEqualTo(2);
  }

  @Test
  void of_bothKnownOut_ordersStayWhereTheyWent() {
    // primary known out 14-30, backup known out 20-40: backup from 14, still backup at 25, primary at 30.
    SourceChoice c = SourceChoice.of(out(10, 30), out(16, 40), 4 * H, SwitchBack.ON_RECOVERY, 0, false);
    assertThat(c.at(14 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(25 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(30 * H)).isEqualTo(Mode.PRIMARY);
  }

  @Test
  void of_dual_failsOverToTheOtherAndSplitsAgainOnRecovery() {
    SourceChoice c = SourceChoice.of(out(10, 30), out(50, 60), 0, SwitchBack.ON_RECOVERY, 0, true);
    assertThat(c.initial()).isEqualTo(Mode.SPLIT);
    assertThat(c.at(10 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(30 * H)).isEqualTo(Mode.SPLIT);
    assertThat(c.at(55 * H)).isEqualTo(Mode.PRIMARY);
    assertThat(c.at(60 * H)).isEqualTo(Mode.SPLIT);
  }

  @Test
  void of_dualNever_dropsTheFailedSourceForGood() {
    SourceChoice c = SourceChoice.of(out(10, 30), Windows.NONE, 0, SwitchBack.NEVER, 0, true);
    assertThat(c.at(10 * H)).isEqualTo(Mode.BACKUP);
    assertThat(c.at(1_000 * H)).isEqualTo(Mode.BACKUP);
  }

  @Test
  void of_negativeSwitchOver_isAnError() {
    assertThatThrownBy(() -> SourceChoice.of(Windows.NONE, Windows.NONE, -1, SwitchBack.NEVER, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
