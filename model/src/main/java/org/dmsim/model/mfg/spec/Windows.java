package org.dmsim.model.mfg.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Closed time windows {@code [from, to)}, sorted and merged: when a node, a lane or a supplier is out.
 * Immutable.
 */
public final class Windows {
  /** No windows. */
  public static final Windows NONE = new Windows(new long[0], new long[0]);

  private final long[] from;
  private final long[] to;

  private Windows(long[] from, long[] to) {
    this.from = from;
    this.to = to;
  }

  /** The union of {@code windows}, each {@code {from, to}}; empty ones are dropped. */
  public static Windows of(List<long[]> windows) {
    List<long[]> sorted = new ArrayList<>();
    for (long[] w : windows) {
      if (w[1] > w[0]) {
        sorted.add(w);
      }
    }
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    List<long[]> merged = new ArrayList<>();
    for (long[] w : sorted) {
      if (!merged.isEmpty() && w[0] <= merged.get(merged.size() - 1)[1]) {
        long[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], w[1]);
      } else {
        merged.add(new long[] {w[0], w[1]});
      }
    }
    if (merged.isEmpty()) {
      return NONE;
    }
    long[] f = new long[merged.size()];
    long[] t = new long[merged.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = merged.get(i)[0];
      t[i] = merged.get(i)[1];
    }
    return new Windows(f, t);
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return from.length == 0;
  }

  /** Whether {@code t} lies in a window. */
  public boolean contains(long t) {
    int i = Arrays.binarySearch(from, t);
    if (i >= 0) {
      return true;
    }
    int before = -i - 2;
    return before >= 0 && t < to[before];
  }

  /**
   * When {@code workMs} of open time, started at {@code startMs}, is done: time inside windows does
   * not count (a shipment held at a closed lane, a supplier without capacity).
   */
  public long finish(long startMs, long workMs) {
    long t = startMs;
    long left = workMs;
    int i = Arrays.binarySearch(from, t);
    int k = i >= 0 ? i : -i - 2;
    if (k >= 0 && t < to[k]) {
      t = to[k];
    }
    k = Math.max(0, k);
    while (true) {
      while (k < from.length && to[k] <= t) {
        k++;
      }
      if (k >= from.length || t + left <= from[k]) {
        return t + left;
      }
      left -= from[k] - t;
      t = to[k];
      k++;
    }
  }

  /** The window starts, in order. */
  public long[] starts() {
    return from.clone();
  }

  /** The window ends, in order. */
  public long[] ends() {
    return to.clone();
  }
}
