package org.dmsim.model.mfg.spec;

import java.util.Objects;
import org.dmsim.model.dist.Distribution;

/**
 * One step of a product's routing.
 *
 * @param process    the operation, which the machine doing it must be capable of
 * @param timeMs     processing time per unit on a machine of speed 1, ms
 * @param setupMs    set-up time when the machine's previous job was another product or variant, ms
 */
public record Step(ProcessType process, Distribution timeMs, long setupMs) {
  public Step {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(timeMs, "timeMs");
    if (timeMs.lowerBound() < 0) {
      throw new IllegalArgumentException("a processing time must not be negative: " + timeMs.describe());
    }
    if (setupMs < 0) {
      throw new IllegalArgumentException("a setup time must not be negative, was " + setupMs + " ms");
    }
  }
}
