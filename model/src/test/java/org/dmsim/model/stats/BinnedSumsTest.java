package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BinnedSumsTest {

  @Test
  void nothingAdded_isEmpty() {
    BinnedSums b = new BinnedSums();
    assertThat(b.sums()).isEmpty();
    assertThat(b.records()).isZero();
  }

  @Test
  void add_sumsPerBinUpToTheLastBinUsed() {
    BinnedSums b = new BinnedSums();
    b.add(2, 1.5);
    b.add(0, 1);
    b.add(2, 2.5);
    assertThat(b.sums()).containsExactly(1, 0, 4);
    assertThat(b.records()).isEqualTo(3);
  }

  @Test
  void add_zeroAmount_countsAsARecordAndExtendsTheBins() {
    BinnedSums b = new BinnedSums();
    b.add(3, 0);
    assertThat(b.sums()).containsExactly(0, 0, 0, 0);
    assertThat(b.records()).isEqualTo(1);
  }

  @Test
  void add_farBin_growsTheBins() {
    BinnedSums b = new BinnedSums();
    b.add(1_000, 7);
    b.add(5, 1);
    double[] sums = b.sums();
    assertThat(sums).hasSize(1_001);
    assertThat(sums[1_000]).isEqualTo(7);
    assertThat(sums[5]).isEqualTo(1);
  }

  @Test
  void sums_isACopy() {
    BinnedSums b = new BinnedSums();
    b.add(0, 1);
    b.sums()[0] = 99;
    assertThat(b.sums()).containsExactly(1);
  }

  @Test
  void merge_addsBinByBinAndRecords() {
    BinnedSums b = new BinnedSums();
    b.add(0, 1);
    b.add(1, 2);
    b.merge(new double[] {10, 20, 30}, 5);
    assertThat(b.sums()).containsExactly(11, 22, 30);
    assertThat(b.records()).isEqualTo(7);
  }

  @Test
  void merge_shorterSums_leavesTheRestAlone() {
    BinnedSums b = new BinnedSums();
    b.add(3, 4);
    b.merge(new double[] {1}, 1);
    assertThat(b.sums()).containsExactly(1, 0, 0, 4);
  }

  @Test
  void merge_longerThanTheCapacity_growsTheBins() {
    BinnedSums b = new BinnedSums();
    double[] other = new double[40];
    other[39] = 3;
    other[12] = 1;
    b.merge(other, 2);
    b.add(39, 1);
    double[] sums = b.sums();
    assertThat(sums).hasSize(40);
    assertThat(sums[39]).isEqualTo(4);
    assertThat(sums[12]).isEqualTo(1);
  }

  @Test
  void merge_trailingZeros_extendTheLengthWithZeros() {
    BinnedSums b = new BinnedSums();
    b.merge(new double[20], 0);
    assertThat(b.sums()).hasSize(20).containsOnly(0);
    b.add(15, 2);
    b.merge(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5}, 1);
    double[] sums = b.sums();
    assertThat(sums).hasSize(23);
    assertThat(sums[15]).isEqualTo(2);
    assertThat(sums[22]).isEqualTo(5);
    assertThat(b.records()).isEqualTo(2);
  }

  @Test
  void merge_nothing_changesNothing() {
    BinnedSums b = new BinnedSums();
    b.add(1, 1);
    b.merge(new double[0], 0);
    assertThat(b.sums()).containsExactly(0, 1);
    assertThat(b.records()).isEqualTo(1);
  }
}
