package org.dmsim.scenarios.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless chromium, driven by chromedriver through Selenium, with a fresh profile in a temporary
 * folder and the console and performance (DevTools network) logs recorded. {@link #close()} quits the
 * browser and deletes the profile; use it in try-with-resources or an {@code @AfterAll}.
 *
 * <p>Both executables are given explicitly, so Selenium Manager never looks for (or downloads) a
 * browser or driver. The window is {@value #WIDTH_PX} × {@value #HEIGHT_PX} CSS pixels at device scale
 * 1, so screenshots have the same size on every machine.
 */
public final class HeadlessChromium implements AutoCloseable {
  /** The window's width, in CSS pixels (the report's column is 1100 px wide, with margins). */
  public static final int WIDTH_PX = 1280;
  /** The window's height, in CSS pixels: the tallest chart (a network map, 864 px in the column) fits whole. */
  public static final int HEIGHT_PX = 1400;
  /** How long a page may take to load before {@link #open} fails. */
  public static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Quiets Selenium's warning that it has no DevTools (CDP) classes for this chromium version: nothing
   * here uses CDP (the logs come through chromedriver), and the warning reads like a failure. Held in
   * a field because java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts {@code chromium} through {@code chromedriver}; throws if either is absent. */
  public static HeadlessChromium start(BrowserRequirement browser) throws IOException {
    Path chromium = browser.chromium().orElseThrow(() -> new IllegalStateException(browser.message()));
    Path chromedriver = browser.chromedriver().orElseThrow(() -> new IllegalStateException(browser.message()));
    Path profile = Files.createTempDirectory("dmsim-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=" + WIDTH_PX + "," + HEIGHT_PX, "--force-device-scale-factor=1", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-extensions");
    options.setPageLoadTimeout(PAGE_LOAD_TIMEOUT);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withSilent(true)
        .withTimeout(Duration.ofSeconds(30))
        .build();
    try {
      return new HeadlessChromium(profile, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      throw e;
    }
  }

  /** The driver, for finding elements and taking screenshots. */
  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens {@code file} and waits until it has loaded (at most {@link #PAGE_LOAD_TIMEOUT}), the logs then
   * holding only this page's entries. A fresh headless profile starts on chromium's own new-tab page,
   * which goes on loading dozens of {@code chrome://} resources: the browser leaves it for
   * {@code about:blank} first, and the logs are emptied there.
   */
  public void open(Path file) {
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(file.toUri().toString());
  }

  /**
   * Waits until {@code condition} holds on the page (polled every 50 ms); fails after {@code timeout} with
   * {@code what}. An exception from the condition (an element not there yet) counts as not yet.
   */
  public void waitUntil(String what, Duration timeout, java.util.function.Predicate<ChromeDriver> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.test(driver)) {
          return;
        }
      } catch (RuntimeException notYet) {
        last = notYet;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting until " + what, e);
      }
    }
    throw new AssertionError("waited " + timeout.toSeconds() + " s, but never " + what, last);
  }

  /** Opens the page at {@code url} as {@link #open(Path)} opens a file: the logs then hold only its entries. */
  public void open(String url) {
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
  }

  /**
   * A PNG of {@code element} scrolled to the top of the window: chromedriver crops an element's
   * screenshot to the window, so a chart only partly in view would come out cut.
   */
  public byte[] screenshotOf(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start', inline: 'nearest'});", element);
    return element.getScreenshotAs(OutputType.BYTES);
  }

  /** The console entries at level SEVERE since the last call (errors: a failed load, a script error). */
  public List<LogEntry> severeConsoleEntries() {
    List<LogEntry> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e);
      }
    }
    return severe;
  }

  /**
   * The URL of every request the page sent ({@code Network.requestWillBeSent} in the performance log)
   * since the last call, in order; the page itself is one of them.
   */
  public List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message;
      try {
        message = JSON.readTree(e.getMessage()).path("message");
      } catch (IOException bad) {
        throw new UncheckedIOException("unreadable performance log entry: " + e.getMessage(), bad);
      }
      if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
        urls.add(message.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }

  /** Quits the browser and its driver, then deletes the profile folder. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // The browser may still be writing to its profile as it exits; a leftover temp folder is harmless.
    }
  }
}
