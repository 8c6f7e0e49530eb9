package org.dmsim.scenarios.estimate;

import java.util.Optional;

/**
 * The most work a run may take without {@code --force}: wall time (default 4 hours) and heap (the
 * JVM's maximum, {@link Runtime#maxMemory()}). A run whose estimate exceeds either is refused before
 * it starts.
 *
 * @param maxSeconds   wall seconds; positive
 * @param maxHeapBytes heap, bytes; positive
 * @param force        run whatever the estimate says
 */
public record WorkLimit(double maxSeconds, double maxHeapBytes, boolean force) {
  /** The default limit on wall time, hours. */
  public static final double DEFAULT_HOURS = 4;

  public WorkLimit {
    if (!(maxSeconds > 0) || !(maxHeapBytes > 0)) {
      throw new IllegalArgumentException("limits must be positive, were " + maxSeconds + " s and " + maxHeapBytes + " B");
    }
  }

  /** {@code hours} of wall time and this JVM's heap. */
  public static WorkLimit of(double hours, boolean force) {
    return new WorkLimit(hours * 3600, Runtime.getRuntime().maxMemory(), force);
  }

  /** The default: 4 hours and this JVM's heap, not forced. */
  public static WorkLimit standard() {
    return of(DEFAULT_HOURS, false);
  }

  /**
   * Why {@code e} is refused, as a sentence naming the estimate, the limit, the fields it grows with
   * and {@code --force}; empty when it is within the limit or forced.
   */
  public Optional<String> refusal(RunEstimate e) {
    if (force) {
      return Optional.empty();
    }
    String over;
    if (e.seconds() > maxSeconds && e.heapBytes() > maxHeapBytes) {
      over = "about " + RunEstimate.duration(e.seconds()) + " of wall time (limit " + RunEstimate.duration(maxSeconds)
          + ", --max-hours) and " + RunEstimate.bytes(e.heapBytes()) + " of heap (limit: the JVM's "
          + RunEstimate.bytes(maxHeapBytes) + ", -Xmx)";
    } else if (e.seconds() > maxSeconds) {
      over = "about " + RunEstimate.duration(e.seconds()) + " of wall time (limit " + RunEstimate.duration(maxSeconds)
          + ", --max-hours)";
    } else if (e.heapBytes() > maxHeapBytes) {
      over = "about " + RunEstimate.bytes(e.heapBytes()) + " of heap (limit: the JVM's "
          + RunEstimate.bytes(maxHeapBytes) + ", -Xmx)";
    } else {
      return Optional.empty();
    }
    return Optional.of("refused before running: the estimate is " + RunEstimate.count(e.totalEvents()) + " events, "
        + over + "; it grows with " + e.drivers() + "; reduce them, or add --force to run anyway");
  }
}
