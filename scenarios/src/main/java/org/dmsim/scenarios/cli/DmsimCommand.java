package org.dmsim.scenarios.cli;

import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.bench.BenchCommand;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim}, the root of the command tree: names the subcommands and, given none, prints the
 * overview on standard error and exits 2.
 */
@Command(name = "dmsim",
    versionProvider = DmsimVersion.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
        "Simulates distributed manufacturing networks.",
        "",
        "Central plants, microfactories, their machines, the shipments between them and the customers they "
            + "serve, with every node, machine and shipment an Akka actor. The same scenario and seed give the same results, byte for byte, on any number of "
            + "threads and on the sequential reference engine.",
        "",
        "Scenario files: docs/scenario-format.md; the bundled library: scenarios/library/. "
            + "'dmsim help COMMAND' (or 'dmsim COMMAND --help') shows a command's options."},
    subcommands = {DemoCommand.class, RunCommand.class, ValidateCommand.class, StressCommand.class, SweepCommand.class, SizeCommand.class,
        LiveCommand.class, WorkerCommand.class, ReportCommand.class,
        GenerateCommand.class,
        BenchCommand.class,
        HelpCommand.class,
        VersionCommand.class, CompletionCommand.class},
    footer = {
        "  dmsim demo",
        "  dmsim run scenarios/library/mm1.yaml --replications 2",
        "  dmsim help run"})
final class DmsimCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the dmsim and Java versions and exit.")
  private boolean version;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
