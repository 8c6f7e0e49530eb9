package org.dmsim.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes and reads {@code sweep.csv}, the results of a parameter sweep ({@code dmsim sweep}): one row per
 * point × variant × case × indicator — {@code point} (from 0), one column per swept parameter (named by its
 * path, or {@code VARIANT:PATH}) holding its value at the point as written, then {@code variant},
 * {@code case}, {@code indicator}, the {@code mean} over replications, the bounds {@code ci95_low} and
 * {@code ci95_high} of its 95 % Student-t interval and the {@code replications} it is over. Numbers are the
 * {@linkplain ShortestDecimal shortest exact decimal}; an undefined value (or a bound of fewer than two
 * replications) is an empty cell. A cell holding a comma or a quote is quoted as RFC 4180 says.
 */
public final class SweepCsv {
  /** The file's name in the output directory. */
  public static final String FILE = "sweep.csv";
  private static final List<String> TAIL = List.of("variant", "case", "indicator", "mean", "ci95_low", "ci95_high",
      "replications");

  private SweepCsv() {}

  /**
   * One indicator of one variant in one case at one point.
   *
   * @param point        the point's index, from 0
   * @param values       each parameter's value at the point, in parameter order
   * @param mean         mean over replications; NaN when undefined
   * @param low          lower bound of the 95 % interval; NaN when undefined
   * @param high         upper bound of the 95 % interval; NaN when undefined
   * @param replications replications with a defined value
   */
  public record Row(int point, List<String> values, String variant, String caseName, String indicator, double mean,
      double low, double high, int replications) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** A {@code sweep.csv} read back: the parameters' labels (the column names) and the rows in file order. */
  public record Table(List<String> parameters, List<Row> rows) {
    public Table {
      parameters = List.copyOf(parameters);
      rows = List.copyOf(rows);
    }

    /** The distinct values of parameter {@code j}, in the order they first appear. */
    public List<String> values(int j) {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> {
        if (!out.contains(r.values().get(j))) {
          out.add(r.values().get(j));
        }
      });
      return out;
    }

    /** The distinct values of a column, in the order they first appear. */
    public List<String> distinct(java.util.function.Function<Row, String> column) {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> {
        if (!out.contains(column.apply(r))) {
          out.add(column.apply(r));
        }
      });
      return out;
    }
  }

  /** Writes {@code rows} under a header naming {@code parameters} into {@code dir}; returns the file. */
  public static Path write(Path dir, List<String> parameters, List<Row> rows) throws IOException {
    Path file = dir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>();
      header.add("point");
      header.addAll(parameters);
      header.addAll(TAIL);
      w.write(line(header));
      for (Row r : rows) {
        if (r.values().size() != parameters.size()) {
          throw new IllegalArgumentException("a row of " + r.values().size() + " values for " + parameters.size()
              + " parameters");
        }
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(r.point()));
        cells.addAll(r.values());
        cells.addAll(List.of(r.variant(), r.caseName(), r.indicator(), ShortestDecimal.csv(r.mean()),
            ShortestDecimal.csv(r.low()), ShortestDecimal.csv(r.high()), Integer.toString(r.replications())));
        w.write(line(cells));
      }
    }
    return file;
  }

  /**
   * Reads the {@code sweep.csv} in {@code dir}.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException naming the file, line and column of a malformed value
   */
  public static Table read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = lines.isEmpty() ? List.of() : cells(lines.get(0));
    if (header.size() < TAIL.size() + 2 || !header.get(0).equals("point")
        || !header.subList(header.size() - TAIL.size(), header.size()).equals(TAIL)) {
      throw new IllegalArgumentException(file + ":1: expected the header of sweep.csv ('point,PARAMETER...,"
          + String.join(",", TAIL) + "')");
    }
    int k = header.size() - TAIL.size() - 1;
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> c = cells(lines.get(i));
      String at = file + ":" + (i + 1);
      if (c.size() != header.size()) {
        throw new IllegalArgumentException(at + ": expected " + header.size() + " fields, found " + c.size());
      }
      rows.add(new Row((int) number(c, 0, header, at, false), c.subList(1, 1 + k), c.get(k + 1), c.get(k + 2),
          c.get(k + 3), number(c, k + 4, header, at, true), number(c, k + 5, header, at, true),
          number(c, k + 6, header, at, true), (int) number(c, k + 7, header, at, false)));
    }
    return new Table(header.subList(1, 1 + k), rows);
  }

  private static double number(List<String> c, int i, List<String> header, String at, boolean mayBeEmpty) {
    String s = c.get(i);
    if (s.isEmpty() && mayBeEmpty) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(at + ": " + header.get(i) + ": expected a number, found \"" + s + "\"");
    }
  }

  private static String line(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return b.append('\n').toString();
  }

  /** The cells of a line, quotes undone. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
