package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.experiment.Cancellation;
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
            + "current simulated day. An experiment file runs its variants under its first case; a scenario "
            + "file must have no disruptions (put them in an experiment's case).",
        "",
        "The session is an ordinary run: its recording (an experiment file, written to --out after every "
            + "intervention and at the end, and offered on the page) replays it with 'dmsim run ... "
            + "--variants-anywhere' to the same digest. The page needs nothing but this server: it works on a "
            + "classroom network without internet. Ctrl-C stops the server. docs/live.md explains the page, its "
            + "API and how to run a class."},
    footer = {
        "  dmsim live scenarios/library/eu-demo.yaml",
        "  dmsim live scenarios/library/tiny-factory.yaml --day-ms 100",
        "  dmsim live my-experiment.yaml --host 0.0.0.0 --port 8080"})
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
      description = "Where the recording goes (default: runs/<the session's name>).")
  private Path out;

  @Override
  public Integer call() throws ScenarioException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port expects 0 to 65535, got " + port);
    }
    if (dayMs < 10 || dayMs > 60_000) {
      throw new UsageException("--day-ms expects 10 to 60000 ms per simulated day, got " + dayMs);
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
    Cancellation cancel = Interruption.cancellation();
    try {
      while (!cancel.requested()) {
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
    }
    command.commandLine().getErr().println("dmsim: stopped the live server; the recording is " + recording);
    return ExitCodes.INTERRUPTED;
  }

  private LiveSession open() throws ScenarioException {
    try {
      return LiveSession.open(file);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private LiveSession openUnchecked() {
    try {
      return LiveSession.open(file);
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
