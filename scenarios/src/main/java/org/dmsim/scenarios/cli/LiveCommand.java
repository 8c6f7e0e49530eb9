package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.game.BeerGame;
import org.dmsim.scenarios.game.GameRefused;
import org.dmsim.scenarios.game.GameSettings;
import org.dmsim.scenarios.live.LiveSession;
import org.dmsim.scenarios.web.WebServer;
import org.dmsim.scenarios.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim live FILE}: serves a {@link LiveSession} of the file on a local web page
 * ({@link WebServer}) until Ctrl-C, writing the session's recording to the output folder.
 */
@Command(name = "live",
    description = {
        "Runs a file live on a web page, for a class.",
        "",
        "Starts a web server (bound to 127.0.0.1 unless --host says otherwise) and prints the page's URL. The "
            + "page shows the variants side by side, each on its map with its sites coloured working, overloaded "
            + "or down, and their daily fill rate growing day by day; play, pause, step, change the pace, restart. "
            + "A click on a site knocks it out for the days chosen, a click in disaster mode strikes a regional "
            + "disaster there, and the surge button multiplies demand: always in every variant alike, at the "
            + "current simulated day. An experiment file runs its variants under its first case (or --case); a "
            + "scenario file must have no disruptions (put them in an experiment's case).",
        "",
        "The session is an ordinary run: its recording (an experiment file, written to --out after every "
            + "intervention and at the end, and offered on the page) replays it with 'dmsim run ... "
            + "--variants-anywhere' to the same digest. The page needs nothing but this server: it works on a "
            + "classroom network without internet. Ctrl-C stops the server. docs/classroom.md is the teacher's guide; "
            + "docs/live.md describes the page and its API.",
        "",
        "With --game the file is a four-stage stock chain (the Beer Game): the server prints a game code, the players' "
            + "page (students join with the code and choose a team and a role) and the facilitator's page (seats, "
            + "start, pause, end, the turn timer, then the debrief). The computer plays every free seat. When the game "
            + "is over it is saved as an experiment file that 'dmsim run' replays."},
    footer = {
        "  dmsim live scenarios/library/eu-demo.yaml",
        "  dmsim live scenarios/library/tiny-factory.yaml --day-ms 100",
        "  dmsim live scenarios/library/beer-game.yaml --game --teams 15 --host 0.0.0.0"})
