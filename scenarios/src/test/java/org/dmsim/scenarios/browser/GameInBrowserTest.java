package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.dmsim.scenarios.cli.CliRun;
import org.dmsim.scenarios.game.BeerGame;
import org.dmsim.scenarios.game.GameSettings;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The Beer Game in headless chromium: four players, each in their own browser, take team 1's seats (the
 * computer plays team 2); the facilitator starts the game on their page; one player reloads and keeps
 * the seat; a bad order is refused on the page and changes nothing; 36 turns are played through the
 * pages; the facilitator's page then shows the debrief with both teams and the rule-played chain, and
 * the saved game replays with {@code dmsim run}. Saves the screenshots of the teacher's page.
 */
@Tag("browser")
@ExtendWith(RequiresChromium.class)
class GameInBrowserTest {
  private static final Path GAME = Path.of("library/beer-game.yaml");
  private static final String KEY = "feedc0ffee0123456789abcdef012345";
  private static final String[] ROLES = {"retailer", "wholesaler", "distributor", "factory"};
  private static final String[] NAMES = {"Ada", "Ben", "Cleo", "Dev"};
  private static final int TURNS = 36;
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir
  static Path dir;

  private static WebServer server;
  private static BeerGame game;
  private static final List<HeadlessChromium> players = new ArrayList<>();

  @BeforeAll
  static void serveAGameAndOpenFourBrowsers() throws Exception {
    // A long timer: every turn here closes because all four ordered.
    game = BeerGame.create(GAME, new GameSettings(2, TURNS, 600, new TreeMap<>()));
    server = WebServer.game(game, KEY, "127.0.0.1", 0, dir.resolve("game.yaml"));
    BrowserRequirement browser = BrowserRequirement.ofThisMachine();
    for (int i = 0; i < ROLES.length; i++) {
      players.add(HeadlessChromium.start(browser));
    }
  }

