package org.dmsim.scenarios.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import org.dmsim.scenarios.cli.option.PluginsOption;
import picocli.CommandLine;

/**
 * The {@code dmsim} program: runs {@link DmsimCommand} on picocli and exits with its code — 0 done,
 * 1 the simulation failed, 2 a wrong option or scenario file, 130 or 143 stopped by {@code SIGINT} or
 * {@code SIGTERM} ({@link Interruption}).
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code; Ctrl-C and {@code SIGTERM} keep what finished ({@link Interruption}). */
  public static void main(String[] args) {
    // Start logging before Akka's threads do, or SLF4J 1.7 reports replaying their early calls.
    org.slf4j.LoggerFactory.getILoggerFactory();
    Interruption.install(System.err);
    int code = run(args, System.out, System.err);
    Interruption.commandEnded();
    System.exit(code);
  }

  /** Runs the command line; returns the exit code. Never prints a stack trace for a user's mistake. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new StreamWriter(out), true);
    PrintWriter e = new PrintWriter(new StreamWriter(err), true);
    PluginsOption.startCommand();
    try {
      return commandLine(o, e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * The whole command tree writing to {@code out} and {@code err}, with dmsim's error handling and one
   * help layout for every command.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DmsimCommand());
    cl.setOut(out);
    cl.setErr(err);
    // As before picocli: a repeated option takes its last value (handy when editing a long command line).
    cl.setOverwrittenOptionsAllowed(true);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(new Failures());
    HelpLayout.apply(cl);
    return cl;
  }

  /**
   * Hands characters to a {@link PrintStream}, which encodes them as it was made to (the console's
   * charset for {@code System.out}, UTF-8 in tests); a {@code PrintWriter} over the bare stream would use
   * the JVM's default charset instead.
   */
  private static final class StreamWriter extends Writer {
    private final PrintStream stream;

    StreamWriter(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      stream.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void flush() {
      stream.flush();
    }

    @Override
    public void close() {
      stream.flush();
    }
  }
}
