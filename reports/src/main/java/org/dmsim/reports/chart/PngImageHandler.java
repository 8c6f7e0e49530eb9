package org.dmsim.reports.chart;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds an image drawn into an SVG chart as a base64 PNG {@code data:} URI, encoded by the JDK's own
 * PNG writer: Batik's encoder looks its PNG writer up in {@code batik-codec}, a further dependency (with
 * its own transitive ones) that this project does not need for anything else. The page stays
 * self-contained: nothing is fetched.
 *
 * <p>The writer gets an in-memory stream: {@code ImageIO.write} to a plain stream would use a file cache
 * whose clean-up registers a shutdown hook, which fails while the JVM is shutting down — exactly when an
 * interrupted experiment writes its report.
 */
final class PngImageHandler extends ImageHandlerBase64Encoder {
  @Override
  public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new SVGGraphics2DIOException("the JDK has no PNG writer");
    }
    ImageWriter writer = writers.next();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } catch (IOException e) {
      throw new SVGGraphics2DIOException(e);
    } finally {
      writer.dispose();
    }
  }
}
