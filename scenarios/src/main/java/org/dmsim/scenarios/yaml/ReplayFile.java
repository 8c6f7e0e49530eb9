package org.dmsim.scenarios.yaml;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dmsim.model.mfg.policy.ReplayDemand;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the CSV file a {@code replay} demand generator names ({@code params: {file: demand.csv}}, a
 * path relative to the scenario file) and turns it into the generator's {@code series} parameter, so
 * that the model, which does no I/O, gets the recorded orders as a plain rule parameter. The file is
 * read through the scenario's {@link ScenarioTexts}, like a part, so a run description carries it and
 * its hash covers it. The file has
 * a header {@code day,quantity} (days from the start of the run, a decimal number) or
 * {@code time,quantity} (a duration, e.g. {@code 36h}), then one order per row, times not decreasing,
 * quantities whole numbers of 0 or more; blank lines are skipped. Each bad cell is a problem at
 * {@code file.csv:row:column}, naming the column.
 */
final class ReplayFile {
  private static final String FILE_EXPECTED = "a CSV file with columns day,quantity or time,quantity, relative to the scenario file";
  private static final String HEADER = "a header day,quantity or time,quantity";
  private static final String QUANTITY = "a whole number from 0 to " + ReplayDemand.MAX_QUANTITY;
  private static final String DAY = "a number of days from the start, 0 or more, not before the row above";
  private static final String TIME = Durations.EXPECTED + ", not before the row above";
  private static final int MAX_PROBLEMS = 20;

  private final ValueReader in;

  ReplayFile(ValueReader in) {
    this.in = in;
  }

  /**
   * {@code written} with its {@code file} read into {@code series}; {@code written} itself when it is
   * not a replay naming a file; empty after reporting a problem.
   *
   * @param values the parameters' values as written, for positions
   */
  Optional<RuleRef> expand(RuleRef written, Map<String, Value> values) {
    if (!written.name().equals("replay") || !written.params().containsKey("file")) {
      return Optional.of(written);
    }
    Value at = values.get("file");
    if (written.params().containsKey("series")) {
      in.report(values.get("series"), "either file or series, not both", "both");
      return Optional.empty();
    }
    Optional<Path> scenario = at.document().file();
    if (scenario.isEmpty()) {
      in.report(at, "a scenario read from a file (a replay file is found relative to it)", "a scenario given as text");
      return Optional.empty();
    }
    String name = written.params().get("file").strip();
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      in.report(at, FILE_EXPECTED, ValueReader.quote(name) + ", which is not a valid path here: " + e.getReason());
      return Optional.empty();
    }
    Path folder = scenario.get().toAbsolutePath().normalize().getParent();
    if (name.isEmpty() || relative.isAbsolute() || relative.getRoot() != null
        || !folder.resolve(relative).normalize().startsWith(folder)) {
      in.report(at, FILE_EXPECTED + " and inside its folder", ValueReader.quote(name));
      return Optional.empty();
    }
    // Read through the document's texts, as the parts are, so that a run description carries the file.
    Path file = scenario.get().resolveSibling(relative).normalize();
    String source = file.toString();
    String text;
    try {
      text = at.document().texts().read(file, source, FILE_EXPECTED);
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        if (p.line() == 0 && p.field().equals(Problems.FILE)) {
          in.report(at, p.expected(), ValueReader.quote(name) + " (" + p.found() + ")");
        } else {
          in.problems().add(p);
        }
      }
      return Optional.empty();
    }
    Optional<String> series = series(text, source);
    if (series.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> params = new TreeMap<>(written.params());
    params.remove("file");
    params.put("series", series.get());
    return Optional.of(RuleRef.of(written.name(), params));
  }

  /** The orders in {@code text} as a {@code series}; empty after reporting each bad cell. */
  private Optional<String> series(String text, String source) {
    String[] lines = text.split("\r?\n", -1);
    int problems = 0;
    int row = 0;
    while (row < lines.length && lines[row].isBlank()) {
      row++;
    }
    if (row == lines.length) {
      in.problems().add(source, 1, 1, "(file)", HEADER + " and at least one row", "an empty file");
      return Optional.empty();
    }
    String[] header = lines[row].split(",", -1);
    boolean days;
    if (header.length == 2 && header[1].strip().equalsIgnoreCase("quantity")
        && (header[0].strip().equalsIgnoreCase("day") || header[0].strip().equalsIgnoreCase("time"))) {
      days = header[0].strip().equalsIgnoreCase("day");
    } else {
      in.problems().add(source, row + 1, 1, "(header)", HEADER, ValueReader.quote(lines[row]));
      return Optional.empty();
    }
    List<Long> at = new ArrayList<>();
    List<Long> quantities = new ArrayList<>();
    long last = 0;
    for (row++; row < lines.length && problems < MAX_PROBLEMS; row++) {
      String line = lines[row];
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 2) {
        in.problems().add(source, row + 1, 1, "(row)", "two cells separated by a comma", cells.length + " cells");
        problems++;
        continue;
      }
      int quantityColumn = cells[0].length() + 2;
      Optional<Long> time = days ? day(cells[0]) : Durations.tryParseMillis(cells[0].strip());
      if (time.isEmpty() || time.get() < last) {
        in.problems().add(source, row + 1, 1, days ? "day" : "time", days ? DAY : TIME, ValueReader.quote(cells[0]));
        problems++;
      } else {
        last = time.get();
      }
      Optional<Long> quantity = quantity(cells[1]);
      if (quantity.isEmpty()) {
        in.problems().add(source, row + 1, quantityColumn, "quantity", QUANTITY, ValueReader.quote(cells[1]));
        problems++;
      }
      if (time.isPresent() && quantity.isPresent()) {
        at.add(time.get());
        quantities.add(quantity.get());
      }
      if (at.size() > ReplayDemand.MAX_ORDERS) {
        in.problems().add(source, row + 1, 1, "(file)", "at most " + ReplayDemand.MAX_ORDERS + " orders", "more");
        return Optional.empty();
      }
    }
    if (problems > 0) {
      return Optional.empty();
    }
    if (at.isEmpty()) {
      in.problems().add(source, row, 1, "(file)", "at least one order after the header", "none");
      return Optional.empty();
    }
    return Optional.of(ReplayDemand.format(at.stream().mapToLong(Long::longValue).toArray(),
        quantities.stream().mapToLong(Long::longValue).toArray()));
  }

  private static Optional<Long> day(String cell) {
    try {
      BigDecimal days = new BigDecimal(cell.strip());
      if (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
        return Optional.empty();
      }
      return Optional.of(days.multiply(BigDecimal.valueOf(SimTime.DAY_MS)).setScale(0, java.math.RoundingMode.HALF_UP)
          .longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> quantity(String cell) {
    try {
      long q = Long.parseLong(cell.strip());
      return q >= 0 && q <= ReplayDemand.MAX_QUANTITY ? Optional.of(q) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
