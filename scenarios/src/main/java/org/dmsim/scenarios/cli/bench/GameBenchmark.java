package org.dmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.web.GameLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmsim bench game}: the multiplayer Beer Game under a class's load ({@link GameLoad}). */
@Command(name = "game",
    description = {"The multiplayer Beer Game under load: answer times of orders.", "",
        "Starts a Beer Game server on 127.0.0.1 and one simulated player per seat (teams × 4), each on its own "
            + "thread doing what the player's page does: join, ask for its view every second, and when a new week "
            + "shows, think (0 to --think-ms, seeded) and order. Prints the answer times of every order, of the "
            + "orders that closed a turn (every team's chain is run again then) and of the polls: median, 95th "
            + "percentile and maximum, in ms."},
    footer = {"  dmsim bench game", "  dmsim bench game --teams 15 --turns 36 --think-ms 3000"})
final class GameBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Option(names = "--file", paramLabel = "FILE", defaultValue = "scenarios/library/beer-game.yaml",
      description = "The game's chain (default: ${DEFAULT-VALUE}).")
  private Path file;

  @Option(names = "--teams", paramLabel = "N", defaultValue = "15", converter = WholeNumberOption.AtLeastOne.class,
      description = "Teams of four simulated players, 1 to 20 (default: ${DEFAULT-VALUE}: 60 players).")
  private int teams;

  @Option(names = "--turns", paramLabel = "N", defaultValue = "36", converter = WholeNumberOption.AtLeastOne.class,
      description = "Turns to play (default: ${DEFAULT-VALUE}).")
  private int turns;

  @Option(names = "--think-ms", paramLabel = "MS", defaultValue = "2000",
      description = "The longest a player thinks before ordering, ms (default: ${DEFAULT-VALUE}; 0: all at once).")
  private long thinkMs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the thinking times and orders (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GameLoad.Result r = GameLoad.run(file, teams, turns, Math.max(0, thinkMs), seed);
    out.printf(Locale.ROOT, "players      %d in %d teams, %d turns, thinking 0 to %d ms, on Java %s, %d cores%n",
        r.players(), r.teams(), r.turns(), thinkMs, Runtime.version(), Runtime.getRuntime().availableProcessors());
    row(out, "orders", r.orderMs());
    row(out, "turn closes", r.closingMs());
    row(out, "polls", r.pollMs());
    out.printf(Locale.ROOT, "wall time    %.1f s%n", r.wallSeconds());
    return 0;
  }

  private static void row(PrintWriter out, String what, double[] ms) {
    out.printf(Locale.ROOT, "%-12s %6d answered: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, ms.length,
        GameLoad.Result.quantile(ms, 0.5), GameLoad.Result.quantile(ms, 0.95), ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
  }
}
