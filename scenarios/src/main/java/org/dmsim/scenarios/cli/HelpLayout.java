package org.dmsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The one layout of every command's help: synopsis, description, parameters, options in the order
 * they are declared, subcommands, exit codes (except for commands that only print information:
 * help, version, completion), then examples (each command's footer).
 */
final class HelpLayout {
  private HelpLayout() {}

  /** Applies the layout to {@code cl} and every command below it. */
  static void apply(CommandLine cl) {
    UsageMessageSpec u = cl.getCommandSpec().usageMessage();
    u.abbreviateSynopsis(true)
        .sortOptions(false)
        .descriptionHeading("%n")
        .parameterListHeading("%nParameters:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    if (!cl.getCommandSpec().helpCommand()) {
      u.exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.meanings());
    }
    if (u.footer().length > 0) {
      u.footerHeading("%nExamples:%n");
    }
    cl.getSubcommands().values().stream().distinct().forEach(HelpLayout::apply);
  }
}
