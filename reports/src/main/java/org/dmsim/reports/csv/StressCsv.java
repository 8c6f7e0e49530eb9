package org.dmsim.reports.csv;

import org.dmsim.reports.number.ShortestDecimal;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>The second column names what was knocked out: {@code node} (each node out; the file described
 * above), or {@code lane}, {@code port} or {@code supplier} ({@code dmsim stress --elements}); those files
 * have four more columns at the end: {@code fill_during_disruption_mean} and {@code _half_width} (the
 * on-time share of units due on the days of the knock-out) and {@code normal_flow_shipments} and
 * {@code normal_flow_units} (over the element in an undisrupted reference run; empty for suppliers).
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
      Interval lossUnitDays, Interval lostSalesUnits, Interval onTimeFillRate, Interval fillDuringDisruption,
      long normalFlowShipments, long normalFlowUnits) {
    /** A node's row: no fill during the disruption, no normal flow (-1). */
    public Row(String node, String kind, Interval timeToSurviveDays, int survivedWholeOutage, Interval lossUnitDays,
        Interval lostSalesUnits, Interval onTimeFillRate) {
      this(node, kind, timeToSurviveDays, survivedWholeOutage, lossUnitDays, lostSalesUnits, onTimeFillRate, null, -1,
          -1);
    }
  }

  /** The element column of a file of nodes knocked out. */
  public static final String NODE = "node";

  /** What a stress test can knock out, as the second column names it. */
  public static final List<String> ELEMENTS = List.of(NODE, "lane", "port", "supplier");

  /**
   * Writes {@code ranked} (worst first) into {@code dir}; returns the file.
   *
   * @param outageStartMs when each outage started, ms of simulated time
   * @param outageMs how long each outage lasted, ms
   * @param replications replications per node
   */
  public static Path write(Path dir, long outageStartMs, long outageMs, int replications, List<Row> ranked)
      throws IOException {
    return write(dir, NODE, outageStartMs, outageMs, replications, ranked);
  }

  /**
   * Writes {@code ranked} (worst first) into {@code dir}, the elements being of kind {@code element} (one of
   * {@link #ELEMENTS}); returns the file.
   */
  public static Path write(Path dir, String element, long outageStartMs, long outageMs, int replications,
      List<Row> ranked) throws IOException {
    if (!ELEMENTS.contains(element)) {
      throw new IllegalArgumentException("element must be one of " + ELEMENTS + ", was " + element);
    }
    boolean nodes = element.equals(NODE);
    Path file = dir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("rank," + element + ",kind,outage_start_d,outage_d,replications,survived_whole_outage_replications,"
          + "time_to_survive_d_mean,time_to_survive_d_half_width,loss_unit_days_mean,loss_unit_days_half_width,"
          + "lost_sales_units_mean,lost_sales_units_half_width,on_time_fill_rate_mean,on_time_fill_rate_half_width,"
          + "confidence" + (nodes ? "" : "," + String.join(",", EXTRA)) + "\n");
      int rank = 0;
      for (Row r : ranked) {
        w.write(++rank + "," + r.node() + "," + r.kind() + "," + number((double) outageStartMs / SimTime.DAY_MS) + ","
            + number((double) outageMs / SimTime.DAY_MS) + "," + replications + "," + r.survivedWholeOutage()
            + interval(r.timeToSurviveDays()) + interval(r.lossUnitDays()) + interval(r.lostSalesUnits())
            + interval(r.onTimeFillRate()) + "," + number(confidence(r))
            + (nodes ? "" : interval(r.fillDuringDisruption()) + "," + flow(r.normalFlowShipments()) + ","
                + flow(r.normalFlowUnits()))
            + "\n");
      }
    }
    return file;
  }

  /** The columns after {@code confidence} in a file of lanes, ports or suppliers. */
  private static final List<String> EXTRA = List.of("fill_during_disruption_mean", "fill_during_disruption_half_width",
      "normal_flow_shipments", "normal_flow_units");

  private static String flow(long n) {
    return n < 0 ? "" : Long.toString(n);
  }

  /**
   * A {@code stress.csv} read back: what was knocked out ({@code element}, one of {@link #ELEMENTS}), the
   * outage every element had, the replications per element, and the rows, worst first. The intervals have
   * the mean, half-width, bounds, replications and confidence of the file; their standard deviation is not
   * in it (NaN).
   */
  public record Ranking(String element, double outageStartDays, double outageDays, int replications, List<Row> rows) {
    public Ranking {
      rows = List.copyOf(rows);
    }

    /** A ranking of nodes. */
    public Ranking(double outageStartDays, double outageDays, int replications, List<Row> rows) {
      this(NODE, outageStartDays, outageDays, replications, rows);
    }
  }

  /**
   * Reads the {@code stress.csv} in {@code dir}.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException naming the file, line and column of a malformed value
   */
  public static Ranking read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.isEmpty() ? new String[0] : lines.get(0).split(",", -1);
    String element = header.length > 1 ? header[1] : "";
    if (!ELEMENTS.contains(element)
        || !lines.get(0).startsWith("rank," + element + ",kind,outage_start_d,outage_d,replications,")) {
      throw new IllegalArgumentException(file + ":1: expected the header of stress.csv ('rank,node,kind,...')");
    }
    boolean nodes = element.equals(NODE);
    List<Row> rows = new ArrayList<>();
    double start = Double.NaN;
    double length = Double.NaN;
    int replications = 0;
    for (int i = 1; i < lines.size(); i++) {
      Cells c = new Cells(file, i + 1, lines.get(i), nodes ? 16 : 20);
      start = c.number(3, "outage_start_d");
      length = c.number(4, "outage_d");
      replications = (int) c.number(5, "replications");
      double confidence = c.number(15, "confidence");
      rows.add(new Row(c.text(1), c.text(2), c.interval(7, replications, confidence), (int) c.number(6,
          "survived_whole_outage_replications"), c.interval(9, replications, confidence),
          c.interval(11, replications, confidence), c.interval(13, replications, confidence),
          nodes ? null : c.interval(16, replications, confidence), nodes ? -1 : c.flow(18),
          nodes ? -1 : c.flow(19)));
    }
    return new Ranking(element, start, length, replications, rows);
  }

  /** The cells of one line of the file. */
  private static final class Cells {
    private static final String[] NAMES = {"rank", "node", "kind", "outage_start_d", "outage_d", "replications",
        "survived_whole_outage_replications", "time_to_survive_d_mean", "time_to_survive_d_half_width",
        "loss_unit_days_mean", "loss_unit_days_half_width", "lost_sales_units_mean", "lost_sales_units_half_width",
        "on_time_fill_rate_mean", "on_time_fill_rate_half_width", "confidence", "fill_during_disruption_mean",
        "fill_during_disruption_half_width", "normal_flow_shipments", "normal_flow_units"};
    private final Path file;
    private final int line;
    private final String[] cells;

    Cells(Path file, int line, String text, int count) {
      this.file = file;
      this.line = line;
      this.cells = text.split(",", -1);
      if (cells.length != count) {
        throw new IllegalArgumentException(file + ":" + line + ": expected " + count + " fields, found " + cells.length);
      }
    }

    String text(int i) {
      return cells[i];
    }

    /** A normal flow in column {@code i}: a whole number, or -1 when the cell is empty. */
    long flow(int i) {
      if (cells[i].isEmpty()) {
        return -1;
      }
      try {
        return Long.parseLong(cells[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + line + ": " + NAMES[i] + ": expected a whole number, found \""
            + cells[i] + "\"");
      }
    }

    double number(int i, String column) {
      try {
        return cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + line + ": " + column + ": expected a number, found \""
            + cells[i] + "\"");
      }
    }

    /** The interval whose mean is in column {@code i} and half-width in {@code i + 1}; null when undefined. */
    Interval interval(int i, int n, double confidence) {
      double mean = number(i, NAMES[i]);
      double half = number(i + 1, NAMES[i + 1]);
      if (Double.isNaN(mean)) {
        return null;
      }
      return new Interval(mean, Double.NaN, half, mean - half, mean + half, n, confidence);
    }
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
