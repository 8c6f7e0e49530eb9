package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.dmsim.scenarios.yaml.Problem;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.engine.SimulationFailure;

/** The {@code dmsim} command: dispatches to {@code demo}, {@code run}, {@code bench} and {@code help}. */
public final class Main {
  static final String USAGE = String.join("\n",
      "dmsim — simulate distributed manufacturing networks (every node, machine and shipment an Akka actor)",
      "",
      "Usage: dmsim COMMAND [options]",
      "",
      "Commands:",
      "  demo              run the bundled tiny scenario and print its indicators",
      "  run FILE          run a scenario file's replications; prints indicators and 'digest: <hex>',",
      "                    writes summary.json",
      "  stress FILE       knock out each node of a network in turn; rank them by what the network loses",
      "  bench phold       the PHOLD engine benchmark (events/s)",
      "  bench scenario F  events/s of one replication of a scenario file",
      "  bench replications F  how replications of a scenario file speed up from 1 to T threads",
      "  bench actors      heap bytes per idle entity actor",
      "  help [COMMAND]    this text, or a command's options",
      "  version           the dmsim and Java versions",
      "",
      "Scenario format: docs/scenario-format.md. Exit codes: 0 done, 1 simulation failed, 2 usage or",
      "scenario errors.");

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Start logging before Akka's threads do, or SLF4J 1.7 reports replaying their early calls.
    org.slf4j.LoggerFactory.getILoggerFactory();
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit code. Never prints a stack trace for a user's mistake. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      if (asksForHelp(rest) && !args[0].equals("help")) {
        return help(new String[] {args[0]}, out);
      }
      return switch (args[0]) {
        case "demo" -> DemoCommand.run(rest, out, err);
        case "run" -> RunCommand.run(rest, out, err);
        case "bench" -> BenchCommand.run(rest, out, err);
        case "stress" -> StressCommand.run(rest, out, err);
        case "help", "--help", "-h" -> help(rest, out);
        case "version", "--version" -> {
          out.println("dmsim " + version() + " on Java " + Runtime.version());
          yield 0;
        }
        default -> throw new UsageException("unknown command '" + args[0] + "'; try 'dmsim help'");
      };
    } catch (UsageException e) {
      err.println("dmsim: " + e.getMessage());
      return 2;
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        err.println(p.format());
      }
      err.println("dmsim: the scenario has " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
          + "; nothing was run");
      return 2;
    } catch (SimulationFailure e) {
      err.println("dmsim: the simulation failed: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("dmsim: could not write results: " + describe(e));
      return 1;
    } catch (RuntimeException e) {
      err.println("dmsim: internal error, please report it: " + e);
      if (System.getenv("DMSIM_DEBUG") != null) {
        e.printStackTrace(err);
      } else {
        err.println("dmsim: set DMSIM_DEBUG=1 to see where it happened");
      }
      return 1;
    }
  }

  /**
   * What went wrong with a file, in words: the JDK's messages for these exceptions are often the bare
   * path ("runs/x"), which tells a user nothing about why.
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why;
      if (e instanceof FileAlreadyExistsException) {
        why = "it exists and is not a directory";
      } else if (e instanceof AccessDeniedException) {
        why = "permission denied";
      } else if (e instanceof NoSuchFileException) {
        why = "no such file or directory";
      } else {
        why = f.getReason() != null ? f.getReason() : "an input/output error";
      }
      return f.getFile() + ": " + why;
    }
    return String.valueOf(e.getMessage());
  }

  /** Whether a command's options include {@code --help} or {@code -h}: then its help is printed instead. */
  private static boolean asksForHelp(String[] options) {
    for (String o : options) {
      if (o.equals("--help") || o.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  private static int help(String[] args, PrintStream out) {
    String text = args.length == 0 ? USAGE : switch (args[0]) {
      case "run" -> RunCommand.HELP;
      case "demo" -> DemoCommand.HELP;
      case "bench" -> BenchCommand.HELP;
      case "stress" -> StressCommand.HELP;
      default -> throw new UsageException("help: unknown command '" + args[0] + "'; try 'dmsim help'");
    };
    out.println(text);
    return 0;
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
