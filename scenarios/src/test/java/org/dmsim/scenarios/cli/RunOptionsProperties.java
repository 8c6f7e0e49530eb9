package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** {@code dmsim run}'s options through the real command tree, built once: picocli resets it on every parse. */
class RunOptionsProperties {
  private static final CommandLine TREE =
      Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

  private static ParseResult run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return TREE.parseArgs(all).subcommand();
  }

  @Test
  void threadsReadBackInEitherSpelling() {
    qt().forAll(integers().between(1, WholeNumberOption.MAX_THREADS)).checkAssert(n -> {
      assertThat(run("a.yaml", "--threads", String.valueOf(n)).commandSpec().findOption("--threads").<Integer>getValue())
          .isEqualTo(n);
      assertThat(run("a.yaml", "--threads=" + n).commandSpec().findOption("--threads").<Integer>getValue())
          .isEqualTo(n);
    });
  }

  @Test
  void threadsAboveTheCeiling_areRefusedBeforeAnyWork() {
    qt().forAll(integers().between(WholeNumberOption.MAX_THREADS + 1, Integer.MAX_VALUE)).checkAssert(n ->
        assertThatThrownBy(() -> run("a.yaml", "--threads", String.valueOf(n)))
            .hasMessageContaining("a whole number from 1 to " + WholeNumberOption.MAX_THREADS));
  }

  @Test
  void anySeedReadsBackEvenANegativeOneAfterASpace() {
    qt().forAll(longs().all()).checkAssert(seed ->
        assertThat(run("--seed", Long.toString(seed), "a.yaml").commandSpec().findOption("--seed").<Long>getValue())
            .isEqualTo(seed));
  }

  @Test
  void theFileIsFoundWhereverTheOptionsSit() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6), integers().between(0, 3)).checkAssert(
        (word, position) -> {
          String file = "f" + word.replace(' ', '_') + ".yaml";
          String[] options = {"--seed", "-1", "--quiet", "--engine", "sequential"};
          int at = new int[] {0, 2, 3, 5}[position];
          String[] args = new String[options.length + 1];
          System.arraycopy(options, 0, args, 0, at);
          args[at] = file;
          System.arraycopy(options, at, args, at + 1, options.length - at);

          ParseResult r = run(args);

          assertThat(r.commandSpec().positionalParameters().get(0).<Path>getValue()).isEqualTo(Path.of(file));
          assertThat(r.commandSpec().findOption("--seed").<Long>getValue()).isEqualTo(-1L);
        });
  }
}
