package org.dmsim.model.event;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of events for the queue and ordering properties, biased to what breaks event queues:
 * many events at one instant, equal time and priority, one sender, the extreme priorities, times 0
 * and {@link Event#MAX_TIME_MS}, and gaps that cross many radix-heap buckets.
 */
final class EventGenerators {
  /** A payload that identifies its event, so that equal keys with different events would be noticed. */
  record Probe(int id) implements Message {}

  /** The key of an event without its payload. */
  record Key(long timeMs, int priority, long sourceIndex, long sourceSeq) {
    Event toEvent(int id) {
      return new Event(timeMs, priority, sourceIndex, sourceSeq, id % 7, new Probe(id));
    }
  }

  private EventGenerators() {}

  static Gen<Long> times() {
    Gen<Long> edges = Generate.pick(List.of(0L, 1L, 2L, 3L, Event.MAX_TIME_MS, Event.MAX_TIME_MS - 1,
        1L << 46, (1L << 46) - 1, 1L << 32, (1L << 32) - 1, 1L << 20));
    Gen<Long> crowded = Generate.pick(List.of(10L, 11L, 12L, 16L));
    return longs().between(0, Event.MAX_TIME_MS).mix(edges, 30).mix(crowded, 40);
  }

  static Gen<Integer> priorities() {
    Gen<Integer> edges = Generate.pick(List.of(Message.FIRST, Message.FIRST + 1, -1, 0, 0, 1, Message.LAST - 1,
        Message.LAST));
    return integers().between(Message.FIRST, Message.LAST).mix(edges, 70);
  }

  static Gen<Long> sources() {
    Gen<Long> few = Generate.pick(List.of(0L, 1L, 2L, 1L << 32, (1L << 32) + 1, (2L << 32) | 1));
    return longs().between(0, Long.MAX_VALUE).mix(few, 80);
  }

  static Gen<Long> sequences() {
    return longs().between(1, Long.MAX_VALUE).mix(longs().between(1, 4), 80);
  }

  static Gen<Key> keys() {
    return times().zip(priorities(), sources(), sequences(), Key::new);
  }

  /** Events with distinct keys, in generation order, each with a distinct payload. */
  static Gen<List<Event>> distinctEvents(int maxSize) {
    return lists().of(keys()).ofSizeBetween(0, maxSize).map(keys -> {
      TreeSet<Event> seen = new TreeSet<>(Event::compare);
      List<Event> events = new ArrayList<>();
      for (Key k : keys) {
        Event e = k.toEvent(events.size());
        if (seen.add(e)) {
          events.add(e);
        }
      }
      return events;
    });
  }

  /** A copy of {@code events} in an order drawn from {@code seed}. */
  static List<Event> shuffled(List<Event> events, long seed) {
    List<Event> copy = new ArrayList<>(events);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      copy.set(j, copy.set(i, copy.get(j)));
    }
    return copy;
  }

  /** Events sorted by {@link Event#compare}: the order every queue must pop them in. */
  static List<Event> sorted(List<Event> events) {
    List<Event> copy = new ArrayList<>(events);
    copy.sort(Event::compare);
    return copy;
  }
}
