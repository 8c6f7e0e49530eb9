package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RandomStreamProperties {
  private static final int DRAWS = 256;

  @Test
  void nextIntStaysWithinItsBound() {
    qt().forAll(seeds(), bounds()).checkAssert((seed, n) -> {
      RandomStream stream = new RandomStream(seed);
      for (int i = 0; i < DRAWS; i++) {
        assertThat(stream.nextInt(n)).as("nextInt(%d)", n).isGreaterThanOrEqualTo(0).isLessThan(n);
      }
    });
  }

  @Test
  void nextDoubleStaysInTheUnitIntervalClosedAtZero() {
    qt().forAll(seeds()).checkAssert(seed -> {
      RandomStream stream = new RandomStream(seed);
      for (int i = 0; i < DRAWS; i++) {
        assertThat(stream.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      }
    });
  }

  @Test
  void nextOpenDoubleStaysInTheUnitIntervalClosedAtOne() {
    qt().forAll(seeds()).checkAssert(seed -> {
      RandomStream stream = new RandomStream(seed);
      for (int i = 0; i < DRAWS; i++) {
        assertThat(stream.nextOpenDouble()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
      }
    });
  }

  @Test
  void nextExponentialIsFiniteAndNotNegative() {
    qt().forAll(seeds(), Generate.pick(List.of(0.0, 1.0, 1e-3, 86_400_000.0))).checkAssert((seed, mean) -> {
      RandomStream stream = new RandomStream(seed);
      for (int i = 0; i < DRAWS; i++) {
        assertThat(stream.nextExponential(mean)).isFinite().isGreaterThanOrEqualTo(0.0);
      }
    });
  }

  @Test
  void sameSeedGivesTheSameSequence() {
    qt().forAll(seeds(), bounds()).checkAssert((seed, n) -> {
      RandomStream a = new RandomStream(seed);
      RandomStream b = new RandomStream(seed);
      for (int i = 0; i < 32; i++) {
        assertThat(a.nextInt(n)).isEqualTo(b.nextInt(n));
        assertThat(a.nextGaussian()).isEqualTo(b.nextGaussian());
        assertThat(a.nextExponential(1.0)).isEqualTo(b.nextExponential(1.0));
      }
    });
  }

  private static Gen<Long> seeds() {
    return longs().all().mix(Generate.pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)), 20);
  }

  /** Bounds biased to the edges of Lemire's reduction: 1, 2, powers of two and their neighbours, 2^31 - 1. */
  private static Gen<Integer> bounds() {
    Gen<Integer> edges = Generate.pick(List.of(1, 2, 3, 7, 1 << 30, (1 << 30) + 1, (1 << 30) - 1, 3 << 29,
        Integer.MAX_VALUE, Integer.MAX_VALUE - 1));
    return integers().between(1, Integer.MAX_VALUE).mix(integers().between(1, 100), 30).mix(edges, 40);
  }
}
