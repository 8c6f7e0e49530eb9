package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.format.Section;
import org.dmsim.scenarios.yaml.CsvTable.Cell;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the CSV files a scenario imports ({@code import: {nodes: FILE, regions: FILE}}): each row of a
 * nodes file becomes a node, and the rows of a regions file become regions with one demand line per row.
 * Each row is turned into the tree a YAML entry would have — its cells' marks naming the file, line,
 * column and the cell's column name ({@link CsvTable#mark}) — and read by the same {@link NodeReader} or
 * {@link RegionReader}, so that a CSV entry meets every check a YAML one does and its problems read
 * {@code sites.csv:7:12: lat: expected ..., found ...}. The columns are those of
 * {@link ScenarioFormat#NODE_COLUMNS} and {@link ScenarioFormat#REGION_COLUMNS}, named by the header row in
 * any order. Ids are declared in {@link Declarations} like those written in YAML, so that an id given in
 * both is reported with both places. A file or header that cannot be read leaves its section incomplete,
 * so that references to its ids are not reported as well.
 */
final class CsvImport {
  /** What the entry a problem about a whole row names is called ("already the id of the row at line 7"). */
  static final String ROW = "the row";
  private static final String ROW_FIELD = "(row)";
  private static final String HEADER_FIELD = "(header)";
  private static final List<String> CSV_KINDS = List.of("plant", "microfactory");
  private static final String MACHINE_GROUPS =
      "machine groups as TYPE:COUNT separated by ';' (e.g. cnc:3;lathe:2)";

  private final ValueReader in;
  private final Problems problems;
  private final Declarations ids;
  private final Parts parts;

  CsvImport(ValueReader in, Declarations ids, Parts parts) {
    this.in = in;
    this.problems = in.problems();
    this.ids = ids;
    this.parts = parts;
  }

  /** The nodes of the CSV file {@code reference} names, each read by {@code reader}; empty after reporting. */
  Optional<List<NodeSpec>> nodes(Value reference, NodeReader reader) {
    Section columns = ScenarioFormat.NODE_COLUMNS;
    Optional<Table> table = table(reference, "nodes", ScenarioFormat.IMPORT.field("nodes"), columns);
    if (table.isEmpty()) {
      ids.nodes.complete = false;
      return Optional.empty();
    }
    Table t = table.get();
    List<NodeSpec> out = new ArrayList<>();
    boolean complete = true;
    for (List<Cell> row : t.rows()) {
      Optional<MappingNode> entry = nodeTree(t, row);
      if (entry.isEmpty()) {
        ids.nodes.complete = false;
        complete = false;
        continue;
      }
      Optional<NodeSpec> node = reader.node(rowValue(entry.get(), row, t.document()));
      node.ifPresent(out::add);
      complete &= node.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /**
   * The regions of the CSV file {@code reference} names, one per region id in the order first given,
   * each read by {@code reader}; empty after reporting.
   */
  Optional<List<RegionSpec>> regions(Value reference, RegionReader reader) {
    Section columns = ScenarioFormat.REGION_COLUMNS;
    Optional<Table> table = table(reference, "regions", ScenarioFormat.IMPORT.field("regions"), columns);
    if (table.isEmpty()) {
      ids.regions.complete = false;
      return Optional.empty();
    }
    Table t = table.get();
    Map<String, List<List<Cell>>> byRegion = new LinkedHashMap<>();
    for (List<Cell> row : t.rows()) {
      byRegion.computeIfAbsent(t.cell(row, "region").text(), k -> new ArrayList<>()).add(row);
    }
    List<RegionSpec> out = new ArrayList<>();
    boolean complete = true;
    for (List<List<Cell>> rows : byRegion.values()) {
      List<Cell> first = rows.get(0);
      boolean sameLocation = true;
      for (List<Cell> row : rows.subList(1, rows.size())) {
        sameLocation &= sameAs(t, first, row, "lat") & sameAs(t, first, row, "lon");
      }
      List<Node> demand = new ArrayList<>();
      for (List<Cell> row : rows) {
        demand.add(mapping(row.get(0), t.fields(row, List.of("product", "ordersPerDay", "orderSize",
            "promisedLeadTime", "patience", "trendPerYear"))));
      }
      Cell demandAt = first.get(0);
      Map<String, Node> region = new LinkedHashMap<>();
      region.put("id", scalar(t.cell(first, "region"), "region"));
      region.put("location", location(t, first));
      region.put("demand", new SequenceNode(Tag.SEQ, true, demand, CsvTable.mark(demandAt, ROW_FIELD),
          CsvTable.mark(demandAt, ROW_FIELD), DumperOptions.FlowStyle.BLOCK));
      Optional<RegionSpec> spec = reader.region(rowValue(mapping(first.get(0), region), first,
          t.document()));
      spec.ifPresent(out::add);
      complete &= spec.isPresent() && sameLocation;
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  // ---- rows --------------------------------------------------------------------------------------

  /** The tree of one node row; empty after reporting a kind or a machines cell no YAML node could have. */
  private Optional<MappingNode> nodeTree(Table t, List<Cell> row) {
    Cell kind = t.cell(row, "kind");
    if (!kind.text().isEmpty() && !CSV_KINDS.contains(kind.text())) {
      String why = kind.text().equals("distribution-centre")
          ? " (a distribution centre has stock rules: write it under nodes in the YAML file)"
          : ValueReader.suggestion(kind.text(), CSV_KINDS);
      report(t, kind, "kind", "one of: " + String.join(", ", CSV_KINDS), ValueReader.quote(kind.text()) + why);
      return Optional.empty();
    }
    Optional<Node> machines = machines(t, t.cell(row, "machines"));
    if (machines.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> node = t.fields(row, List.of("id", "kind"));
    node.put("location", location(t, row));
    node.put("machines", machines.get());
    node.putAll(t.fields(row, List.of("discipline", "fixedCostEurPerDay", "quality")));
    return Optional.of(mapping(row.get(0), node));
  }

  /** {@code cnc:3;lathe:2} as a list of machine groups, each part marked where it is in the cell. */
  private Optional<Node> machines(Table t, Cell cell) {
    if (cell.text().isEmpty()) {
      return Optional.of(scalar(cell, "machines"));
    }
    // Each part is marked at its own column in the cell (exact unless the cell holds doubled quotes or a line break).
    String raw = cell.text();
    List<Node> groups = new ArrayList<>();
    int at = 0;
    for (String part : raw.split(";", -1)) {
      int start = at + (part.length() - part.stripLeading().length());
      at += part.length() + 1;
      String p = part.strip();
      int colon = p.indexOf(':');
      if (colon <= 0 || colon == p.length() - 1 || p.indexOf(':', colon + 1) >= 0) {
        report(t, shifted(cell, start), "machines", MACHINE_GROUPS, ValueReader.quote(p.isEmpty() ? raw : p));
        return Optional.empty();
      }
      Cell type = shifted(cell, start);
      String countText = p.substring(colon + 1);
      Cell count = shifted(cell, start + colon + 1 + (countText.length() - countText.stripLeading().length()));
      Map<String, Node> group = new LinkedHashMap<>();
      group.put("type", scalar(new Cell(p.substring(0, colon).strip(), type.line(), type.column(), type.offset()),
          "machines"));
      group.put("count", scalar(new Cell(countText.strip(), count.line(), count.column(), count.offset()), "machines"));
      groups.add(mapping(CsvTable.mark(type, "machines"), group));
    }
    Mark mark = CsvTable.mark(cell, "machines");
    return Optional.of(new SequenceNode(Tag.SEQ, true, groups, mark, mark, DumperOptions.FlowStyle.BLOCK));
  }

  /** A {@code {lat, lon}} mapping from a row's cells. */
  private static Node location(Table t, List<Cell> row) {
    Map<String, Node> at = new LinkedHashMap<>();
    at.put("lat", scalar(t.cell(row, "lat"), "lat"));
    at.put("lon", scalar(t.cell(row, "lon"), "lon"));
    return mapping(CsvTable.mark(t.cell(row, "lat"), "lat"), at);
  }

  /** Whether a later row of a region gives the same {@code column} as its first; reports it otherwise. */
  private boolean sameAs(Table t, List<Cell> first, List<Cell> row, String column) {
    Cell a = t.cell(first, column);
    Cell b = t.cell(row, column);
    if (a.text().equals(b.text()) || number(a.text()).isPresent() && number(a.text()).equals(number(b.text()))) {
      return true;
    }
    report(t, b, column, "the " + column + " of region " + ValueReader.quote(t.cell(first, "region").text())
        + " as on its first row (line " + a.line() + "): " + ValueReader.quote(a.text()), ValueReader.quote(b.text()));
    return false;
  }

  private static Optional<Double> number(String text) {
    return ValueReader.DECIMAL.matcher(text).matches() ? Optional.of(Double.parseDouble(text)) : Optional.empty();
  }

  /** The row's entry as a value: its problems about the whole row are at its first cell. */
  private static Value rowValue(MappingNode entry, List<Cell> row, Document document) {
    return new Value(entry, ROW, CsvTable.mark(row.get(0), ROW_FIELD), document);
  }

  /** A mapping that starts at a row's first cell. */
  private static MappingNode mapping(Cell at, Map<String, Node> fields) {
    return mapping(CsvTable.mark(at, ROW_FIELD), fields);
  }

  /** A mapping of the fields in order, each key marked where its value is, so that a problem is at the cell. */
  private static MappingNode mapping(Mark at, Map<String, Node> fields) {
    List<NodeTuple> tuples = new ArrayList<>();
    fields.forEach((k, v) -> tuples.add(new NodeTuple(key(k, v.getStartMark()), v)));
    return new MappingNode(Tag.MAP, true, tuples, at, at, DumperOptions.FlowStyle.BLOCK);
  }

  private static ScalarNode key(String name, Mark at) {
    return new ScalarNode(Tag.STR, true, name, at, at, DumperOptions.ScalarStyle.PLAIN);
  }

  /**
   * A cell as a plain scalar, as if written unquoted in YAML: a CSV cell's quotes only let it hold commas,
   * they do not make a number a text. An empty cell is nothing (a YAML null).
   */
  private static ScalarNode scalar(Cell cell, String column) {
    Mark mark = CsvTable.mark(cell, column);
    return new ScalarNode(cell.text().isEmpty() ? Tag.NULL : Tag.STR, true, cell.text(), mark, mark,
        DumperOptions.ScalarStyle.PLAIN);
  }

  private static Cell shifted(Cell cell, int by) {
    return new Cell(cell.text(), cell.line(), cell.column() + by, cell.offset() + by);
  }

  private void report(Table t, Cell cell, String column, String expected, String found) {
    problems.add(t.document().source(), cell.line(), cell.column(), column, expected, found);
  }

  // ---- files and headers -------------------------------------------------------------------------

  /** The file's table with its header checked against {@code columns}; empty after reporting. */
  private Optional<Table> table(Value reference, String kind, Field field, Section columns) {
    Optional<Parts.Text> text = parts.csv(reference, kind, field.expected());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Document document = text.get().document();
    String source = document.source();
    Optional<CsvTable> table = CsvTable.parse(text.get().text(), source, problems);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = columns.names();
    Map<String, Integer> index = new LinkedHashMap<>();
    int before = problems.count();
    List<Cell> header = table.get().header();
    for (int i = 0; i < header.size(); i++) {
      Cell c = header.get(i);
      if (!names.contains(c.text())) {
        problems.add(source, c.line(), c.column(), HEADER_FIELD, "column names, each one of: " + String.join(", ", names),
            (c.text().isEmpty() ? "an empty column name" : "unknown column " + ValueReader.quote(c.text()))
                + ValueReader.suggestion(c.text(), names));
      } else if (index.putIfAbsent(c.text(), i) != null) {
        problems.add(source, c.line(), c.column(), HEADER_FIELD, "each column once",
            ValueReader.quote(c.text()) + " again, first in column " + (index.get(c.text()) + 1));
      }
    }
    Cell start = header.get(0);
    for (Field f : columns.fields()) {
      if (f.required() && !index.containsKey(f.name())) {
        problems.add(source, start.line(), start.column(), f.name(), "a column " + f.name() + " (" + f.description()
            + ") in the header row", "a header without it: " + ValueReader.quote(String.join(",",
                header.stream().map(Cell::text).toList())));
      }
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> row : table.get().rows()) {
      if (row.size() != header.size()) {
        Cell at = row.size() > header.size() ? row.get(header.size()) : row.get(row.size() - 1);
        problems.add(source, at.line(), at.column(), ROW_FIELD, header.size() + " cells, as the header row has",
            row.size() + " cells");
        continue;
      }
      rows.add(row);
    }
    if (rows.size() != table.get().rows().size()) {
      return Optional.empty();
    }
    if (rows.isEmpty()) {
      problems.add(source, start.line(), start.column(), Problems.FILE, "at least one row after the header row",
          "only the header row");
      return Optional.empty();
    }
    return Optional.of(new Table(document, columns, index, rows));
  }

  /**
   * A CSV file's rows with the index of each column the header names.
   *
   * @param document the file, for the values read from it
   * @param columns  the columns a file of its kind may have
   * @param index    each column's index, by name; an optional column may be missing
   * @param rows     the data rows, each with a cell per column
   */
  private record Table(Document document, Section columns, Map<String, Integer> index, List<List<Cell>> rows) {
    /** The row's cell of {@code column}; an empty cell at the row's start for an optional column the file lacks. */
    Cell cell(List<Cell> row, String column) {
      Integer i = index.get(column);
      if (i == null) {
        Cell first = row.get(0);
        return new Cell("", first.line(), first.column(), first.offset());
      }
      return row.get(i);
    }

    /** The non-empty cells of {@code columns} as scalars, in that order; an empty cell of a required column as nothing. */
    Map<String, Node> fields(List<Cell> row, List<String> names) {
      Map<String, Node> out = new LinkedHashMap<>();
      for (String c : names) {
        Cell cell = cell(row, c);
        if (!cell.text().isEmpty() || columns.field(c).required()) {
          out.put(c, scalar(cell, c));
        }
      }
      return out;
    }
  }
}
