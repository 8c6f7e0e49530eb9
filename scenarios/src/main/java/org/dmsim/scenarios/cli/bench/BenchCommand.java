package org.dmsim.scenarios.cli.bench;

import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.UsageException;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dmsim bench}: names the benchmarks; given none, says which there are. */
@Command(name = "bench",
    description = {"The built-in benchmarks: phold, scenario, replications, actors.", "",
        "PHOLD (events/s of the engines), one replication of a scenario file "
        + "(events/s), replications on 1 thread against T (the speed-up), and the heap bytes of an idle entity "
        + "actor. 'dmsim help bench phold' shows a benchmark's options."},
    subcommands = {PholdBenchmark.class, ScenarioBenchmark.class, ReplicationsBenchmark.class, ActorsBenchmark.class,
        GameBenchmark.class},
    footer = {
        "  dmsim bench phold --runs 5",
        "  dmsim bench scenario scenarios/library/eu-spare-parts-distributed.yaml",
        "  dmsim bench replications scenarios/library/tiny-factory.yaml --rounds 3"})
public final class BenchCommand implements Callable<Integer> {
  @Mixin
  private HelpOption help;

  @Override
  public Integer call() {
    throw new UsageException("which benchmark? 'dmsim bench phold', 'dmsim bench scenario FILE', "
        + "'dmsim bench replications FILE' or 'dmsim bench actors'");
  }
}
