package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dmsim.scenarios.cli.DemoOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * The demo's report ({@link DemoOutput}: {@code dmsim demo} with two replications), opened in headless chromium: it
 * loads without a console error, fetches nothing but itself, and every chart is drawn. Skipped without
 * chromium and chromedriver, failed without them under CI ({@link RequiresChromium}).
 */
@Tag("browser")
@ExtendWith(RequiresChromium.class)
class ReportInBrowserTest {
  /** A drawn chart has text, axes and antialiasing: far more colours than a blank or flat region. */
  private static final int MIN_COLOURS = 32;
  /** Share of a chart's pixels that are not background: text, axes, gridlines, lines, bands. */
  private static final double MIN_INK_SHARE = 0.02;
  /**
   * Share of a chart's pixels in a saturated colour: the variants' lines or dots (0.11 % for the
   * sparsest chart of this experiment, a paired-difference chart; 0 for axes and text alone).
   */
  private static final double MIN_CHROMATIC_SHARE = 0.0002;

  private static HeadlessChromium chromium;
  private static Path report;
  private static List<LogEntry> severeConsoleEntries;
  private static List<String> requestedUrls;

  @BeforeAll
  static void runTheExperimentAndOpenItsReport() throws IOException {
    BrowserRequirement browser = BrowserRequirement.ofThisMachine();
    report = DemoOutput.folder().resolve("report.html");
    assertThat(report).isRegularFile();

    chromium = HeadlessChromium.start(browser);
    chromium.open(report);
    severeConsoleEntries = chromium.severeConsoleEntries();
    requestedUrls = chromium.requestedUrls();
  }

  @AfterAll
  static void quitTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void report_opened_showsTheExperimentAndEveryChartOfTheFile() throws IOException {
    String html = Files.readString(report);
    Matcher figures = Pattern.compile("<figure class=\"chart[\" ]").matcher(html);
    long inFile = figures.results().count();

    assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("eu-demo");
    assertThat(inFile).isPositive();
    assertThat(chromium.driver().findElements(By.cssSelector("figure.chart svg"))).hasSize((int) inFile)
        .allSatisfy(svg -> assertThat(svg.isDisplayed()).isTrue());
  }

  @Test
  void report_opened_logsNoConsoleError() {
    assertThat(severeConsoleEntries).as("SEVERE console entries").isEmpty();
  }

  /**
   * The report must open offline and travel as one file: the only request is the page itself. A
   * {@code data:} URI would be allowed — its bytes are inside the file, so nothing is fetched — but the
   * report has none today.
   */
  @Test
  void report_opened_requestsNothingButItself() {
    String self = report.toUri().toString();

    assertThat(requestedUrls).as("the performance log records the page's own request").contains(self);
    assertThat(requestedUrls).as("requests other than the report itself")
        .allMatch(url -> url.equals(self) || url.startsWith("data:"));
  }

  @Test
  void report_everyChart_isDrawnNotBlank() throws IOException {
    List<WebElement> charts = chromium.driver().findElements(By.cssSelector("figure.chart svg"));
    assertThat(charts).isNotEmpty();

    for (int i = 0; i < charts.size(); i++) {
      WebElement chart = charts.get(i);
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(chromium.screenshotOf(chart)));
      PixelCensus census = PixelCensus.of(shot);
      String which = "chart " + (i + 1) + " of " + charts.size() + ": " + census.describe();

      assertThat(shot.getHeight()).as(which + ": the whole chart, not a slice")
          .isCloseTo(chart.getRect().getHeight(), within(2));
      assertThat(shot.getWidth()).as(which).isCloseTo(chart.getRect().getWidth(), within(2));

      // white, or the network map's pale sea
      assertThat(luminance(census.background())).as(which + ": a light background").isGreaterThan(0.9);
      assertThat(census.distinctColours()).as(which).isGreaterThanOrEqualTo(MIN_COLOURS);
      assertThat(census.inkShare()).as(which).isGreaterThanOrEqualTo(MIN_INK_SHARE);
      assertThat(census.chromaticShare()).as(which).isGreaterThanOrEqualTo(MIN_CHROMATIC_SHARE);
    }
  }

  /** Relative luminance, 0 (black) to 1 (white), of an RGB colour (Rec. 709 weights, no gamma). */
  private static double luminance(int rgb) {
    return (0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
  }
}
