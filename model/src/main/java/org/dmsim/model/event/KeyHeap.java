package org.dmsim.model.event;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events by full key, with the key interleaved in one {@code long[]}
 * ({@code time << 16 | priority}, source, sequence) so that comparisons never follow a pointer.
 * Pops are bottom-up (Floyd). Used by {@link EventQueue} for the events of the current instant.
 */
final class KeyHeap {
  private static final int STRIDE = 3;
  private Event[] events;
  private long[] keys;
  private int size;

  KeyHeap(int initialCapacity) {
    int capacity = Math.max(4, initialCapacity);
    events = new Event[capacity];
    keys = new long[capacity * STRIDE];
  }

  int size() {
    return size;
  }

  /** The earliest time held; only when not empty. */
  long peekTime() {
    return events[0].timeMs();
  }

  /** Removes every event, in no particular order, into {@code sink}. */
  void drainTo(java.util.function.Consumer<Event> sink) {
    for (int i = 0; i < size; i++) {
      Event e = events[i];
      events[i] = null;
      sink.accept(e);
    }
    size = 0;
  }

  Event peek() {
    return size == 0 ? null : events[0];
  }

  void add(Event e) {
    if (size == events.length) {
      events = Arrays.copyOf(events, size * 2);
      keys = Arrays.copyOf(keys, size * 2 * STRIDE);
    }
    siftUp(size++, e, primary(e), e.sourceIndex(), e.sourceSeq());
  }

  Event poll() {
    if (size == 0) {
      return null;
    }
    Event first = events[0];
    int n = --size;
    long[] k = keys;
    int i = 0;
    while (true) {
      int child = 4 * i + 1;
      if (child >= n) {
        break;
      }
      int best = child;
      int stop = Math.min(child + 4, n);
      for (int c = child + 1; c < stop; c++) {
        int cb = c * STRIDE;
        int bb = best * STRIDE;
        long a = k[cb];
        long b = k[bb];
        if (a < b || (a == b && (k[cb + 1] < k[bb + 1] || (k[cb + 1] == k[bb + 1] && k[cb + 2] < k[bb + 2])))) {
          best = c;
        }
      }
      move(best, i);
      i = best;
    }
    if (i != n) {
      int nb = n * STRIDE;
      siftUp(i, events[n], k[nb], k[nb + 1], k[nb + 2]);
    }
    events[n] = null;
    return first;
  }

  private void siftUp(int i, Event e, long k0, long k1, long k2) {
    long[] k = keys;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int pb = parent * STRIDE;
      long p0 = k[pb];
      if (p0 < k0 || (p0 == k0 && (k[pb + 1] < k1 || (k[pb + 1] == k1 && k[pb + 2] < k2)))) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    events[i] = e;
    int b = i * STRIDE;
    k[b] = k0;
    k[b + 1] = k1;
    k[b + 2] = k2;
  }

  private void move(int from, int to) {
    events[to] = events[from];
    int f = from * STRIDE;
    int t = to * STRIDE;
    keys[t] = keys[f];
    keys[t + 1] = keys[f + 1];
    keys[t + 2] = keys[f + 2];
  }

  /** Time and priority in one word; {@link Event} guarantees both fit. */
  private static long primary(Event e) {
    return (e.timeMs() << 16) | (e.priority() - Message.FIRST);
  }
}
