package org.dmsim.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class KeyHeapProperties {

  @Test
  void pollsInKeyOrderWhateverTheInsertionOrder() {
    qt().forAll(EventGenerators.distinctEvents(300), longs().all()).checkAssert((events, shuffleSeed) -> {
      KeyHeap heap = new KeyHeap(1);
      for (Event e : EventGenerators.shuffled(events, shuffleSeed)) {
        heap.add(e);
      }
      assertThat(heap.size()).isEqualTo(events.size());
      List<Event> polled = new ArrayList<>();
      while (heap.size() > 0) {
        assertThat(heap.peek()).isSameAs(heap.peek());
        Event head = heap.peek();
        assertThat(heap.poll()).isSameAs(head);
        polled.add(head);
      }
      assertThat(polled).containsExactlyElementsOf(EventGenerators.sorted(events));
      assertThat(heap.poll()).isNull();
      assertThat(heap.peek()).isNull();
    });
  }

  @Test
  void pollsLikeAPriorityQueueWhenAddsAndPollsInterleave() {
    qt().forAll(EventGenerators.distinctEvents(300), lists().of(Generate.booleans()).ofSize(600))
        .checkAssert((events, polls) -> {
          KeyHeap heap = new KeyHeap(4);
          PriorityQueue<Event> oracle = new PriorityQueue<>(Event::compare);
          int next = 0;
          for (boolean poll : polls) {
            if (poll || next == events.size()) {
              assertThat(heap.poll()).isSameAs(oracle.poll());
            } else {
              heap.add(events.get(next));
              oracle.add(events.get(next++));
            }
            assertThat(heap.size()).isEqualTo(oracle.size());
          }
          while (!oracle.isEmpty()) {
            assertThat(heap.poll()).isSameAs(oracle.poll());
          }
        });
  }
}
