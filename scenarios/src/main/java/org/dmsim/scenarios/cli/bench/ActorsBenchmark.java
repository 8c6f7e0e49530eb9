package org.dmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.sim.actor.ActorFootprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmsim bench actors}: the heap bytes of one idle entity actor. */
@Command(name = "actors",
    description = {"Heap bytes per idle entity actor.", "",
        "Spawns N idle entity actors, each hosting an idle machine, and prints the heap bytes per actor, "
        + "measured after full garbage collections."},
    footer = {"  dmsim bench actors", "  dmsim bench actors --count 1000000"})
final class ActorsBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Option(names = "--count", paramLabel = "N", defaultValue = "100000", converter = WholeNumberOption.AtLeastOne.class,
      description = "Idle entity actors to spawn (default: ${DEFAULT-VALUE}).")
  private int count;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ActorFootprint.Result r = ActorFootprint.measure(count);
    out.printf(Locale.ROOT, "idle entity actors: %d on Java %s%n", r.actors(), Runtime.version());
    out.printf(Locale.ROOT, "heap: %d bytes in all%n", r.heapBytes());
    out.printf(Locale.ROOT, "heap bytes per idle entity actor: %.0f%n", r.bytesPerActor());
    return 0;
  }
}
