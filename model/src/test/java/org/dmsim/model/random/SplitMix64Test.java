package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void mix_successiveGammaMultiples_matchTheReferenceSplitMix64Outputs() {
    // The first outputs of splitmix64.c (Vigna) from state 0: next() returns mix(state += GOLDEN_GAMMA).
    assertThat(SplitMix64.mix(SplitMix64.GOLDEN_GAMMA)).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(SplitMix64.mix(2 * SplitMix64.GOLDEN_GAMMA)).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(SplitMix64.mix(3 * SplitMix64.GOLDEN_GAMMA)).isEqualTo(0x06C45D188009454FL);
    assertThat(SplitMix64.mix(4 * SplitMix64.GOLDEN_GAMMA)).isEqualTo(0xF88BB8A8724C81ECL);
  }

  @Test
  void mix_zero_isZero() {
    assertThat(SplitMix64.mix(0)).isZero();
  }

  @Test
  void fold_value_isMixOfHashPlusGammaPlusValue() {
    assertThat(SplitMix64.fold(7, 11)).isEqualTo(SplitMix64.mix(7 + SplitMix64.GOLDEN_GAMMA + 11));
  }

  @Test
  void fold_twoValues_dependsOnTheirOrder() {
    long h = 12345;
    assertThat(SplitMix64.fold(SplitMix64.fold(h, 1), 2)).isNotEqualTo(SplitMix64.fold(SplitMix64.fold(h, 2), 1));
  }

  @Test
  void fold_text_foldsItsLengthThenBigEndianEightByteWords() {
    long h = 99;
    byte[] nine = "abcdefghi".getBytes(StandardCharsets.US_ASCII);
    long firstWord = 0;
    for (int i = 0; i < 8; i++) {
      firstWord = (firstWord << 8) | nine[i];
    }
    long expected = SplitMix64.fold(SplitMix64.fold(SplitMix64.fold(h, 9), firstWord), 'i');
    assertThat(SplitMix64.fold(h, "abcdefghi")).isEqualTo(expected);
    assertThat(SplitMix64.fold(h, "abcdefgh")).isEqualTo(SplitMix64.fold(SplitMix64.fold(h, 8), firstWord));
  }

  @Test
  void fold_emptyText_foldsItsZeroLength() {
    assertThat(SplitMix64.fold(5, "")).isEqualTo(SplitMix64.fold(5, 0L)).isNotEqualTo(5);
  }

  @Test
  void fold_text_usesUtf8Bytes() {
    // 'é' is C3 A9 in UTF-8; ISO-8859-1 would give the single byte E9.
    assertThat(SplitMix64.fold(0, "é")).isEqualTo(SplitMix64.fold(SplitMix64.fold(0, 2), 0xC3A9L));
  }

  @Test
  void fold_textsThatPackIntoTheSameWord_differByTheirLength() {
    // "\0a" and "a" both pack to the word 0x61; the folded length tells them apart.
    assertThat(SplitMix64.fold(0, "\0a")).isNotEqualTo(SplitMix64.fold(0, "a"));
    assertThat(SplitMix64.fold(0, "\0")).isNotEqualTo(SplitMix64.fold(0, ""));
  }
}
