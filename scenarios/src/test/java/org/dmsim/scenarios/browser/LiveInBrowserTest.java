package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.scenarios.live.LiveSession;
import org.dmsim.scenarios.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * {@code dmsim live}'s page in headless chromium, served by {@link WebServer} on 127.0.0.1: it loads
 * without console errors and asks nothing of any other host; a click on the central plant knocks it out
 * (its colour turns to the down colour, and back after the days chosen; the centralized variant's
 * fill-rate curve drops while the distributed one's does not); the surge button applies a surge. Saves
 * the screenshot of the teacher's page ({@link Screenshots}).
 */
@Tag("browser")
@ExtendWith(RequiresChromium.class)
class LiveInBrowserTest {
  private static final Path DEMO = Path.of("library/eu-demo.yaml");
  private static final Duration WAIT = Duration.ofSeconds(60);
  /** The colour of a down site (live.css). */
  private static final String DOWN_FILL = "rgb(208, 49, 45)";
  /** The colour of a working site (live.css). */
  private static final String WORKING_FILL = "rgb(46, 158, 79)";

  @TempDir
  static Path dir;

  private static WebServer server;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void serveTheDemoAndOpenThePage() throws Exception {
    server = WebServer.live(LiveSession.open(DEMO), () -> {
      throw new IllegalStateException("not restarted in this test");
    }, "127.0.0.1", 0, 1000, dir.resolve("recording.yaml"));
    chromium = HeadlessChromium.start(BrowserRequirement.ofThisMachine());
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void thePage_loadsCleanly_andAClickOnTheCentralPlantKnocksItOut() throws Exception {
    chromium.open(server.url());
    chromium.waitUntil("the maps are drawn", WAIT, d -> d.findElements(By.cssSelector("circle.site")).size() > 10);

    // Twenty days, stepped by the page's own button and by the API.
    chromium.driver().findElement(By.id("step")).click();
    chromium.waitUntil("the page shows day 1", WAIT, d -> d.findElement(By.id("clock")).getText().startsWith("day 1 "));
    post("/api/step", "{\"days\": 19}");
    chromium.waitUntil("the page shows day 20", WAIT, d -> d.findElement(By.id("clock")).getText().startsWith("day 20 "));
    List<Double> before = fills(0);
    assertThat(before).hasSizeGreaterThan(3).allSatisfy(f -> assertThat(f).isGreaterThan(0.95));

    WebElement plant = site("centralized", "plant-kassel");
    assertThat(plant.getCssValue("fill")).isEqualTo(WORKING_FILL);
    WebElement days = chromium.driver().findElement(By.id("days"));
    days.clear();
    days.sendKeys("21");
    plant.click();
    chromium.waitUntil("the plant is down", WAIT, d -> "DOWN".equals(site("centralized", "plant-kassel").getAttribute("data-state")));
    assertThat(site("centralized", "plant-kassel").getCssValue("fill")).isEqualTo(DOWN_FILL);
    assertThat(chromium.driver().findElement(By.id("message")).getText()).contains("plant-kassel", "every variant");

    post("/api/step", "{\"days\": 15}");
    chromium.waitUntil("the page shows day 35", WAIT, d -> d.findElement(By.id("clock")).getText().startsWith("day 35 "));
    Screenshots.save("live.png", chromium.driver().getScreenshotAs(OutputType.BYTES));
    post("/api/step", "{\"days\": 10}");
    chromium.waitUntil("the page shows day 45", WAIT, d -> d.findElement(By.id("clock")).getText().startsWith("day 45 "));
    List<Double> centralized = fills(0);
    List<Double> distributed = fills(1);
    assertThat(centralized.size()).isGreaterThan(before.size() + 20);
    assertThat(centralized.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .as("the central plant's outage shows on its curve").isLessThan(0.8);
    assertThat(distributed.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .as("the microfactories keep delivering").isGreaterThan(0.9);
    assertThat(site("centralized", "plant-kassel").getCssValue("fill")).as("back at work after its 21 days")
        .isEqualTo(WORKING_FILL);

    chromium.driver().findElement(By.id("surge")).click();
    chromium.waitUntil("the surge is applied", WAIT, d -> d.findElement(By.id("message")).getText()
        .startsWith("Demand ×2 from day 45 for 21 days, in every variant."));
    assertThat(chromium.driver().findElements(By.cssSelector("section[data-variant='distributed'] line.marker")))
        .as("the curve marks both interventions").hasSize(2);

    assertThat(chromium.severeConsoleEntries()).isEmpty();
    assertThat(chromium.requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(server.url()));
  }

  private static WebElement site(String variant, String id) {
    return chromium.driver().findElement(By.cssSelector("section[data-variant='" + variant + "'] circle[data-site='" + id
        + "']"));
  }

  /** The fill rates the curve of variant {@code k} draws, read back from its points (y of 1.0 and 0.0 known). */
  private static List<Double> fills(int k) {
    WebElement line = chromium.driver().findElements(By.cssSelector("polyline.curve")).get(k);
    List<Double> out = new ArrayList<>();
    String points = line.getAttribute("points").strip();
    if (points.isEmpty()) {
      return out;
    }
    // live.js: y = top + (1 - fill) × plot height, top 18, height 170 - 18 - 24.
    for (String p : points.split(" ")) {
      double y = Double.parseDouble(p.substring(p.indexOf(',') + 1));
      out.add(1 - (y - 18) / 128.0);
    }
    return out;
  }

  private static void post(String path, String body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
