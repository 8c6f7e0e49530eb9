package org.dmsim.model.event;

import java.util.Arrays;

/**
 * The pending events of an engine or node, popped in key order ({@link Event#compare}) whatever
 * the insertion order, because keys are unique. An event earlier than the last popped time is
 * refused: that would be time running backwards.
 *
 * <p>Two representations, chosen by size, because both matter on the hot path:
 * <ul>
 *   <li>Small (a node actor's dozen events): one compact {@link KeyHeap}. Thousands of node actors
 *       each keep their queue in a few cache lines.</li>
 *   <li>Large (the sequential engine's whole run): a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan,
 *       "Faster algorithms for the shortest path problem", JACM 37(2), 1990). An event goes to the
 *       bucket numbered by the highest bit in which its time differs from the last popped time, an
 *       O(1) append; a pop that finds no event at the current time empties the lowest non-empty
 *       bucket into lower ones; events of the current time wait in the {@link KeyHeap}. With
 *       16,384 pending events it is about twice as fast as a comparison heap, whose cost there is
 *       cache misses (docs/performance.md).</li>
 * </ul>
 * The queue switches from small to large once, when it first holds more than
 * {@link #RADIX_THRESHOLD} events.
 */
public final class EventQueue {
  /** Size above which the queue turns into a radix heap. */
  static final int RADIX_THRESHOLD = 256;
  private static final int BUCKETS = 64;

  private final KeyHeap now;
  private Event[][] buckets;
  private int[] counts;
  private long nonEmpty;
  private long last;
  private int size;

  /** An empty queue; {@code initialCapacity} is a hint. */
  public EventQueue(int initialCapacity) {
    now = new KeyHeap(Math.min(Math.max(initialCapacity, 8), RADIX_THRESHOLD));
  }

  /** An empty queue. */
  public EventQueue() {
    this(16);
  }

  /** Number of events held. */
  public int size() {
    return size;
  }

  /** Whether the queue holds no event. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The time of the last popped event (0 before the first pop). */
  public long lastPoppedTime() {
    return last;
  }

  /**
   * Adds an event.
   *
   * @throws IllegalArgumentException if the event is earlier than the last popped event
   */
  public void add(Event e) {
    long t = e.timeMs();
    if (t < last) {
      throw new IllegalArgumentException("event at " + t + " ms is earlier than the last popped time " + last
          + " ms: " + e.describe());
    }
    if (buckets == null) {
      now.add(e);
      if (++size > RADIX_THRESHOLD) {
        becomeRadix();
      }
      return;
    }
    if (t == last) {
      now.add(e);
    } else {
      toBucket(e, t);
    }
    size++;
  }

  /** Removes and returns the earliest event, or {@code null} when empty. */
  public Event poll() {
    if (size == 0) {
      return null;
    }
    if (now.size() == 0) {
      advance();
    }
    size--;
    Event e = now.poll();
    last = e.timeMs();
    return e;
  }

  /**
   * Removes and returns the earliest event if it is earlier than {@code horizonMs}; otherwise returns
   * {@code null} and, like {@link #peekTime()}, leaves the reference time alone so that events from
   * {@code horizonMs} on may still be added. This is how a node ends a time window.
   */
  public Event pollBefore(long horizonMs) {
    if (size == 0) {
      return null;
    }
    if (now.size() == 0) {
      int b = Long.numberOfTrailingZeros(nonEmpty);
      long min = minTime(b);
      if (min >= horizonMs) {
        return null;
      }
      advance(b, min);
    } else if (now.peekTime() >= horizonMs) {
      return null;
    }
    size--;
    Event e = now.poll();
    last = e.timeMs();
    return e;
  }

  /**
   * The earliest event without removing it, or {@code null} when empty. Like {@link #peekTime()} it
   * leaves the reference time alone.
   */
  public Event peek() {
    if (size == 0) {
      return null;
    }
    if (now.size() > 0) {
      return now.peek();
    }
    int b = Long.numberOfTrailingZeros(nonEmpty);
    Event[] bucket = buckets[b];
    Event best = bucket[0];
    for (int i = 1, n = counts[b]; i < n; i++) {
      if (Event.compare(bucket[i], best) < 0) {
        best = bucket[i];
      }
    }
    return best;
  }

  /**
   * The time of the earliest event, or {@link Long#MAX_VALUE} when empty. Unlike {@link #peek()} it
   * does not move the queue's reference time, so events earlier than the answer (but not earlier
   * than the last pop) may still be added afterwards.
   */
  public long peekTime() {
    if (size == 0) {
      return Long.MAX_VALUE;
    }
    if (now.size() > 0) {
      return now.peekTime();
    }
    return minTime(Long.numberOfTrailingZeros(nonEmpty));
  }

  private void becomeRadix() {
    buckets = new Event[BUCKETS][];
    counts = new int[BUCKETS];
    KeyHeap all = new KeyHeap(size);
    now.drainTo(all::add);
    // every held event is at or after `last`; those exactly at `last` go back to the current heap
    while (all.size() > 0) {
      Event e = all.poll();
      if (e.timeMs() == last) {
        now.add(e);
      } else {
        toBucket(e, e.timeMs());
      }
    }
  }

  private void toBucket(Event e, long t) {
    int b = 63 - Long.numberOfLeadingZeros(t ^ last);
    Event[] bucket = buckets[b];
    int c = counts[b];
    if (bucket == null) {
      bucket = new Event[16];
      buckets[b] = bucket;
    } else if (c == bucket.length) {
      bucket = Arrays.copyOf(bucket, c * 2);
      buckets[b] = bucket;
    }
    bucket[c] = e;
    counts[b] = c + 1;
    nonEmpty |= 1L << b;
  }

  private long minTime(int b) {
    Event[] bucket = buckets[b];
    long min = Long.MAX_VALUE;
    for (int i = 0, n = counts[b]; i < n; i++) {
      min = Math.min(min, bucket[i].timeMs());
    }
    return min;
  }

  private void advance() {
    int b = Long.numberOfTrailingZeros(nonEmpty);
    advance(b, minTime(b));
  }

  /** Moves bucket {@code b}'s events down, making {@code min}, its earliest time, the current time. */
  private void advance(int b, long min) {
    Event[] bucket = buckets[b];
    int n = counts[b];
    last = min;
    counts[b] = 0;
    nonEmpty &= ~(1L << b);
    for (int i = 0; i < n; i++) {
      Event e = bucket[i];
      bucket[i] = null;
      long t = e.timeMs();
      if (t == min) {
        now.add(e);
      } else {
        toBucket(e, t);
      }
    }
  }
}
