package org.dmsim.scenarios.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim help [COMMAND...]}: the help of a command, also of a subcommand ({@code help bench
 * phold}), which picocli's own help command does not reach.
 */
@Command(name = "help", helpCommand = true,
    description = {"Shows the help of a command.", "",
        "What a command does, every option with its default and unit, and examples; "
        + "without a command, the overview. The same as 'dmsim COMMAND --help'."},
    footer = {"  dmsim help run", "  dmsim help bench phold"})
final class HelpCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", completionCandidates = CommandNames.class,
      description = "A command, or a command and one of its own (bench phold).")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    CommandLine target = spec.root().commandLine();
    for (String name : names) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null) {
        throw new UsageException(UsageErrors.unknownCommand(name, target.getCommandSpec(), List.of()));
      }
      target = sub;
    }
    target.usage(spec.commandLine().getOut(), spec.commandLine().getColorScheme());
    return ExitCodes.DONE;
  }

  /**
   * The names of dmsim's commands, for shell completion of {@code dmsim help}. Read from a command tree
   * built when they are first asked for — not when this class is made, which happens while the tree
   * that holds this command is being built.
   */
  static final class CommandNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new CommandLine(new DmsimCommand()).getSubcommands().keySet().iterator();
    }
  }
}
