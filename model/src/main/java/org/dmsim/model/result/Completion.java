package org.dmsim.model.result;

import java.util.Objects;

/**
 * How far a batch of runs (a scenario's replications, an experiment's case × variant × replication runs)
 * got before its results were written: every run ({@link Status#COMPLETE}), stopped early by a user
 * ({@link Status#PARTIAL}), or stopped by a run that failed ({@link Status#FAILED}). Output files carry it
 * so that kept results of an unfinished batch never look like a complete one.
 *
 * @param status   how the batch ended
 * @param finished runs that finished and are in the outputs; 0..planned
 * @param planned  runs the batch was to have; at least 1
 * @param message  why it ended early (the interruption or the failure); empty when complete
 */
public record Completion(Status status, int finished, int planned, String message) {
  /** How a batch of runs ended. */
  public enum Status {
    /** Every planned run finished. */
    COMPLETE,
    /** Stopped on request (Ctrl-C, {@code SIGTERM}) before every run finished. */
    PARTIAL,
    /** Stopped because a run failed. */
    FAILED;

    /** The name in output files: {@code complete}, {@code partial}, {@code failed}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Completion {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (planned < 0 || finished < 0 || finished > planned) {
      throw new IllegalArgumentException("finished must be within 0.." + planned + ", got " + finished);
    }
    if (status == Status.COMPLETE && finished != planned) {
      throw new IllegalArgumentException("a complete batch has every run finished");
    }
  }

  /** All {@code runs} finished. */
  public static Completion complete(int runs) {
    return new Completion(Status.COMPLETE, runs, runs, "");
  }

  /** Stopped on request after {@code finished} of {@code planned} runs, because {@code why}. */
  public static Completion partial(int finished, int planned, String why) {
    return new Completion(Status.PARTIAL, finished, planned, why);
  }

  /** Stopped by a failed run after {@code finished} of {@code planned} runs; {@code why} is the failure. */
  public static Completion failed(int finished, int planned, String why) {
    return new Completion(Status.FAILED, finished, planned, why);
  }

  /** Whether every planned run finished. */
  public boolean isComplete() {
    return status == Status.COMPLETE;
  }
}
