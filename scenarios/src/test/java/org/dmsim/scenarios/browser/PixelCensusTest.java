package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelCensusTest {
  private static BufferedImage filled(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  @Test
  void of_blankWhite_isOneColourWithoutInk() {
    PixelCensus census = PixelCensus.of(filled(40, 30, Color.WHITE));

    assertThat(census).isEqualTo(new PixelCensus(1200, 0xFFFFFF, 1, 0, 0));
  }

  @Test
  void of_greyAxesOnWhite_hasInkButNothingChromatic() {
    BufferedImage image = filled(100, 100, Color.WHITE);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(10, 0, 1, 100);
    g.setColor(Color.GRAY);
    g.fillRect(0, 90, 100, 1);
    g.dispose();

    PixelCensus census = PixelCensus.of(image);

    assertThat(census.background()).isEqualTo(0xFFFFFF);
    assertThat(census.distinctColours()).isEqualTo(3);
    assertThat(census.inkShare()).isCloseTo(199 / 10_000.0, within(1e-12));
    assertThat(census.chromaticShare()).isZero();
  }

  @Test
  void of_variantColourLine_countsItsPixelsAsChromatic() {
    BufferedImage image = filled(100, 50, Color.WHITE);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x0072B2)); // Okabe–Ito blue, the first variant's colour
    g.fillRect(0, 20, 100, 2);
    g.setColor(new Color(0xD55E00)); // Okabe–Ito vermillion, the second's
    g.fillRect(0, 30, 50, 2);
    g.dispose();

    PixelCensus census = PixelCensus.of(image);

    assertThat(census.distinctColours()).isEqualTo(3);
    assertThat(census.inkShare()).isCloseTo(300 / 5000.0, within(1e-12));
    assertThat(census.chromaticShare()).isCloseTo(300 / 5000.0, within(1e-12));
  }

  @Test
  void of_antialiasedDiagonal_hasManyColours() {
    BufferedImage image = filled(200, 200, Color.WHITE);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x0072B2));
    g.setStroke(new BasicStroke(2f));
    g.drawLine(0, 0, 199, 73);
    g.dispose();

    assertThat(PixelCensus.of(image).distinctColours()).isGreaterThan(10);
  }

  @Test
  void of_mostlyDarkImage_takesTheMostFrequentColourAsBackground() {
    BufferedImage image = filled(10, 10, Color.DARK_GRAY);
    image.setRGB(0, 0, 0xFFFFFF);

    PixelCensus census = PixelCensus.of(image);

    assertThat(census.background()).isEqualTo(0x404040);
    assertThat(census.inkShare()).isCloseTo(0.01, within(1e-12));
  }

  @Test
  void new_shareOutsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> new PixelCensus(10, 0, 1, 1.5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ink 1.5");
    assertThatThrownBy(() -> new PixelCensus(10, 0, 11, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describe_saysColoursAndShares() {
    assertThat(new PixelCensus(1000, 0xFFFFFF, 212, 0.071, 0.013).describe())
        .isEqualTo("1000 px: background #ffffff, 212 colours, ink 7.1 %, chromatic 1.30 %");
  }
}
