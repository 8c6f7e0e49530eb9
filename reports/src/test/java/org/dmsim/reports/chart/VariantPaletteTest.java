package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantPaletteTest {
  @Test
  void colour_followsVariantOrder_andIsOkabeIto() {
    VariantPalette p = new VariantPalette(List.of("centralized", "distributed", "hybrid"));
    assertThat(p.colour("centralized")).isEqualTo(new Color(0x0072B2));
    assertThat(p.colour("distributed")).isEqualTo(new Color(0xD55E00));
    assertThat(p.colour("hybrid")).isEqualTo(new Color(0x009E73));
  }

  @Test
  void colour_pastEightVariants_repeats() {
    List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    assertThat(new VariantPalette(names).colour("i")).isEqualTo(VariantPalette.OKABE_ITO.get(0));
  }

  @Test
  void colour_unknownVariant_namesTheKnownOnes() {
    assertThatThrownBy(() -> ChartFixtures.PALETTE.colour("hybrid")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'hybrid'").hasMessageContaining("[centralized, distributed]");
  }

  @Test
  void new_duplicateVariants_rejected() {
    assertThatThrownBy(() -> new VariantPalette(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void disruptionGrey_isNoVariantColour() {
    assertThat(VariantPalette.OKABE_ITO).doesNotContain(VariantPalette.DISRUPTION);
  }
}
