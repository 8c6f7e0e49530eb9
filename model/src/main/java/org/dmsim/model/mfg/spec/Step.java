package org.dmsim.model.mfg.spec;

import java.util.Objects;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;

/**
 * One step of a product's routing.
 *
 * <p>A machine sets up before a job of this step when the job is another product or variant than the
 * machine's previous job ({@code setupOnChange}), and/or when it has done {@code setupEveryJobs} jobs
 * since its last set-up (a count of 0: never by count). A machine's first job needs no set-up. The
 * set-up time is drawn from {@code setup} for each set-up; a deterministic one draws nothing.
 *
 * <p>After the step, a job goes back to an earlier step of the routing with the probability of its
 * {@code rework} (an inspection that finds a defect), else on to the next step.
 *
 * @param process        the operation, which the machine doing it must be capable of
 * @param timeMs         processing time per unit on a machine of speed 1, ms
 * @param setup          set-up time, ms
 * @param setupOnChange  whether a change of product or variant needs a set-up
 * @param setupEveryJobs a set-up after this many jobs on the machine since its last one; 0: never by count
 * @param rework         where the job goes back to after this step, and how often; {@link Rework#NONE}: never
 */
public record Step(ProcessType process, Distribution timeMs, Distribution setup, boolean setupOnChange,
    int setupEveryJobs, Rework rework) {
  /**
   * A loop back: after the step, the job returns to routing step {@code toStep} (0-based, an earlier
   * step) with probability {@code probability}.
   */
  public record Rework(double probability, int toStep) {
    /** No rework. */
    public static final Rework NONE = new Rework(0, 0);

    public Rework {
      if (!(probability >= 0 && probability < 1)) {
        throw new IllegalArgumentException("a rework probability must be from 0 to below 1, was " + probability);
      }
      if (toStep < 0) {
        throw new IllegalArgumentException("a rework step must not be negative, was " + toStep);
      }
    }

    /** Whether a job ever goes back. */
    public boolean any() {
      return probability > 0;
    }
  }

  public Step {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(timeMs, "timeMs");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(rework, "rework");
    if (timeMs.lowerBound() < 0) {
      throw new IllegalArgumentException("a processing time must not be negative: " + timeMs.describe());
    }
    if (setup.lowerBound() < 0) {
      throw new IllegalArgumentException("a set-up time must not be negative: " + setup.describe());
    }
    if (setupEveryJobs < 0) {
      throw new IllegalArgumentException("a set-up count must not be negative, was " + setupEveryJobs);
    }
  }

  /** A step that sets up for {@code setupMs} on a change of product or variant only. */
  public Step(ProcessType process, Distribution timeMs, long setupMs) {
    this(process, timeMs, new Deterministic(checkedSetup(setupMs)), true, 0);
  }

  /** A step without rework. */
  public Step(ProcessType process, Distribution timeMs, Distribution setup, boolean setupOnChange, int setupEveryJobs) {
    this(process, timeMs, setup, setupOnChange, setupEveryJobs, Rework.NONE);
  }

  /** The mean set-up time, ms. */
  public double setupMeanMs() {
    return setup.mean();
  }

  /** Whether a machine whose previous job was {@code changed} (another product or variant) and that did {@code jobsSinceSetup} jobs since its last set-up sets up now. */
  public boolean needsSetup(boolean changed, int jobsSinceSetup) {
    return setup.mean() > 0 && (setupOnChange && changed || setupEveryJobs > 0 && jobsSinceSetup >= setupEveryJobs);
  }

  private static long checkedSetup(long setupMs) {
    if (setupMs < 0) {
      throw new IllegalArgumentException("a setup time must not be negative, was " + setupMs + " ms");
    }
    return setupMs;
  }
}
