package org.dmsim.scenarios.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link GameLoad} plays a whole small game through the server: every simulated player orders every turn,
 * and every turn closes with one order. Its times are measured by {@code dmsim bench game}, not asserted here.
 */
class GameLoadTest {
  @Test
  void run_everyPlayerOrdersEveryTurn_andEveryTurnClosesOnce() throws Exception {
    GameLoad.Result r = GameLoad.run(Path.of("library/beer-game.yaml"), 2, 3, 0, 1);
    assertThat(r.players()).isEqualTo(8);
    assertThat(r.orders()).isEqualTo(8 * 3);
    assertThat(r.orderMs()).hasSize(24).isSorted();
    assertThat(r.closingMs()).as("one order closes each turn").hasSize(3);
    assertThat(r.pollMs()).hasSizeGreaterThanOrEqualTo(8 * 3);
  }

  @Test
  void quantile_isTheNearestRank() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(GameLoad.Result.quantile(v, 0.5)).isEqualTo(5);
    assertThat(GameLoad.Result.quantile(v, 0.95)).isEqualTo(10);
    assertThat(GameLoad.Result.quantile(v, 0.1)).isEqualTo(1);
    assertThat(GameLoad.Result.quantile(new double[0], 0.5)).isNaN();
  }
}
