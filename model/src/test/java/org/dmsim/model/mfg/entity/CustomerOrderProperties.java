package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmsim.model.entity.EntityId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Order keys are unique in a run: distinct (region index, sequence number) pairs give distinct keys
 * for region indices and sequence numbers below 2^32, including pairs that differ in one bit or swap
 * their values.
 */
class CustomerOrderProperties {
  private static final long LIMIT = (1L << 32) - 1;

  @Test
  void distinctRegionAndSequencePairsHaveDistinctKeys() {
    qt().forAll(indices(), sequences(), indices(), sequences()).checkAssert((r1, s1, r2, s2) -> {
      if (!r1.equals(r2) || !s1.equals(s2)) {
        assertThat(CustomerOrder.key(region(r1), s1)).isNotEqualTo(CustomerOrder.key(region(r2), s2));
      }
    });
  }

  @Test
  void swappedRegionAndSequenceHaveDistinctKeys() {
    qt().forAll(sequences(), sequences()).checkAssert((a, b) -> {
      if (!a.equals(b)) {
        assertThat(CustomerOrder.key(region(a), b)).isNotEqualTo(CustomerOrder.key(region(b), a));
      }
    });
  }

  @Test
  void oneBitApartHaveDistinctKeys() {
    qt().forAll(indices(), sequences(), longs().between(0, 63)).checkAssert((r, s, bit) -> {
      long flipped = s ^ (1L << (bit % 32));
      if (flipped >= 1) {
        assertThat(CustomerOrder.key(region(r), s)).isNotEqualTo(CustomerOrder.key(region(r), flipped));
      }
      long other = r ^ (1L << (bit % 31));
      assertThat(CustomerOrder.key(region(r), s)).isNotEqualTo(CustomerOrder.key(region(other), s));
    });
  }

  @Test
  void keyOfAnOrderIsTheKeyOfItsRegionAndSequence() {
    qt().forAll(indices(), sequences()).checkAssert((r, s) -> {
      CustomerOrder order = new CustomerOrder(region(r), s, 0, 0, 1, 0, 0);
      assertThat(order.key()).isEqualTo(CustomerOrder.key(region(r), s));
    });
  }

  @Test
  void keysOfManyOrdersOfManyRegionsAreAllDistinct() {
    Set<Long> keys = new HashSet<>();
    int pairs = 0;
    for (long r = 0; r < 64; r++) {
      for (long s = 1; s <= 5_000; s++) {
        keys.add(CustomerOrder.key(region(r), s));
        pairs++;
      }
    }
    assertThat(keys).hasSize(pairs);
  }

  private static EntityId region(long index) {
    return new EntityId(index, "region-" + index);
  }

  /** Static entity indices: small ones, and large ones up to 2^31. */
  private static Gen<Long> indices() {
    return longs().between(0, 200).mix(longs().between(0, Integer.MAX_VALUE), 30)
        .mix(Generate.pick(List.of(0L, 1L, (long) Integer.MAX_VALUE)), 20);
  }

  /** Sequence numbers from 1, biased to small ones and to the edge of 32 bits. */
  private static Gen<Long> sequences() {
    return longs().between(1, 10_000).mix(longs().between(1, LIMIT), 40)
        .mix(Generate.pick(List.of(1L, 2L, LIMIT, LIMIT - 1)), 20);
  }
}
