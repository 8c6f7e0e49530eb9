package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.random.RandomStreamTest.firstLongs;

import org.junit.jupiter.api.Test;

class StreamSeedsTest {

  @Test
  void stream_isARandomStreamSeededWithSeedFor() {
    RandomStream stream = StreamSeeds.stream(7, 2, "plant-frankfurt/m1", "processing");
    RandomStream expected = new RandomStream(StreamSeeds.seedFor(7, 2, "plant-frankfurt/m1", "processing"));
    assertThat(firstLongs(stream, 8)).containsExactly(firstLongs(expected, 8));
  }

  @Test
  void seedFor_isTheDocumentedFoldOfRunSeedReplicationEntityAndPurpose() {
    long h = SplitMix64.fold(0x646D73696DL, 7L); // "dmsim" in ASCII
    h = SplitMix64.fold(h, 2);
    h = SplitMix64.fold(h, "plant-frankfurt/m1");
    assertThat(StreamSeeds.seedFor(7, 2, "plant-frankfurt/m1", "processing"))
        .isEqualTo(SplitMix64.fold(h, "processing"));
  }

  @Test
  void seedFor_sameArguments_sameSeed() {
    assertThat(StreamSeeds.seedFor(1, 0, "region-paris", "orders"))
        .isEqualTo(StreamSeeds.seedFor(1, 0, "region-paris", "orders"));
  }

  @Test
  void seedFor_stringsSplitDifferently_differ() {
    // Each string's length is folded in, so moving characters across the boundary changes the seed.
    assertThat(StreamSeeds.seedFor(1, 0, "ab", "c")).isNotEqualTo(StreamSeeds.seedFor(1, 0, "a", "bc"));
    assertThat(StreamSeeds.seedFor(1, 0, "a", "")).isNotEqualTo(StreamSeeds.seedFor(1, 0, "", "a"));
    assertThat(StreamSeeds.seedFor(1, 0, "abcdefgh", "i")).isNotEqualTo(StreamSeeds.seedFor(1, 0, "abcdefghi", ""));
  }

  @Test
  void seedFor_entityAndPurposeSwapped_differ() {
    assertThat(StreamSeeds.seedFor(1, 0, "orders", "region-paris"))
        .isNotEqualTo(StreamSeeds.seedFor(1, 0, "region-paris", "orders"));
  }

  @Test
  void seedFor_runSeedAndReplicationSwapped_differ() {
    assertThat(StreamSeeds.seedFor(1, 0, "e", "p")).isNotEqualTo(StreamSeeds.seedFor(0, 1, "e", "p"));
  }

  @Test
  void seedFor_neighbouringReplicationsAndSeeds_differ() {
    long base = StreamSeeds.seedFor(0, 0, "e", "p");
    assertThat(StreamSeeds.seedFor(0, 1, "e", "p")).isNotEqualTo(base);
    assertThat(StreamSeeds.seedFor(1, 0, "e", "p")).isNotEqualTo(base);
    assertThat(StreamSeeds.seedFor(-1, 0, "e", "p")).isNotEqualTo(base);
    assertThat(StreamSeeds.seedFor(0, -1, "e", "p")).isNotEqualTo(base);
  }
}
