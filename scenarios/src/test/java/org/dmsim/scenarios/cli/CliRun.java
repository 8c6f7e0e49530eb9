package org.dmsim.scenarios.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the command line in this JVM ({@link Main#run}) with what it printed, for the CLI tests.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
public record CliRun(int code, String out, String err) {
  private static final Pattern DIGEST = Pattern.compile("^digest: ([0-9a-f]{64})$", Pattern.MULTILINE);

  /** Runs {@code dmsim args...}. */
  public static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * The {@code digest: <hex>} line's digest of a run that succeeded.
   *
   * @throws AssertionError if the run failed or printed no digest, with what it printed
   */
  public String digest() {
    Matcher m = DIGEST.matcher(out);
    if (code != 0 || !m.find()) {
      throw new AssertionError("exit " + code + ", no digest line; out:\n" + out + "\nerr:\n" + err);
    }
    return m.group(1);
  }
}
