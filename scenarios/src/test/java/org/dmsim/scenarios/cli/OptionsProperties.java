package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsProperties {
  private static final Set<String> VALUED = Set.of("threads", "seed");

  @Test
  void wholeNumbersAtLeastMinReadBackInEitherSpelling() {
    qt().forAll(integers().between(-3, 3), integers().between(0, Integer.MAX_VALUE - 3)).checkAssert((min, above) -> {
      int n = min + above;
      Options spaced = Options.parse("run", new String[] {"--threads", String.valueOf(n)}, VALUED, Set.of());
      Options inline = Options.parse("run", new String[] {"--threads=" + n}, VALUED, Set.of());

      assertThat(spaced.integer("threads", Integer.MIN_VALUE, min)).isEqualTo(n);
      assertThat(inline.integer("threads", Integer.MIN_VALUE, min)).isEqualTo(n);
    });
  }

  @Test
  void wholeNumbersBelowMinAreRejectedNamingOptionAndValue() {
    qt().forAll(integers().between(-3, 3), integers().between(1, Integer.MAX_VALUE - 3)).checkAssert((min, below) -> {
      int n = min - below;
      Options o = Options.parse("run", new String[] {"--threads", String.valueOf(n)}, VALUED, Set.of());

      assertThatThrownBy(() -> o.integer("threads", 1, min))
          .isInstanceOf(UsageException.class)
          .hasMessage("run: --threads expects a whole number of at least " + min + ", got '" + n + "'");
    });
  }

  @Test
  void anySeedReadsBack() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Options o = Options.parse("run", new String[] {"--seed", Long.toString(seed)}, VALUED, Set.of());

      assertThat(o.longValue("seed", 0)).isEqualTo(seed);
    });
  }

  @Test
  void positionalsKeepTheirOrderWhateverOptionsSitBetweenThem() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 5))
        .checkAssert(words -> {
          List<String> positional = words.stream().map(w -> "p" + w).toList();
          List<String> args = new ArrayList<>();
          for (String p : positional) {
            args.add("--seed");
            args.add("-1");
            args.add(p);
          }

          Options o = Options.parse("run", args.toArray(String[]::new), VALUED, Set.of());

          assertThat(o.positional()).containsExactlyElementsOf(positional);
        });
  }
}
