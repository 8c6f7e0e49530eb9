package org.dmsim.reports.chart;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds an image drawn into an SVG chart as a base64 PNG {@code data:} URI, encoded by the JDK's own
 * PNG writer: Batik's encoder looks its PNG writer up in {@code batik-codec}, a further dependency (with
 * its own transitive ones) that this project does not need for anything else. The page stays
 * self-contained: nothing is fetched.
 */
final class PngImageHandler extends ImageHandlerBase64Encoder {
  @Override
  public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new SVGGraphics2DIOException("the JDK has no PNG writer");
      }
    } catch (IOException e) {
      throw new SVGGraphics2DIOException(e);
    }
  }
}
