package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

class EngineOptionTest {
  @Test
  void convert_cliNames_giveTheirEngines() {
    assertThat(new EngineOption().convert("actors")).isEqualTo(EngineKind.ACTORS);
    assertThat(new EngineOption().convert("sequential")).isEqualTo(EngineKind.SEQUENTIAL);
  }

  @Test
  void convert_unknown_expectsTheTwoNames() {
    assertThatThrownBy(() -> new EngineOption().convert("warp"))
        .isInstanceOf(Expected.class)
        .hasMessage("'actors' or 'sequential'");
  }

  @Test
  void names_areTheCliNamesInOrder() {
    assertThat(new EngineOption.Names()).containsExactly("actors", "sequential");
  }
}
