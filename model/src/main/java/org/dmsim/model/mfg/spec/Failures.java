package org.dmsim.model.mfg.spec;

import java.util.Objects;
import org.dmsim.model.dist.Distribution;

/**
 * How a machine type breaks down and is repaired. A job interrupted by a failure resumes where it
 * stopped once the machine is repaired (preempt-resume).
 *
 * @param timeBetweenMs time to the next failure, ms (its mean is the MTBF)
 * @param repairMs      time to repair, ms (its mean is the MTTR)
 * @param basis         whether the time to failure counts operating or calendar time
 */
public record Failures(Distribution timeBetweenMs, Distribution repairMs, FailureBasis basis) {
  public Failures {
    Objects.requireNonNull(timeBetweenMs, "timeBetweenMs");
    Objects.requireNonNull(repairMs, "repairMs");
    Objects.requireNonNull(basis, "basis");
    if (!(timeBetweenMs.mean() > 0) || timeBetweenMs.lowerBound() < 0) {
      throw new IllegalArgumentException("time between failures must be positive: " + timeBetweenMs.describe());
    }
    if (repairMs.lowerBound() < 0) {
      throw new IllegalArgumentException("repair time must not be negative: " + repairMs.describe());
    }
  }

  /** The long-run share of (counted) time a machine is up: MTBF / (MTBF + MTTR). */
  public double availability() {
    return timeBetweenMs.mean() / (timeBetweenMs.mean() + repairMs.mean());
  }
}
