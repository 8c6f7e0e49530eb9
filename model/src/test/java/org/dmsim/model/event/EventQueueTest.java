package org.dmsim.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.event.EventGenerators.Probe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventQueueTest {
  private int ids;

  private Event at(long timeMs) {
    return at(timeMs, 0, 0);
  }

  private Event at(long timeMs, int priority, long source) {
    int id = ++ids;
    return new Event(timeMs, priority, source, id, 0, new Probe(id));
  }

  @Test
  void emptyQueue_hasNothingToPeekOrPoll() {
    EventQueue queue = new EventQueue();
    assertThat(queue.size()).isZero();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.peek()).isNull();
    assertThat(queue.poll()).isNull();
    assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
    assertThat(queue.lastPoppedTime()).isZero();
  }

  @Test
  void drainedQueue_isEmptyAgainAndKeepsItsLastPoppedTime() {
    EventQueue queue = new EventQueue();
    queue.add(at(7));
    queue.poll();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.poll()).isNull();
    assertThat(queue.peek()).isNull();
    assertThat(queue.peekTime()).isEqualTo(Long.MAX_VALUE);
    assertThat(queue.lastPoppedTime()).isEqualTo(7);
  }

  @Test
  void sizeAndIsEmpty_countAddsAndPolls() {
    EventQueue queue = new EventQueue();
    queue.add(at(3));
    queue.add(at(3));
    queue.add(at(9));
    assertThat(queue.size()).isEqualTo(3);
    assertThat(queue.isEmpty()).isFalse();
    queue.poll();
    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void peek_returnsWhatPollReturnsWithoutRemovingIt() {
    EventQueue queue = new EventQueue();
    Event late = at(20);
    Event early = at(10);
    queue.add(late);
    queue.add(early);
    assertThat(queue.peek()).isSameAs(early);
    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.poll()).isSameAs(early);
    assertThat(queue.peek()).isSameAs(late);
    assertThat(queue.poll()).isSameAs(late);
  }

  @Test
  void add_earlierThanTheLastPoppedTime_throwsAndLeavesTheQueueUnchanged() {
    EventQueue queue = new EventQueue();
    queue.add(at(100));
    queue.add(at(200));
    queue.poll();
    Event tooEarly = at(99);
    assertThatThrownBy(() -> queue.add(tooEarly)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99 ms").hasMessageContaining("100 ms").hasMessageContaining(tooEarly.describe());
    assertThat(queue.size()).isEqualTo(1);
    assertThat(queue.poll().timeMs()).isEqualTo(200);
  }

  @Test
  void add_atTheLastPoppedTime_popsBeforeLaterEvents() {
    EventQueue queue = new EventQueue();
    queue.add(at(5));
    queue.add(at(50));
    assertThat(queue.poll().timeMs()).isEqualTo(5);
    Event again = at(5);
    queue.add(again);
    assertThat(queue.peekTime()).isEqualTo(5);
    assertThat(queue.poll()).isSameAs(again);
    assertThat(queue.poll().timeMs()).isEqualTo(50);
  }

  @Test
  void peekTime_doesNotMoveTheReferenceTime() {
    EventQueue queue = new EventQueue();
    queue.add(at(10));
    assertThat(queue.poll().timeMs()).isEqualTo(10);
    Event far = at(1_000);
    queue.add(far);
    assertThat(queue.peekTime()).isEqualTo(1_000);
    Event between = at(500);
    Event atLastPop = at(10);
    queue.add(between);
    queue.add(atLastPop);
    assertThat(queue.peekTime()).isEqualTo(10);
    assertThat(queue.lastPoppedTime()).isEqualTo(10);
    assertThat(queue.poll()).isSameAs(atLastPop);
    assertThat(queue.poll()).isSameAs(between);
    assertThat(queue.poll()).isSameAs(far);
  }

  @Test
  void peekTime_beforeTheFirstPoll_allowsAnyTimeFromZero() {
    EventQueue queue = new EventQueue();
    queue.add(at(Event.MAX_TIME_MS));
    assertThat(queue.peekTime()).isEqualTo(Event.MAX_TIME_MS);
    Event zero = at(0);
    queue.add(zero);
    assertThat(queue.peekTime()).isZero();
    assertThat(queue.poll()).isSameAs(zero);
    assertThat(queue.poll().timeMs()).isEqualTo(Event.MAX_TIME_MS);
  }

  @Test
  void poll_sameInstant_popsByPriorityThenSourceThenSequence() {
    EventQueue queue = new EventQueue();
    Event d = new Event(8, Message.LAST, 0, 1, 0, new Probe(4));
    Event c = new Event(8, 0, 2, 1, 0, new Probe(3));
    Event b = new Event(8, 0, 1, 2, 0, new Probe(2));
    Event a = new Event(8, 0, 1, 1, 0, new Probe(1));
    Event start = new Event(8, Message.FIRST, 9, 9, 0, new Probe(0));
    for (Event e : List.of(d, c, b, a, start)) {
      queue.add(e);
    }
    assertThat(drain(queue)).containsExactly(start, a, b, c, d);
  }

  @Test
  void poll_extremeTimes_popInTimeOrder() {
    EventQueue queue = new EventQueue();
    Event max = at(Event.MAX_TIME_MS);
    Event beforeMax = at(Event.MAX_TIME_MS - 1);
    Event zero = at(0);
    Event one = at(1);
    Event bit46 = at(1L << 46);
    for (Event e : List.of(max, bit46, one, beforeMax, zero)) {
      queue.add(e);
    }
    assertThat(drain(queue)).containsExactly(zero, one, bit46, beforeMax, max);
  }

  @Test
  void poll_manyEventsAtOneInstantInReverseOrder_popInKeyOrder() {
    EventQueue queue = new EventQueue();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      events.add(new Event(42, (i % 5) - 2, i % 3, i, 0, new Probe(i)));
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      queue.add(events.get(i));
    }
    assertThat(drain(queue)).containsExactlyElementsOf(EventGenerators.sorted(events));
  }

  @Test
  void poll_manyEventsInOneBucket_growTheBucketAndPopInOrder() {
    // Times 2^20 .. 2^20 + 49,999 all differ from 0 first in bit 20: one bucket, far beyond its capacity.
    EventQueue queue = new EventQueue(4);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      events.add(at((1L << 20) + (i * 7919L) % 50_000));
    }
    events.forEach(queue::add);
    assertThat(drain(queue)).containsExactlyElementsOf(EventGenerators.sorted(events));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 1 << 20, Integer.MAX_VALUE})
  void constructor_anyCapacityHint_givesAWorkingQueue(int capacity) {
    EventQueue queue = new EventQueue(capacity);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      events.add(at((i * 37L) % 13));
    }
    events.forEach(queue::add);
    assertThat(drain(queue)).containsExactlyElementsOf(EventGenerators.sorted(events));
  }

  @Test
  void peek_inRadixMode_doesNotMoveTheReferenceTime() {
    EventQueue queue = new EventQueue();
    for (int i = 0; i <= EventQueue.RADIX_THRESHOLD; i++) {
      queue.add(at(1_000 + i));
    }
    queue.add(at(0));
    assertThat(queue.poll().timeMs()).isZero();
    Event head = queue.peek();
    assertThat(head.timeMs()).isEqualTo(1_000);
    Event earlier = at(500);
    queue.add(earlier);
    assertThat(queue.poll()).isSameAs(earlier);
    assertThat(queue.poll()).isSameAs(head);
  }

  private static List<Event> drain(EventQueue queue) {
    List<Event> out = new ArrayList<>();
    Event e;
    while ((e = queue.poll()) != null) {
      out.add(e);
    }
    assertThat(queue.isEmpty()).isTrue();
    return out;
  }
}
