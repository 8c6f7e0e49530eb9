package org.dmsim.scenarios.sweep;

import java.util.List;

/**
 * One point of a sweep design: its index (from 0, the order points run and are written in) and the value
 * of each parameter, in parameter order.
 */
public record SweepPoint(int index, List<String> values) {
  public SweepPoint {
    if (index < 0) {
      throw new IllegalArgumentException("a point's index is >= 0: " + index);
    }
    values = List.copyOf(values);
  }
}
