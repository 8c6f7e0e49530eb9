package org.dmsim.model.event;

import java.util.Arrays;

/**
 * A binary min-heap of events in key order ({@link Event#compare}). Pops follow the key whatever the
 * insertion order, because keys are unique. Array-backed and allocation-free apart from growth: it
 * sits on the hot path of every engine.
 */
public final class EventQueue {
  private Event[] heap;
  private int size;

  /** An empty queue with room for {@code initialCapacity} events before it grows. */
  public EventQueue(int initialCapacity) {
    heap = new Event[Math.max(4, initialCapacity)];
  }

  /** An empty queue. */
  public EventQueue() {
    this(64);
  }

  /** Number of events held. */
  public int size() {
    return size;
  }

  /** Whether the queue holds no event. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The earliest event, or {@code null} when empty. */
  public Event peek() {
    return size == 0 ? null : heap[0];
  }

  /** The time of the earliest event, or {@link Long#MAX_VALUE} when empty. */
  public long peekTime() {
    return size == 0 ? Long.MAX_VALUE : heap[0].timeMs();
  }

  /** Adds an event. */
  public void add(Event e) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Event p = heap[parent];
      if (Event.compare(e, p) >= 0) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = e;
  }

  /** Removes and returns the earliest event, or {@code null} when empty. */
  public Event poll() {
    if (size == 0) {
      return null;
    }
    Event first = heap[0];
    Event last = heap[--size];
    heap[size] = null;
    if (size > 0) {
      siftDown(last);
    }
    return first;
  }

  private void siftDown(Event e) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      Event c = heap[child];
      int right = child + 1;
      if (right < size && Event.compare(heap[right], c) < 0) {
        child = right;
        c = heap[child];
      }
      if (Event.compare(e, c) <= 0) {
        break;
      }
      heap[i] = c;
      i = child;
    }
    heap[i] = e;
  }
}