  @AfterAll
  static void stop() {
    players.forEach(HeadlessChromium::close);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void fourBrowserPlayers_playThirtySixTurns_andTheDebriefShowsEveryTeamAndTheRule() throws Exception {
    for (int i = 0; i < ROLES.length; i++) {
      join(players.get(i), NAMES[i], ROLES[i]);
    }
    ChromeDriver facilitator = players.get(0).driver();
    String playerTab = facilitator.getWindowHandle();
    facilitator.switchTo().newWindow(WindowType.TAB);
    String facilitatorTab = facilitator.getWindowHandle();
    facilitator.get(server.url() + "game?key=" + KEY);
    players.get(0).waitUntil("the facilitator sees the four players", WAIT,
        d -> d.findElements(By.cssSelector("td.human")).size() == 4);
    assertThat(facilitator.findElement(By.id("code")).getText()).isEqualTo(game.code());
    facilitator.findElement(By.id("start")).click();
    players.get(0).waitUntil("the game runs", WAIT, d -> d.findElement(By.id("turn")).getText().startsWith("Week 1 of"));
    Screenshots.save("beer-game-facilitator.png", facilitator.getScreenshotAs(OutputType.BYTES));
    facilitator.switchTo().window(playerTab);

    // A reload keeps the seat: the page finds it by the token this browser kept.
    HeadlessChromium ben = players.get(1);
    ben.driver().navigate().refresh();
    ben.waitUntil("Ben is back in his seat", WAIT, d -> d.findElement(By.id("who")).getText()
        .equals("Ben — wholesaler, team 1") && d.findElement(By.id("turn")).getText().startsWith("Week 1 of"));
    assertThat(ben.driver().findElement(By.id("join")).isDisplayed()).isFalse();

    // A bad order is refused on the page, and nothing changes.
    order(ben, "-5");
    ben.waitUntil("the refusal is shown", WAIT, d -> d.findElement(By.id("message")).getText()
        .contains("an order cannot be negative"));
    assertThat(ben.driver().findElement(By.id("status")).getText()).isEqualTo("Enter your order for this week.");

    List<List<Long>> placed = new ArrayList<>();
    for (int turn = 1; turn <= TURNS; turn++) {
      List<Long> orders = new ArrayList<>();
      for (int i = 0; i < ROLES.length; i++) {
        HeadlessChromium p = players.get(i);
        int week = turn;
        p.waitUntil("player " + NAMES[i] + " sees week " + week, WAIT,
            d -> d.findElement(By.id("turn")).getText().startsWith("Week " + week + " of"));
        long cases = 4 + (turn >= 5 ? (i + 1) * (turn % 3) : 0);
        orders.add(cases);
        order(p, Long.toString(cases));
        if (turn == 12 && i == 0) {
          p.waitUntil("Ada's order is in", WAIT, d -> d.findElement(By.id("status")).getText().startsWith("Your order is in"));
          // As on a phone: 420 × 760 CSS pixels.
          p.driver().manage().window().setSize(new org.openqa.selenium.Dimension(420, 760));
          Screenshots.save("beer-game-player.png", p.driver().getScreenshotAs(OutputType.BYTES));
          p.driver().manage().window().setSize(new org.openqa.selenium.Dimension(HeadlessChromium.WIDTH_PX,
              HeadlessChromium.HEIGHT_PX));
        }
      }
      placed.add(orders);
    }
    for (HeadlessChromium p : players) {
      p.waitUntil("the game is over for the player", WAIT, d -> d.findElement(By.id("debriefLink")).isDisplayed());
    }

    facilitator.switchTo().window(facilitatorTab);
    players.get(0).waitUntil("the debrief is drawn", WAIT,
        d -> d.findElements(By.cssSelector("#debrief .team")).size() == 4);
    List<WebElement> teams = facilitator.findElements(By.cssSelector("#debrief .team"));
    assertThat(teams.get(0).getText()).contains("Team 1", "Ada", "Ben", "Cleo", "Dev", "bullwhip ratio");
    assertThat(teams.get(1).getText()).contains("The same chain played by the rule", "rule");
    assertThat(teams.get(2).getText()).contains("Team 2", "computer");
    assertThat(facilitator.findElements(By.cssSelector("#debrief polyline.series"))).hasSize(4 * 2 * 4);
    String retailerOrders = facilitator.findElement(By.cssSelector("#debrief .team[data-team='1'] polyline.series"))
        .getAttribute("points");
    assertThat(retailerOrders.split(" ")).hasSize(TURNS);
    facilitator.executeScript("document.getElementById('debrief').scrollIntoView()");
    Screenshots.save("beer-game-debrief.png", facilitator.getScreenshotAs(OutputType.BYTES));
    assertThat(facilitator.findElement(By.id("saved")).isDisplayed()).isTrue();

    // What the pages showed is what the game recorded, and the saved game replays.
    assertThat(game.debrief().teams().get(0).echelons().get(2).orders())
        .isEqualTo(placed.stream().map(o -> o.get(2)).toList());
    Path saved = dir.resolve("game.yaml");
    assertThat(saved).isRegularFile();
    CliRun replay = CliRun.of("run", saved.toString(), "--variants-anywhere", "--quiet", "--out",
        dir.resolve("replay").toString());
    assertThat(replay.code()).as(replay.err()).isZero();
    String printed = replay.out();
    assertThat(printed).contains("variant team-1", String.format(Locale.ROOT, "%.2f",
        game.debrief().teams().get(0).totalCost()));

    for (HeadlessChromium p : players) {
      List<LogEntry> severe = p.severeConsoleEntries();
      assertThat(severe).as("console errors other than the refused order's 400")
          .allSatisfy(e -> assertThat(e.getMessage()).contains("status of 400"));
      assertThat(p.requestedUrls()).allSatisfy(u -> assertThat(u).startsWith(server.url()));
    }
  }

  private static void join(HeadlessChromium p, String name, String role) {
    p.open(server.url() + "play");
    p.waitUntil("the join form shows", WAIT, d -> d.findElement(By.id("join")).isDisplayed()
        && d.findElements(By.cssSelector("#team option")).size() == 2);
    p.driver().findElement(By.id("code")).sendKeys(game.code().toLowerCase(Locale.ROOT));
    p.driver().findElement(By.id("name")).sendKeys(name);
    p.driver().findElement(By.cssSelector("#team option[value='1']")).click();
    p.driver().findElement(By.cssSelector("#role option[value='" + role + "']")).click();
    p.driver().findElement(By.id("take")).click();
    p.waitUntil(name + " has a seat", WAIT, d -> d.findElement(By.id("who")).getText().startsWith(name + " — " + role));
  }

  private static void order(HeadlessChromium p, String text) {
    WebElement field = p.driver().findElement(By.id("order"));
    field.clear();
    field.sendKeys(text);
    p.driver().findElement(By.id("send")).click();
  }
}
