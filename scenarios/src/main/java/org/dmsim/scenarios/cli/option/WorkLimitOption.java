package org.dmsim.scenarios.cli.option;

import org.dmsim.scenarios.estimate.WorkLimit;
import picocli.CommandLine.Option;

/**
 * The {@code --force} and {@code --max-hours H} options of the commands that run simulations: a run
 * whose work estimate is above {@code H} hours of wall time, or above the JVM's heap, is refused
 * before it starts unless forced ({@link WorkLimit}).
 */
public final class WorkLimitOption {
  @Option(names = "--force",
      description = "Run even when the work estimate is above --max-hours or the JVM's heap (default: refuse).")
  private boolean force;

  @Option(names = "--max-hours", paramLabel = "H", converter = NumberOption.Positive.class,
      description = "Refuse a run whose estimated wall time is above H hours, a number above 0 "
          + "(default: " + (int) WorkLimit.DEFAULT_HOURS + ").")
  private Double maxHours;

  /** The limit given, or the default. */
  public WorkLimit limit() {
    return WorkLimit.of(maxHours != null ? maxHours : WorkLimit.DEFAULT_HOURS, force);
  }
}
