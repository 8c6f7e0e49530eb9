package org.dmsim.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class EventProperties {
  /** The documented key order, written independently of {@link Event#compare}. */
  private static final Comparator<Event> KEY_ORDER = Comparator.comparingLong(Event::timeMs)
      .thenComparingInt(Event::priority)
      .thenComparingLong(Event::sourceIndex)
      .thenComparingLong(Event::sourceSeq);

  @Test
  void compareIsTheLexicographicOrderOfTimePrioritySourceAndSequence() {
    qt().forAll(EventGenerators.keys(), EventGenerators.keys()).checkAssert((ka, kb) -> {
      Event a = ka.toEvent(1);
      Event b = kb.toEvent(2);
      assertThat(Integer.signum(Event.compare(a, b))).as("%s vs %s", a, b)
          .isEqualTo(Integer.signum(KEY_ORDER.compare(a, b)));
    });
  }

  @Test
  void compareIsAntisymmetric() {
    qt().forAll(EventGenerators.keys(), EventGenerators.keys()).checkAssert((ka, kb) -> {
      Event a = ka.toEvent(1);
      Event b = kb.toEvent(2);
      assertThat(Integer.signum(Event.compare(a, b))).isEqualTo(-Integer.signum(Event.compare(b, a)));
    });
  }
}
