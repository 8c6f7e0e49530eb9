package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkAssemblyTest {
  @Test
  void chunkCount_roundsUpAndSendsAtLeastOne() {
    assertThat(ChunkAssembly.chunkCount(0, 4)).isEqualTo(1);
    assertThat(ChunkAssembly.chunkCount(4, 4)).isEqualTo(1);
    assertThat(ChunkAssembly.chunkCount(5, 4)).isEqualTo(2);
  }

  @Test
  void add_chunksInSequence_reassembleTheResult() {
    byte[] result = TestJobs.run(TestJobs.big(0, 10_001).json());
    ChunkAssembly assembly = new ChunkAssembly();
    int chunks = ChunkAssembly.chunkCount(result.length, 1000);
    for (int seq = 0; seq < chunks; seq++) {
      byte[] chunk = ChunkAssembly.chunk(result, seq, 1000);
      assertThat(chunk.length).isLessThanOrEqualTo(1000);
      assertThat(assembly.add(seq, chunk)).isTrue();
    }
    assertThat(chunks).isEqualTo(11);
    assertThat(assembly.bytes()).isEqualTo(result);
  }

  @Test
  void add_gapOrRepeat_isRefusedAndAppendsNothing() {
    ChunkAssembly assembly = new ChunkAssembly();
    assertThat(assembly.add(0, new byte[] {1, 2})).isTrue();
    assertThat(assembly.add(2, new byte[] {5})).isFalse();
    assertThat(assembly.add(0, new byte[] {1, 2})).isFalse();
    assertThat(assembly.add(1, new byte[] {3})).isTrue();
    assertThat(assembly.bytes()).containsExactly(1, 2, 3);
  }
}
