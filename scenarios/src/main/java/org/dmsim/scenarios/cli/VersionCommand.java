package org.dmsim.scenarios.cli;

import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmsim version}: the dmsim and Java versions, as {@code dmsim --version} prints them. */
@Command(name = "version", helpCommand = true,
    description = {"Prints the dmsim and Java versions.", "",
        "The same as 'dmsim --version'. Each experiment's manifest.json records them too."},
    footer = "  dmsim version")
final class VersionCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Override
  public Integer call() {
    spec.root().commandLine().printVersionHelp(spec.commandLine().getOut());
    return ExitCodes.DONE;
  }
}
