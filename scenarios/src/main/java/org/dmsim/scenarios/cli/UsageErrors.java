package org.dmsim.scenarios.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.dmsim.scenarios.cli.option.Expected;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse — an unknown command or option, a missing or wrong
 * value — as one line on standard error, {@code dmsim: <command>: <what is wrong>}, with what the
 * user probably meant, and exit code 2. Never a stack trace, never the whole help text: the line names
 * the command whose help to read.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("dmsim: " + prefix(cl) + message(ex));
    return ExitCodes.USAGE;
  }

  /** {@code "run: "}, {@code "bench phold: "}, or nothing for {@code dmsim} itself: whose mistake it is. */
  static String prefix(CommandLine cl) {
    String path = path(cl.getCommandSpec());
    return path.isEmpty() ? "" : path + ": ";
  }

  /** The command's name below {@code dmsim}: {@code run}, {@code bench phold}; empty for the root. */
  static String path(CommandSpec spec) {
    String qualified = spec.qualifiedName(" ");
    String root = spec.root().name();
    return qualified.equals(root) ? "" : qualified.substring(root.length() + 1);
  }

  /** {@code dmsim help run}, {@code dmsim help}: where to read about the command. */
  static String helpFor(CommandSpec spec) {
    String path = path(spec);
    return "'dmsim help" + (path.isEmpty() ? "" : " " + path) + "'";
  }

  static String message(ParameterException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex instanceof UnmatchedArgumentException u) {
      return unmatched(u, spec);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      if (missing instanceof OptionSpec o) {
        return o.longestName() + " needs a value";
      }
      return "which " + ("FILE".equals(missing.paramLabel()) ? "scenario file" : missing.paramLabel()) + "? Usage: "
          + "dmsim " + path(spec) + " [options] " + missing.paramLabel() + "; see " + helpFor(spec);
    }
    ArgSpec arg = ex.getArgSpec();
    if (ex.getCause() instanceof CommandLine.TypeConversionException t && arg != null) {
      String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
      if (arg instanceof OptionSpec o && (o.type() == boolean.class || o.type() == Boolean.class)) {
        return name + " takes no value, got '" + name + "=" + ex.getValue() + "'";
      }
      if (t instanceof Expected) {
        return name + " expects " + t.getMessage() + ", got '" + ex.getValue() + "'";
      }
      return name + ": " + t.getMessage();
    }
    return ex.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException u, CommandSpec spec) {
    List<String> unmatched = u.getUnmatched();
    String typed = unmatched.isEmpty() ? "" : unmatched.get(0);
    if (u.isUnknownOption()) {
      String option = unmatched.stream().filter(a -> a.startsWith("-")).findFirst().orElse(typed);
      int eq = option.indexOf('=');
      option = eq > 0 ? option.substring(0, eq) : option;
      List<String> names = spec.options().stream().map(OptionSpec::longestName).toList();
      List<String> near = Suggestions.near(option, names, u.getSuggestions());
      return "unknown option " + option + (near.isEmpty()
          ? "; the options are " + String.join(", ", names) + "; see " + helpFor(spec)
          : "; did you mean " + String.join(" or ", near) + "? (see " + helpFor(spec) + ")");
    }
    if (!spec.subcommands().isEmpty()) {
      return unknownCommand(typed, spec, u.getSuggestions());
    }
    return "unexpected argument '" + typed + "'";
  }

  /**
   * {@code unknown command 'rnu'; did you mean 'run'? (see 'dmsim help')}, or the list of commands when
   * none is close.
   *
   * @param parent the command whose subcommand {@code typed} was meant to be
   */
  static String unknownCommand(String typed, CommandSpec parent, List<String> fromPicocli) {
    List<String> names = parent.subcommands().keySet().stream().distinct().toList();
    List<String> near = Suggestions.near(typed, names, fromPicocli);
    return "unknown command '" + typed + "'" + (near.isEmpty()
        ? "; the commands are " + String.join(", ", names) + "; see " + helpFor(parent)
        : "; did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or "))
            + "? (see " + helpFor(parent) + ")");
  }
}
