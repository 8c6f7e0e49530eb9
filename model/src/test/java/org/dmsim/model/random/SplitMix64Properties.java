package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SplitMix64Properties {

  @Test
  void mixIsABijection() {
    // Inverting every step proves that no two inputs share an output (so no two stream seeds collide).
    qt().forAll(values()).checkAssert(x -> assertThat(unmix(SplitMix64.mix(x))).isEqualTo(x));
  }

  @Test
  void foldingDistinctValuesGivesDistinctHashes() {
    qt().forAll(values(), values(), values()).checkAssert((h, a, b) -> {
      if (!a.equals(b)) {
        assertThat(SplitMix64.fold(h, a)).isNotEqualTo(SplitMix64.fold(h, b));
      }
    });
  }

  private static Gen<Long> values() {
    return longs().all().mix(Generate.pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE,
        SplitMix64.GOLDEN_GAMMA, -SplitMix64.GOLDEN_GAMMA)), 20);
  }

  private static long unmix(long z) {
    z = unxorshift(z, 31);
    z *= inverse(0x94D049BB133111EBL);
    z = unxorshift(z, 27);
    z *= inverse(0xBF58476D1CE4E5B9L);
    return unxorshift(z, 30);
  }

  /** Inverts {@code y = x ^ (x >>> shift)}: each pass recovers {@code shift} more high bits. */
  private static long unxorshift(long y, int shift) {
    long x = y;
    for (int recovered = shift; recovered < 64; recovered += shift) {
      x = y ^ (x >>> shift);
    }
    return x;
  }

  /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
  private static long inverse(long odd) {
    long inv = odd;
    for (int i = 0; i < 5; i++) {
      inv *= 2 - odd * inv;
    }
    assertThat(odd * inv).isEqualTo(1L);
    return inv;
  }
}
