package org.dmsim.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.chart.ChartFiles;
import org.dmsim.reports.chart.ChartSize;
import org.jfree.chart.JFreeChart;

/**
 * A self-contained report page as it is written, line by line: the head with its inline style sheet
 * ({@link ReportStyle}), the body's lines, and charts as inline SVG figures. Text given to
 * {@link #start} and {@link #figure} is escaped here; text given to {@link #line} is markup, escaped by
 * the caller. The page remembers its charts, so that {@link #writeCharts} can also write each as a file.
 */
final class Page {
  /** The folder, next to the page, that {@link #writeCharts} writes the chart files into. */
  static final String CHARTS = "charts";
  /**
   * Pixels per layout px of a chart's PNG: a slide-size chart is 2000 × 1125 px, over 300 dpi across the
   * 16 cm text width of an A4 page — print resolution at a third of the drawing time of 2×.
   */
  static final double PNG_SCALE = 1.25;

  /** A chart of the page: its id (the files' name), the chart, its size and its SVG text. */
  private record Figure(String id, JFreeChart chart, ChartSize size, String svg) {}

  private final StringBuilder text = new StringBuilder(1 << 16);
  private final List<Figure> figures = new ArrayList<>();

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
    figure(chart, size, id, caption, "chart");
  }

  /** As {@link #figure(JFreeChart, ChartSize, String, String)}, the figure of CSS class {@code cssClass}. */
  void figure(JFreeChart chart, ChartSize size, String id, String caption, String cssClass) {
    String svg = ChartFiles.svg(chart, size);
    figures.add(new Figure(id, chart, size, svg));
    line("<figure class=\"" + cssClass + "\">");
    line(InlineSvg.of(svg, id).strip());
    line("<figcaption>" + HtmlText.escape(caption) + " <span class=\"files\">(<a href=\"" + CHARTS + "/" + id
        + ".svg\">SVG</a>, <a href=\"" + CHARTS + "/" + id + ".png\">PNG</a>)</span></figcaption>");
    line("</figure>");
  }

  /**
   * Writes every chart of the page into {@code dir/}{@value #CHARTS}: {@code <id>.svg} (the same SVG as
   * inline, with its XML namespace so that it opens alone) and {@code <id>.png} at {@value #PNG_SCALE}×;
   * the PNGs are drawn in parallel. Returns the files in page order.
   */
  List<Path> writeCharts(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(CHARTS));
    List<Path> files = new ArrayList<>();
    for (Figure f : figures) {
      files.add(Files.writeString(folder.resolve(f.id() + ".svg"), standalone(f.svg()), StandardCharsets.UTF_8));
      files.add(folder.resolve(f.id() + ".png"));
    }
    try {
      figures.parallelStream().forEach(f -> {
        try {
          ChartFiles.writePng(f.chart(), f.size(), PNG_SCALE, folder.resolve(f.id() + ".png"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  /** Inline SVG text as a file of its own: the SVG namespace declared on the root. */
  private static String standalone(String svg) {
    return svg.contains("xmlns=") ? svg : svg.replaceFirst("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
  }

  /** Closes the body and returns the page's text. */
  String end() {
    line("</body>");
    line("</html>");
    return text.toString();
  }
}