final class LiveCommand implements Callable<Integer> {
  /** The default port. */
  static final int DEFAULT_PORT = 8080;
  /** The default pace, ms of wall time per simulated day. */
  static final long DEFAULT_DAY_MS = 200;

  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Parameters(paramLabel = "FILE", description = "An experiment file (its variants, under its first case) or a "
      + "scenario file without disruptions (YAML; docs/scenario-format.md).")
  private Path file;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 opens the page "
          + "to the classroom's network).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
      description = "The port (default: ${DEFAULT-VALUE}; 0: any free port, printed).")
  private int port;

  @Option(names = "--day-ms", paramLabel = "MS", defaultValue = "" + DEFAULT_DAY_MS,
      description = "The pace while playing: ms of wall time per simulated day, 10 to 60000 (default: "
          + "${DEFAULT-VALUE}; the page can change it).")
  private long dayMs;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryOption.class,
      description = "Where the recording goes (recording.yaml; default: runs/<the session's name>), or with --game "
          + "the saved game (game.yaml; default: runs/<the file's name>-game).")
  private Path out;

  @Option(names = "--case", paramLabel = "NAME",
      description = "The experiment's case to run live, its disruptions included (default: the first).")
  private String caseName;

  @Option(names = "--game", description = "Play the file's stock chain (the Beer Game) together: a facilitator's page "
      + "and a players' page instead of the live view (default: off).")
  private boolean game;

  @Option(names = "--teams", paramLabel = "N", defaultValue = "4",
      description = "--game: teams of four roles, 1 to 20 (default: ${DEFAULT-VALUE}); the computer plays every free seat.")
  private int teams;

  @Option(names = "--turns", paramLabel = "N", defaultValue = "36",
      description = "--game: weeks to play (default: ${DEFAULT-VALUE}, the classic game).")
  private int turns;

  @Option(names = "--turn-seconds", paramLabel = "S", defaultValue = "60",
      description = "--game: the turn timer, 5 to 3600 s (default: ${DEFAULT-VALUE}); a turn closes earlier when every "
          + "player has ordered.")
  private int turnSeconds;

  @Option(names = "--computer", paramLabel = "PARAM=VALUE", split = ",",
      description = "--game: the computer players' anchoring-and-adjustment parameters instead of the file's, e.g. "
          + "theta=0.36,alphaS=0.26,beta=0.34,desiredStock=17 (Sterman's players; default: the file's rule).")
  private java.util.Map<String, String> computer = new java.util.TreeMap<>();

  @Override
  public Integer call() throws ScenarioException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port expects 0 to 65535, got " + port);
    }
    if (dayMs < 10 || dayMs > 60_000) {
      throw new UsageException("--day-ms expects 10 to 60000 ms per simulated day, got " + dayMs);
    }
    if (game) {
      return serveGame();
    }
    LiveSession first = open();
    String name = first.recording().name();
    Path outDir = OutputDirectory.prepare(out != null ? out : Path.of("runs", name));
    Path recording = outDir.resolve("recording.yaml");
    PrintWriter o = command.commandLine().getOut();
    WebServer server;
    try {
      server = WebServer.live(first, this::openUnchecked, host, port, dayMs, recording);
    } catch (RuntimeException e) {
      throw new UsageException("cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); choose another "
          + "--port (0: any free one) or --host");
    }
    o.println("live         " + name + ": " + String.join(", ", first.variants()));
    o.println("page         " + server.url());
    o.println("recording    " + recording + " (replay: dmsim run " + recording + " --variants-anywhere)");
    o.println("stop         Ctrl-C");
    o.flush();
    serveUntilInterrupted(server);
    command.commandLine().getErr().println("dmsim: stopped the live server; the recording is " + recording);
    return ExitCodes.INTERRUPTED;
  }

  private int serveGame() throws ScenarioException {
    GameSettings settings;
    BeerGame beerGame;
    try {
      settings = new GameSettings(teams, turns, turnSeconds, new java.util.TreeMap<>(computer));
      beerGame = BeerGame.create(file, settings);
    } catch (GameRefused e) {
      throw new UsageException(e.getMessage().replaceFirst("^(teams|turns|turnSeconds): ", "--$1: ")
          .replace("--turnSeconds", "--turn-seconds"));
    }
    String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "-game";
    Path outDir = OutputDirectory.prepare(out != null ? out : Path.of("runs", name));
    Path saved = outDir.resolve("game.yaml");
    String key = WebServer.newKey();
    WebServer server = bind(() -> WebServer.game(beerGame, key, host, port, saved));
    String base = server.url();
    PrintWriter o = command.commandLine().getOut();
    o.println("game         " + file + ": " + settings.teams() + " team" + (settings.teams() == 1 ? "" : "s") + ", "
        + settings.turns() + " weeks, " + settings.turnSeconds() + " s a turn");
    o.println("code         " + beerGame.code());
    o.println("players      " + base + "play" + classroomHint(server));
    o.println("facilitator  " + base + "game?key=" + key + "   (keep this link to yourself)");
    o.println("saved game   " + saved + " (when the game is over; replay: dmsim run " + saved + " --variants-anywhere)");
    o.println("stop         Ctrl-C");
    o.flush();
    serveUntilInterrupted(server);
    command.commandLine().getErr().println("dmsim: stopped the game server" + (java.nio.file.Files.exists(saved)
        ? "; the saved game is " + saved : "; the game was not over, so nothing was saved"));
    return ExitCodes.INTERRUPTED;
  }

  private WebServer bind(java.util.function.Supplier<WebServer> start) {
    try {
      return start.get();
    } catch (RuntimeException e) {
      throw new UsageException("cannot listen on " + host + ":" + port + " (" + rootMessage(e) + "); choose another "
          + "--port (0: any free one) or --host");
    }
  }

  /** Runs until Ctrl-C, then closes the server. */
  private static void serveUntilInterrupted(WebServer server) {
    try {
      Interruption.awaitSignal();
    } finally {
      server.close();
    }
  }

  /** For a server open to the network: the address students type, e.g. {@code (or http://192.168.1.20:8080/play)}. */
  private static String classroomHint(WebServer server) {
    if (!server.address().getAddress().isAnyLocalAddress()) {
      return "";
    }
    try {
      for (java.net.NetworkInterface n : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        for (java.net.InetAddress a : java.util.Collections.list(n.getInetAddresses())) {
          if (a instanceof java.net.Inet4Address && a.isSiteLocalAddress()) {
            return "   (on the classroom network: http://" + a.getHostAddress() + ":" + server.address().getPort() + "/play)";
          }
        }
      }
    } catch (java.net.SocketException e) {
      // no hint then
    }
    return "";
  }

  private LiveSession open() throws ScenarioException {
    try {
      return LiveSession.open(file, caseName);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private LiveSession openUnchecked() {
    try {
      return LiveSession.open(file, caseName);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the file changed since the session started: " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}
