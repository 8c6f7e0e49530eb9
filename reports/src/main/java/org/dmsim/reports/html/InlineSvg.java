package org.dmsim.reports.html;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG document ({@code ChartFiles.svg}) made fit to sit beside others in one HTML page. Batik
 * numbers its clip paths {@code clipPath1, clipPath2, …} in every chart, and in HTML all inline SVGs share
 * one id space, so a second chart would clip itself with the first one's paths: every {@code id} and every
 * reference to one ({@code url(#…)}, {@code href="#…"}) gets a per-chart prefix. The namespace
 * declarations are dropped (HTML knows inline SVG without them, and the page then names no URL at all),
 * and Java's logical font {@code Dialog} becomes {@code sans-serif}.
 */
final class InlineSvg {
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]+)\\)");
  private static final Pattern HREF_REF = Pattern.compile("href=\"#([^\"]+)\"");
  private static final Pattern XMLNS = Pattern.compile("\\s+xmlns(:\\w+)?=\"[^\"]*\"");

  private InlineSvg() {}

  /** {@code svg} with its ids prefixed by {@code prefix-}, without namespace declarations. */
  static String of(String svg, String prefix) {
    String s = XMLNS.matcher(svg).replaceAll("");
    s = replace(ID, s, m -> "id=\"" + prefix + "-" + m.group(1) + "\"");
    s = replace(URL_REF, s, m -> "url(#" + prefix + "-" + m.group(1) + ")");
    s = replace(HREF_REF, s, m -> "href=\"#" + prefix + "-" + m.group(1) + "\"");
    return s.replace("font-family:'Dialog'", "font-family:sans-serif");
  }

  private static String replace(Pattern p, String s, Function<MatchResult, String> with) {
    return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
  }
}
