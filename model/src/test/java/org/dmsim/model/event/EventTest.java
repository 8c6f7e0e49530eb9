package org.dmsim.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.model.entity.Start;
import org.dmsim.model.event.EventGenerators.Probe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTest {
  private static final Message M = new Probe(0);

  @Test
  void maxTime_isTwoToThe47MinusOne() {
    assertThat(Event.MAX_TIME_MS).isEqualTo(140_737_488_355_327L);
  }

  @Test
  void constructor_boundaryTimesAndPriorities_areAccepted() {
    assertThat(new Event(0, Message.FIRST, 0, 0, 0, M).timeMs()).isZero();
    assertThat(new Event(Event.MAX_TIME_MS, Message.LAST, 0, 0, 0, M).timeMs()).isEqualTo(Event.MAX_TIME_MS);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE, Event.MAX_TIME_MS + 1, Long.MAX_VALUE})
  void constructor_timeOutOfRange_throws(long timeMs) {
    assertThatThrownBy(() -> new Event(timeMs, 0, 0, 1, 0, M)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(timeMs));
  }

  @ParameterizedTest
  @ValueSource(ints = {Message.FIRST - 1, Message.LAST + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void constructor_priorityOutOfRange_throws(int priority) {
    assertThatThrownBy(() -> new Event(0, priority, 0, 1, 0, M)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(priority));
  }

  @Test
  void constructor_nullMessage_throws() {
    assertThatNullPointerException().isThrownBy(() -> new Event(0, 0, 0, 1, 0, null)).withMessage("message");
  }

  @Test
  void compare_earlierTime_isFirstWhateverTheOtherFields() {
    Event early = new Event(5, Message.LAST, 9, 9, 0, M);
    Event late = new Event(6, Message.FIRST, 0, 0, 0, M);
    assertThat(Event.compare(early, late)).isNegative();
    assertThat(Event.compare(late, early)).isPositive();
  }

  @Test
  void compare_sameTime_lowerPriorityFirst() {
    Event first = new Event(5, Message.FIRST, 9, 9, 0, M);
    Event last = new Event(5, Message.LAST, 0, 0, 0, M);
    assertThat(Event.compare(first, last)).isNegative();
    assertThat(Event.compare(last, first)).isPositive();
  }

  @Test
  void compare_sameTimeAndPriority_lowerSourceFirst() {
    Event a = new Event(5, 0, 1, 9, 0, M);
    Event b = new Event(5, 0, 2, 1, 0, M);
    assertThat(Event.compare(a, b)).isNegative();
    assertThat(Event.compare(b, a)).isPositive();
  }

  @Test
  void compare_sameSource_lowerSequenceFirst() {
    Event a = new Event(5, 0, 1, 1, 0, M);
    Event b = new Event(5, 0, 1, 2, 0, M);
    assertThat(Event.compare(a, b)).isNegative();
    assertThat(Event.compare(b, a)).isPositive();
  }

  @Test
  void compare_largeSourceIndicesOfSpawnedEntities_compareAsNumbers() {
    Event spawned = new Event(5, 0, (3L << 32) | 1, 1, 0, M);
    Event staticEntity = new Event(5, 0, Integer.MAX_VALUE, 1, 0, M);
    assertThat(Event.compare(staticEntity, spawned)).isNegative();
  }

  @Test
  void compare_equalKeys_isZeroWhateverTargetAndPayload() {
    Event a = new Event(5, 3, 1, 1, 10, new Probe(1));
    Event b = new Event(5, 3, 1, 1, 20, new Probe(2));
    assertThat(Event.compare(a, b)).isZero();
    assertThat(Event.compare(a, a)).isZero();
  }

  @Test
  void describe_namesTheKeyTargetAndPayloadType() {
    Event e = new Event(1500, -2, 3, 4, 5, new Probe(9));
    assertThat(e.describe()).contains("t=1500ms", "priority=-2", "#3", "seq 4", "#5", "Probe");
  }

  @Test
  void message_defaultPriority_isZeroAndStartIsFirst() {
    assertThat(M.priority()).isZero();
    assertThat(Start.INSTANCE.priority()).isEqualTo(Message.FIRST);
    assertThat(Message.FIRST).isEqualTo(Short.MIN_VALUE);
    assertThat(Message.LAST).isEqualTo(Short.MAX_VALUE);
  }
}
