package org.dmsim.reports.chart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a chart as SVG text — for a file, or to inline in an HTML page — and as PNG. The SVG comes from
 * Apache Batik's {@link SVGGraphics2D} (JFreeSVG, the usual companion of JFreeChart, is GPL-3.0, which
 * this project does not accept); text stays text ({@code <text>}, family {@code sans-serif}), the root
 * {@code <svg>} has {@code width}, {@code height} and a {@code viewBox} so a page can scale it, and the
 * same chart gives the same bytes. The PNG is the chart laid out at its {@link ChartSize} and drawn
 * {@code scale} times larger (2 for print), on white.
 */
public final class ChartFiles {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern PROLOG = Pattern.compile("\\A(\\s*<\\?xml[^>]*\\?>)?(\\s*<!DOCTYPE[^>]*>)?\\s*");

  private ChartFiles() {}

  /** The chart as a standalone SVG document without XML prolog or DOCTYPE, ready to inline in HTML. */
  public static String svg(JFreeChart chart, ChartSize size) {
    Document document = newDocument();
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setImageHandler(new PngImageHandler());
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(size.widthPx(), size.heightPx()));
    chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPx(), size.heightPx()));
    Element root = g.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + size.widthPx() + " " + size.heightPx());
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.dispose();
    }
    // Batik writes the nearest-neighbour hint as SVG 1.1's optimizeSpeed, which Chromium still smooths;
    // CSS's pixelated, after it, wins where it is known (an unknown value is ignored).
    return PROLOG.matcher(out.toString()).replaceFirst("").replace("image-rendering:optimizeSpeed;",
        "image-rendering:optimizeSpeed; image-rendering:pixelated;");
  }

  /** Writes {@link #svg} to {@code file} in UTF-8; returns the file. */
  public static Path writeSvg(JFreeChart chart, ChartSize size, Path file) throws IOException {
    Files.writeString(file, svg(chart, size), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Writes the chart as a PNG of {@code round(width·scale) × round(height·scale)} pixels to {@code file};
   * returns the file.
   *
   * @param scale how many pixels per layout px, from 0.25 to 8 (2 for print)
   */
  public static Path writePng(JFreeChart chart, ChartSize size, double scale, Path file) throws IOException {
    if (!(scale >= 0.25 && scale <= 8)) {
      throw new IllegalArgumentException("PNG scale must be from 0.25 to 8, got " + scale);
    }
    int width = (int) Math.round(size.widthPx() * scale);
    int height = (int) Math.round(size.heightPx() * scale);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPx(), size.heightPx()));
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer in this JVM for " + file);
    }
    return file;
  }

  /**
   * Writes {@code name.svg} and {@code name.png} into {@code dir} (created if missing); returns both, SVG
   * first.
   *
   * @param name a plain file name without extension: letters, digits, {@code .}, {@code _}, {@code -}
   */
  public static List<Path> write(JFreeChart chart, Path dir, String name, ChartSize size, double scale)
      throws IOException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("chart file name '" + name
          + "': expected letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    Files.createDirectories(dir);
    return List.of(writeSvg(chart, size, dir.resolve(name + ".svg")), writePng(chart, size, scale,
        dir.resolve(name + ".png")));
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML document builder is not available", e);
    }
  }
}
