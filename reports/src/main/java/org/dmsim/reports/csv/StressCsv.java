package org.dmsim.reports.csv;

import org.dmsim.reports.number.ShortestDecimal;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;

/**
 * Writes the ranking of a stress test ({@code dmsim stress}) as {@code stress.csv}: one row per node
 * knocked out, worst first, with the outage it had and, per indicator, the mean over replications and
 * the half-width of its interval (the level is the {@code confidence} column, 0.95). Units are in the
 * column names: {@code _d} days, {@code _unit_days} units of demand × days late, {@code _units} units;
 * {@code on_time_fill_rate} is a share between 0 and 1. {@code time_to_survive_d} is censored at the
 * outage's length; {@code survived_whole_outage_replications} counts the replications in which the
 * network never fell below its threshold during the outage. Numbers are the
 * {@linkplain ShortestDecimal shortest exact decimal}; an undefined value is an empty cell.
 */
public final class StressCsv {
  /** The file's name in the output directory. */
  public static final String FILE = "stress.csv";

  private StressCsv() {}

  /**
   * One node's outage and what the network lost; an interval is {@code null} when the indicator is
   * undefined.
   */
  public record Row(String node, String kind, Interval timeToSurviveDays, int survivedWholeOutage,
      Interval lossUnitDays, Interval lostSalesUnits, Interval onTimeFillRate) {}

  /**
   * Writes {@code ranked} (worst first) into {@code dir}; returns the file.
   *
   * @param outageStartMs when each outage started, ms of simulated time
   * @param outageMs how long each outage lasted, ms
   * @param replications replications per node
   */
  public static Path write(Path dir, long outageStartMs, long outageMs, int replications, List<Row> ranked)
      throws IOException {
    Path file = dir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("rank,node,kind,outage_start_d,outage_d,replications,survived_whole_outage_replications,"
          + "time_to_survive_d_mean,time_to_survive_d_half_width,loss_unit_days_mean,loss_unit_days_half_width,"
          + "lost_sales_units_mean,lost_sales_units_half_width,on_time_fill_rate_mean,on_time_fill_rate_half_width,"
          + "confidence\n");
      int rank = 0;
      for (Row r : ranked) {
        w.write(++rank + "," + r.node() + "," + r.kind() + "," + number((double) outageStartMs / SimTime.DAY_MS) + ","
            + number((double) outageMs / SimTime.DAY_MS) + "," + replications + "," + r.survivedWholeOutage()
            + interval(r.timeToSurviveDays()) + interval(r.lossUnitDays()) + interval(r.lostSalesUnits())
            + interval(r.onTimeFillRate()) + "," + number(confidence(r)) + "\n");
      }
    }
    return file;
  }

  /** {@code ,mean,half-width}; empty cells for an undefined indicator. */
  private static String interval(Interval i) {
    return i == null ? ",," : "," + number(i.mean()) + "," + number(i.halfWidth());
  }

  private static double confidence(Row r) {
    for (Interval i : new Interval[] {r.lossUnitDays(), r.timeToSurviveDays(), r.lostSalesUnits(), r.onTimeFillRate()}) {
      if (i != null) {
        return i.confidence();
      }
    }
    return Double.NaN;
  }

  private static String number(double v) {
    return ShortestDecimal.csv(v);
  }
}
