package org.dmsim.scenarios.cli;

import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim completion}: prints the bash completion script picocli's {@link AutoComplete} generates
 * from the command tree, so it always matches this jar's commands and options.
 */
@Command(name = "completion", helpCommand = true,
    description = {
        "Prints a bash completion script for dmsim.",
        "",
        "With it, commands, options, engine names and scenario files complete with Tab. It also works in zsh "
            + "after 'autoload -U +X bashcompinit && bashcompinit'.",
        "",
        "Load it into the current shell, or install it for your user (bash-completion loads it in every new "
            + "shell); it completes both 'dmsim' and './dmsim'."},
    footer = {
        "  source <(./dmsim completion)",
        "  ./dmsim completion > ~/.local/share/bash-completion/completions/dmsim"})
final class CompletionCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCodes.DONE;
  }
}
