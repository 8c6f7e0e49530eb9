package org.dmsim.scenarios.browser;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a screenshot is made of, to tell a drawn chart from a blank or grey-only region: the background
 * is the most frequent colour; ink is every other pixel; chromatic pixels are those whose colour is
 * saturated (a variant's line or dot, not the black, grey and white of text, axes and gridlines).
 *
 * @param pixels          width × height, at least 1
 * @param background      the most frequent colour, as 0xRRGGBB (ties: the smaller value)
 * @param distinctColours how many different 0xRRGGBB values occur (alpha ignored)
 * @param inkShare        share of pixels not of the background colour, in [0, 1]
 * @param chromaticShare  share of pixels with HSB saturation ≥ {@value #CHROMATIC_SATURATION} and
 *                        brightness ≥ {@value #CHROMATIC_BRIGHTNESS}, in [0, 1]
 */
public record PixelCensus(long pixels, int background, int distinctColours, double inkShare,
    double chromaticShare) {
  /** Below this HSB saturation a pixel counts as grey (antialiased black text stays below it). */
  public static final float CHROMATIC_SATURATION = 0.35f;
  /** Below this HSB brightness a pixel counts as near-black, whatever its hue. */
  public static final float CHROMATIC_BRIGHTNESS = 0.25f;

  /** Validates the ranges. */
  public PixelCensus {
    if (pixels < 1 || distinctColours < 1 || distinctColours > pixels) {
      throw new IllegalArgumentException("pixels " + pixels + ", distinct colours " + distinctColours);
    }
    if (!(inkShare >= 0 && inkShare <= 1) || !(chromaticShare >= 0 && chromaticShare <= 1)) {
      throw new IllegalArgumentException("shares must be in [0, 1]: ink " + inkShare + ", chromatic " + chromaticShare);
    }
  }

  /** Counts the pixels of {@code image} (any type; alpha is ignored). */
  public static PixelCensus of(BufferedImage image) {
    // A TreeMap keeps the background's tie-break independent of hashing.
    Map<Integer, Long> counts = new TreeMap<>();
    long chromatic = 0;
    float[] hsb = new float[3];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        counts.merge(rgb, 1L, Long::sum);
        java.awt.Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, hsb);
        if (hsb[1] >= CHROMATIC_SATURATION && hsb[2] >= CHROMATIC_BRIGHTNESS) {
          chromatic++;
        }
      }
    }
    long total = (long) image.getWidth() * image.getHeight();
    int background = 0;
    long backgroundCount = -1;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      if (e.getValue() > backgroundCount) {
        background = e.getKey();
        backgroundCount = e.getValue();
      }
    }
    return new PixelCensus(total, background, counts.size(), (double) (total - backgroundCount) / total,
        (double) chromatic / total);
  }

  /** A one-line description for assertion messages, e.g. {@code 1103200 px: background #ffffff, 212 colours, ink 7.1 %, chromatic 1.30 %}. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%d px: background #%06x, %d colours, ink %.1f %%, chromatic %.2f %%",
        pixels, background, distinctColours, 100 * inkShare, 100 * chromaticShare);
  }
}
