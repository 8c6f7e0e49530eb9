package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class StreamSeedsProperties {
  private static final int N = 16;

  /** Which stream: an entity and a purpose. */
  record Key(String entity, String purpose) {}

  /** A whole stream address: run seed, replication, entity and purpose. */
  record Address(long seed, int replication, String entity, String purpose) {
    long[] first(int n) {
      return RandomStreamTest.firstLongs(StreamSeeds.stream(seed, replication, entity, purpose), n);
    }
  }

  @Test
  void streamValuesDoNotDependOnCreationOrder() {
    qt().forAll(lists().of(keys()).ofSizeBetween(0, 30), longs().all(), integers().between(0, 3), longs().all())
        .checkAssert((keyList, seed, replication, shuffleSeed) -> {
          List<Key> keys = new ArrayList<>(new LinkedHashSet<>(keyList));

          // In list order, each stream drawn to the end before the next is created.
          Map<Key, long[]> inOrder = new LinkedHashMap<>();
          for (Key k : keys) {
            inOrder.put(k, RandomStreamTest.firstLongs(StreamSeeds.stream(seed, replication, k.entity(), k.purpose()), N));
          }

          // Shuffled, with unrelated streams created and drawn from in between, and draws interleaved.
          List<Key> shuffled = new ArrayList<>(keys);
          SplittableRandom shuffle = new SplittableRandom(shuffleSeed);
          for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            shuffled.set(j, shuffled.set(i, shuffled.get(j)));
          }
          Map<Key, RandomStream> streams = new LinkedHashMap<>();
          for (int i = 0; i < shuffled.size(); i++) {
            RandomStream unrelated = StreamSeeds.stream(seed, replication, "unrelated-" + i, "noise");
            unrelated.nextLong();
            unrelated.nextGaussian();
            Key k = shuffled.get(i);
            streams.put(k, StreamSeeds.stream(seed, replication, k.entity(), k.purpose()));
          }
          Map<Key, long[]> interleaved = new LinkedHashMap<>();
          for (Key k : shuffled) {
            interleaved.put(k, new long[N]);
          }
          for (int draw = 0; draw < N; draw++) {
            for (Key k : shuffled) {
              interleaved.get(k)[draw] = streams.get(k).nextLong();
            }
          }

          for (Key k : keys) {
            assertThat(interleaved.get(k)).as("stream %s", k).containsExactly(inOrder.get(k));
          }
        });
  }

  @Test
  void differentAddressesGiveDifferentStreams() {
    qt().forAll(addresses(), addresses()).checkAssert((a, b) -> {
      if (!a.equals(b)) {
        assertThat(a.first(4)).as("%s vs %s", a, b).doesNotContain(b.first(4));
      }
    });
  }

  @Test
  void changingAnyOneComponentGivesADifferentStream() {
    qt().forAll(addresses(), integers().between(0, 3), names()).checkAssert((a, component, other) -> {
      Address b = switch (component) {
        case 0 -> new Address(a.seed() + 1, a.replication(), a.entity(), a.purpose());
        case 1 -> new Address(a.seed(), a.replication() + 1, a.entity(), a.purpose());
        case 2 -> new Address(a.seed(), a.replication(), a.entity() + other, a.purpose());
        default -> new Address(a.seed(), a.replication(), a.entity(), other + a.purpose());
      };
      if (!a.equals(b)) {
        assertThat(a.first(4)).as("%s vs %s", a, b).doesNotContain(b.first(4));
      }
    });
  }

  private static Gen<Key> keys() {
    // Few entities and purposes, so that lists share entities, share purposes and repeat keys.
    Gen<String> entity = Generate.pick(List.of("plant", "plant/m1", "plant/m2", "region-a", "lp-0000", "", "m1"));
    Gen<String> purpose = Generate.pick(List.of("orders", "processing", "delay", "destination", "", "plant"));
    return entity.zip(purpose, Key::new).mix(names().zip(names(), Key::new), 30);
  }

  private static Gen<Address> addresses() {
    Gen<Long> seeds = longs().all().mix(Generate.pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)), 50);
    Gen<Integer> replications = integers().between(0, 2).mix(integers().between(0, Integer.MAX_VALUE), 20);
    return seeds.zip(replications, names(), names(), Address::new);
  }

  private static Gen<String> names() {
    Gen<String> small = Generate.pick(List.of("", "a", "b", "ab", "ba", "orders", "plant/m1", "é", "e\u0301",
        "abcdefgh", "abcdefghi"));
    Gen<String> any = lists().of(Generate.pick(List.of("a", "b", "/", "-", "0", "é"))).ofSizeBetween(0, 12)
        .map(parts -> String.join("", parts));
    return small.mix(any, 40);
  }
}
