package org.dmsim.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.dmsim.model.event.EventGenerators.Probe;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EventQueueProperties {

  @Test
  void popsInKeyOrderWhateverTheInsertionOrder() {
    qt().forAll(EventGenerators.distinctEvents(300), longs().all()).checkAssert((events, shuffleSeed) -> {
      EventQueue queue = new EventQueue();
      for (Event e : EventGenerators.shuffled(events, shuffleSeed)) {
        queue.add(e);
      }
      assertThat(queue.size()).isEqualTo(events.size());
      List<Event> popped = new ArrayList<>();
      Event e;
      while ((e = queue.poll()) != null) {
        popped.add(e);
      }
      assertThat(popped).containsExactlyElementsOf(EventGenerators.sorted(events));
      assertThat(queue.isEmpty()).isTrue();
    });
  }

  @Test
  void popsLikeAPriorityQueueWhenAddsAndPollsInterleaveAsInASimulation() {
    qt().forAll(programs()).checkAssert(program -> {
      EventQueue queue = new EventQueue();
      PriorityQueue<Event> oracle = new PriorityQueue<>(Event::compare);
      TreeSet<Event> keysUsed = new TreeSet<>(Event::compare);
      long lastPopped = 0;
      int ids = 0;
      for (Op op : program) {
        // Asked before every step: the answers must agree, and asking must not change what follows.
        Event head = oracle.peek();
        assertThat(queue.peekTime()).isEqualTo(head == null ? Long.MAX_VALUE : head.timeMs());
        switch (op.kind()) {
          case ADD -> {
            long time = Math.min(Event.MAX_TIME_MS, lastPopped + Math.min(op.deltaMs(), Event.MAX_TIME_MS));
            Event e = new Event(time, op.priority(), op.source(), op.seq(), 0, new Probe(++ids));
            while (!keysUsed.add(e)) {
              e = new Event(time, e.priority(), e.sourceIndex(), e.sourceSeq() + 1, 0, e.message());
            }
            queue.add(e);
            oracle.add(e);
          }
          case ADD_TOO_EARLY -> {
            if (lastPopped > 0) {
              Event early = new Event(lastPopped - Math.min(lastPopped, 1 + op.deltaMs()), op.priority(), op.source(),
                  op.seq(), 0, new Probe(++ids));
              assertThatThrownBy(() -> queue.add(early)).isInstanceOf(IllegalArgumentException.class);
            }
          }
          case POLL -> {
            Event expected = oracle.poll();
            assertThat(queue.poll()).isSameAs(expected);
            if (expected != null) {
              lastPopped = expected.timeMs();
              assertThat(queue.lastPoppedTime()).isEqualTo(lastPopped);
            }
          }
          case PEEK_THEN_POLL -> {
            Event expected = oracle.peek();
            assertThat(queue.peek()).isSameAs(expected);
            assertThat(queue.size()).isEqualTo(oracle.size());
            assertThat(queue.poll()).isSameAs(oracle.poll());
            if (expected != null) {
              lastPopped = expected.timeMs();
            }
          }
          default -> throw new AssertionError(op);
        }
        assertThat(queue.size()).isEqualTo(oracle.size());
        assertThat(queue.isEmpty()).isEqualTo(oracle.isEmpty());
      }
      while (!oracle.isEmpty()) {
        assertThat(queue.poll()).isSameAs(oracle.poll());
      }
      assertThat(queue.poll()).isNull();
    });
  }

  enum Kind { ADD, ADD_TOO_EARLY, POLL, PEEK_THEN_POLL }

  /**
   * One step of a simulation's use of the queue. An added event's time is the last popped time plus
   * {@code deltaMs}, so it is never earlier than the last pop, as in an engine.
   */
  record Op(Kind kind, long deltaMs, int priority, long source, long seq) {}

  private static Gen<List<Op>> programs() {
    Gen<Kind> kinds = Generate.frequency(List.of(
        Pair.of(55, Generate.constant(Kind.ADD)),
        Pair.of(5, Generate.constant(Kind.ADD_TOO_EARLY)),
        Pair.of(30, Generate.constant(Kind.POLL)),
        Pair.of(10, Generate.constant(Kind.PEEK_THEN_POLL))));
    Gen<Op> ops = kinds.zip(deltas(), EventGenerators.priorities(), EventGenerators.sources(),
        EventGenerators.sequences(), Op::new);
    return lists().of(ops).ofSizeBetween(0, 300);
  }

  /** Delays biased to zero (same instant), one, small, powers of two and their neighbours, and huge. */
  private static Gen<Long> deltas() {
    Gen<Long> powers = integers().between(0, 46).zip(Generate.pick(List.of(-1L, 0L, 1L)),
        (bit, offset) -> Math.max(0, (1L << bit) + offset));
    return longs().between(0, Event.MAX_TIME_MS)
        .mix(longs().between(0, 20), 40)
        .mix(powers, 30)
        .mix(Generate.pick(List.of(0L, 0L, 1L)), 40);
  }
}
