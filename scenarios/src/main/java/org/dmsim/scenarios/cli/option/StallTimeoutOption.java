package org.dmsim.scenarios.cli.option;

import java.time.Duration;
import org.dmsim.sim.actor.AkkaEngineSettings;
import picocli.CommandLine.Option;

/**
 * The {@code --stall-timeout SECONDS} option of the commands that run the actor engine: its progress
 * watchdog ({@link AkkaEngineSettings#stallTimeout}) fails a run in which no time window completes
 * for that many seconds of wall time, naming the nodes that have not reported, instead of waiting for
 * ever. It never changes results, and the sequential engine ignores it.
 */
public final class StallTimeoutOption {
  @Option(names = "--stall-timeout", paramLabel = "SECONDS", converter = WholeNumberOption.AtLeastOne.class,
      description = "Actor engine: fail a run when no time window completes for this many seconds of wall time, "
          + "naming the nodes that have not reported; a whole number of seconds, at least 1 (default: 60 s).")
  private Integer seconds;

  /** The timeout given, or {@link AkkaEngineSettings#DEFAULT_STALL_TIMEOUT}. */
  public Duration stallTimeout() {
    return seconds != null ? Duration.ofSeconds(seconds) : AkkaEngineSettings.DEFAULT_STALL_TIMEOUT;
  }
}
