package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private final StringWriter written = new StringWriter();
  private final PrintWriter err = new PrintWriter(written, true);

  private String printed() {
    return written.toString();
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

    assertThat(printed()).startsWith("\r  [" + "#".repeat(10) + ".".repeat(10) + "] 1/2 replications, ")
        .contains(" s left").doesNotContain("\n");
  }

  @Test
  void replicationDone_last_blanksTheLineSoOutputStartsClean() {
    ConsoleProgress p = new ConsoleProgress(err, true);

    p.replicationDone(1, 2);
    p.replicationDone(2, 2);

    assertThat(printed()).contains("] 2/2 replications, ").endsWith("\r" + " ".repeat(79) + "\r")
        .doesNotContain("\n");
  }

  @Test
  void replicationDone_shorterLineAfterLonger_coversItWithSpaces() {
    ConsoleProgress p = new ConsoleProgress(err, true);

    p.replicationDone(1, 1000);
    int first = printed().length();
    p.replicationDone(999, 1000);

    assertThat(printed().length()).isEqualTo(2 * first);
    assertThat(printed().substring(first)).startsWith("\r").doesNotContain("lefteft");
  }

  @Test
  void line_aQuarterDone_estimatesTheRestFromTheMeanSoFar() {
    assertThat(ConsoleProgress.line(120, 480, 300)).isEqualTo(
        "\r  [" + "#".repeat(5) + ".".repeat(15) + "] 120/480 replications, 5 min 00 s, 15 min 00 s left");
    assertThat(ConsoleProgress.line(1, 4, 10)).endsWith("] 1/4 replications, 10.0 s, 30.0 s left");
    assertThat(ConsoleProgress.line(4, 4, 40)).endsWith("] 4/4 replications, 40.0 s");
  }

  @Test
  void line_longestLikely_fitsEightyColumns() {
    assertThat(ConsoleProgress.line(9_999, 10_000, 7199.0)).hasSizeLessThanOrEqualTo(79);
  }

  @Test
  void duration_growsItsUnitWithTheSpan() {
    assertThat(ConsoleProgress.duration(119.94)).isEqualTo("119.9 s");
    assertThat(ConsoleProgress.duration(125)).isEqualTo("2 min 05 s");
    assertThat(ConsoleProgress.duration(7199)).isEqualTo("119 min 59 s");
    assertThat(ConsoleProgress.duration(3 * 3600 + 7 * 60 + 20)).isEqualTo("3 h 07 min");
  }

  @Test
  void forConsole_quiet_neverDraws() {
    ConsoleProgress p = ConsoleProgress.forConsole(err, true);

    p.replicationDone(1, 1);

    assertThat(printed()).isEmpty();
  }
}
