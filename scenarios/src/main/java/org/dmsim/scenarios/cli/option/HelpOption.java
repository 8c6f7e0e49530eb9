package org.dmsim.scenarios.cli.option;

import picocli.CommandLine.Option;

/** The {@code -h}/{@code --help} option of every command: prints that command's help on standard output. */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;
}
