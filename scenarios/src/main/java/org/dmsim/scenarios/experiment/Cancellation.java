package org.dmsim.scenarios.experiment;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A request to stop a batch of runs early — a user's Ctrl-C, a {@code SIGTERM} — shared by whoever asks
 * ({@code request}) and the threads doing the work ({@link Replications}). Runs that finished are kept;
 * jobs not yet started are never started; a run in progress is stopped by interrupting the thread that
 * waits for it (the actor engine then aborts the run, the sequential engine stops at its next look at
 * the interrupt flag). Thread-safe; a request cannot be taken back.
 */
public final class Cancellation {
  private final Set<Thread> working = new LinkedHashSet<>();
  private boolean requested;
  private String reason = "";

  /** A token nobody has asked to cancel yet. */
  public Cancellation() {}

  /** A token that is never cancelled (for callers without a way to be interrupted). */
  public static Cancellation never() {
    return new Cancellation();
  }

  /** Asks every run of the batch to stop: jobs not started are dropped, runs in progress interrupted. */
  public synchronized void request(String why) {
    if (requested) {
      return;
    }
    requested = true;
    reason = why;
    for (Thread t : working) {
      t.interrupt();
    }
  }

  /** Whether a stop has been asked for. */
  public synchronized boolean requested() {
    return requested;
  }

  /** Why the stop was asked for ({@code "interrupted (SIGINT or SIGTERM)"}); empty before. */
  public synchronized String reason() {
    return reason;
  }

  /**
   * The calling thread starts a run: a request interrupts it until {@link #leave()}.
   *
   * @return false, without registering, if a stop has already been asked for (start nothing then)
   */
  synchronized boolean enter() {
    if (requested) {
      return false;
    }
    working.add(Thread.currentThread());
    return true;
  }

  /**
   * The calling thread's run is over: no request interrupts it any more, and an interrupt a request made
   * is cleared, so that the thread can go on to write what was kept (interruptible file channels would
   * refuse to while the flag is set).
   */
  void leave() {
    synchronized (this) {
      working.remove(Thread.currentThread());
      if (!requested) {
        return;
      }
    }
    Thread.interrupted();
  }
}
