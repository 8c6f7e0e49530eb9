package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void replicationDone_disabled_printsNothing() {
    ConsoleProgress p = new ConsoleProgress(err, false);

    p.replicationDone(1, 2);
    p.replicationDone(2, 2);

    assertThat(printed()).isEmpty();
  }

  @Test
  void replicationDone_partWay_redrawsOneLineWithBarAndCount() {
    ConsoleProgress p = new ConsoleProgress(err, true);

    p.replicationDone(1, 2);

    assertThat(printed()).startsWith("\r  [" + "#".repeat(15) + ".".repeat(15) + "] 1/2 replications, ")
        .endsWith(" s").doesNotContain("\n");
  }

  @Test
  void replicationDone_last_blanksTheLineSoOutputStartsClean() {
    ConsoleProgress p = new ConsoleProgress(err, true);

    p.replicationDone(1, 2);
    p.replicationDone(2, 2);

    assertThat(printed()).contains("] 2/2 replications, ").endsWith("\r" + " ".repeat(70) + "\r")
        .doesNotContain("\n");
  }

  @Test
  void forConsole_quiet_neverDraws() {
    ConsoleProgress p = ConsoleProgress.forConsole(err, true);

    p.replicationDone(1, 1);

    assertThat(printed()).isEmpty();
  }
}
