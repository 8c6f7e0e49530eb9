package org.dmsim.reports.html;

import org.dmsim.reports.chart.ChartFiles;
import org.dmsim.reports.chart.ChartSize;
import org.jfree.chart.JFreeChart;

/**
 * A self-contained report page as it is written, line by line: the head with its inline style sheet
 * ({@link ReportStyle}), the body's lines, and charts as inline SVG figures. Text given to
 * {@link #start} and {@link #figure} is escaped here; text given to {@link #line} is markup, escaped by
 * the caller.
 */
final class Page {
  private final StringBuilder text = new StringBuilder(1 << 16);

  private Page() {}

  /** A page titled {@code title} (plain text), its body opened. */
  static Page start(String title) {
    Page p = new Page();
    p.line("<!DOCTYPE html>");
    p.line("<html lang=\"en\">");
    p.line("<head>");
    p.line("<meta charset=\"utf-8\"/>");
    p.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    p.line("<title>" + HtmlText.escape(title) + "</title>");
    p.line("<style>" + ReportStyle.CSS + "</style>");
    p.line("</head>");
    p.line("<body>");
    return p;
  }

  void line(String s) {
    text.append(s).append('\n');
  }

  /** {@code chart} as an inline SVG figure of {@code size}, its ids prefixed with {@code id}, and its caption. */
  void figure(JFreeChart chart, ChartSize size, String id, String caption) {
    line("<figure class=\"chart\">");
    line(InlineSvg.of(ChartFiles.svg(chart, size), id).strip());
    line("<figcaption>" + HtmlText.escape(caption) + "</figcaption>");
    line("</figure>");
  }

  /** Closes the body and returns the page's text. */
  String end() {
    line("</body>");
    line("</html>");
    return text.toString();
  }
}
