package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.dmsim.scenarios.yaml.Problem;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.engine.SimulationFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into lines on standard error and an exit code: a mistake found while
 * running ({@link UsageException}) or a broken scenario file is exit 2 — the file's problems one per
 * line; a failed simulation or unwritable results is exit 1 with the reason; anything else is an
 * internal error, exit 1, with its stack trace only when {@code DMSIM_DEBUG} is set.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (ex instanceof UsageException) {
      err.println("dmsim: " + UsageErrors.prefix(cl) + ex.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof ScenarioException e) {
      for (Problem p : e.problems()) {
        err.println(p.format());
      }
      err.println("dmsim: the scenario has " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
          + "; nothing was run");
      return ExitCodes.USAGE;
    }
    if (ex instanceof SimulationFailure) {
      err.println("dmsim: the simulation failed: " + ex.getMessage());
      return ExitCodes.FAILED;
    }
    if (ex instanceof IOException e) {
      err.println("dmsim: could not write results: " + describe(e));
      return ExitCodes.FAILED;
    }
    err.println("dmsim: internal error, please report it: " + ex);
    if (System.getenv("DMSIM_DEBUG") != null) {
      ex.printStackTrace(err);
    } else {
      err.println("dmsim: set DMSIM_DEBUG=1 to see where it happened");
    }
    return ExitCodes.FAILED;
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
}
