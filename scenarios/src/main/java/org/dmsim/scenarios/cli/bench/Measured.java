package org.dmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.engine.Engine;

/**
 * One measured run or set of runs: events committed, wall seconds and the digest of the results.
 *
 * @param events events handled, in all runs measured
 * @param seconds wall time, seconds
 * @param digest the digest of the results, to show that a faster configuration gave the same answer
 */
record Measured(long events, double seconds, String digest) {
  /** Replication 0 of {@code plan} on {@code engine}, timed. */
  static Measured run(Engine engine, SimulationPlan plan, long seed) {
    long start = System.nanoTime();
    RunResult r = engine.run(plan, seed, 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(r.eventsHandled(), seconds, r.digest());
  }

  /**
   * {@code warmups} runs in the same JVM, then {@code runs} measured ones, each printed; last the line
   * {@code events/s: N}, the median of the measured runs.
   */
  static void warmUpThenMeasure(Engine engine, SimulationPlan plan, long seed, int warmups, int runs,
      PrintWriter out) {
    for (int i = 0; i < warmups; i++) {
      Measured m = run(engine, plan, seed);
      out.printf(Locale.ROOT, "warm-up      %d events in %.2f s%n", m.events, m.seconds);
    }
    double[] rates = new double[runs];
    for (int i = 0; i < runs; i++) {
      Measured m = run(engine, plan, seed);
      rates[i] = m.events / m.seconds;
      out.printf(Locale.ROOT, "committed events: %d%n", m.events);
      out.printf(Locale.ROOT, "wall seconds: %.3f%n", m.seconds);
      if (engine instanceof AkkaEngine akka) {
        out.printf(Locale.ROOT, "windows: %d (%.0f events per window)%n", akka.lastRunWindows(),
            m.events / (double) akka.lastRunWindows());
      }
      out.printf(Locale.ROOT, "digest: %s%n", m.digest);
    }
    Arrays.sort(rates);
    out.printf(Locale.ROOT, "events/s: %.0f%n", rates[rates.length / 2]);
  }
}
