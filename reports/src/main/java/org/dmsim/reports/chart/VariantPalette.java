package org.dmsim.reports.chart;

import java.awt.Color;
import java.util.List;

/**
 * One fixed colour per variant, shared by every chart of a report: the i-th variant of the experiment
 * (in the order of {@code summary.json}) gets the i-th colour of the Okabe–Ito palette (Okabe and Ito,
 * "Color Universal Design", 2008), which stays distinguishable under the common colour-vision
 * deficiencies. Yellow, too light on white, comes last; past eight variants the colours repeat.
 *
 * @param variants the experiment's variants in their fixed order, distinct
 */
public record VariantPalette(List<String> variants) {
  /** The palette, most legible on white first: blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow. */
  public static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));

  /** The colour of a shaded disruption window: a light grey that none of the variants uses. */
  public static final Color DISRUPTION = new Color(0xDDDDDD);

  public VariantPalette {
    variants = List.copyOf(variants);
    if (variants.stream().distinct().count() != variants.size()) {
      throw new IllegalArgumentException("variants must be distinct, got " + variants);
    }
  }

  /**
   * The colour of {@code variant}.
   *
   * @throws IllegalArgumentException when the palette does not know it
   */
  public Color colour(String variant) {
    int i = variants.indexOf(variant);
    if (i < 0) {
      throw new IllegalArgumentException("no colour for variant '" + variant + "'; the palette knows " + variants);
    }
    return OKABE_ITO.get(i % OKABE_ITO.size());
  }
}
