package org.dmsim.scenarios.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;

/**
 * A CSV file as a header row and data rows of cells, each cell with its 1-based line and column, parsed
 * by Jackson's CSV parser (RFC 4180: a cell in double quotes may hold commas, line breaks and doubled
 * quotes). Blank lines and lines starting with {@code #} are skipped. A cell's text is stripped of the
 * spaces around it, and its position is that of its first character of text. A file that is not CSV, or that crosses a limit, is reported at the position where
 * that is found.
 *
 * @param header the header row: the column names
 * @param rows   the data rows, in file order
 */
record CsvTable(List<Cell> header, List<List<Cell>> rows) {
  /**
   * What the name of a {@link Mark} at a cell starts with; the rest is the cell's column, which
   * {@link Problems} reports as the problem's field.
   */
  static final String MARK_PREFIX = "\u0000dmsim-csv-column:";

  /** Jackson's mappers are thread-safe once configured; a parser is made per text. */
  private static final CsvMapper CSV = new CsvMapper();

  CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * One cell.
   *
   * @param text   the cell's text, stripped; empty for an empty cell
   * @param line   1-based line where the cell starts
   * @param column 1-based column of the cell's first character of text (after spaces and an opening quote)
   * @param offset 0-based character offset of that character, which orders cells within the file
   */
  record Cell(String text, int line, int column, long offset) {}

  /** A mark at {@code cell} that names its column, for a value read from it. */
  static Mark mark(Cell cell, String column) {
    return mark(cell, column, 0);
  }

  /** A mark {@code shift} characters into {@code cell} (a part of a cell such as {@code cnc:3;lathe:2}). */
  static Mark mark(Cell cell, String column, int shift) {
    return new Mark(MARK_PREFIX + column, (int) Math.min(Integer.MAX_VALUE, cell.offset() + shift), cell.line() - 1,
        cell.column() - 1 + shift, new int[0], 0);
  }

  /**
   * How many characters of a cell that starts at {@code offset} come before its text: spaces, an opening
   * quote and spaces inside it, which the cell's stripped text leaves out. None for an empty cell.
   */
  private static int lead(String text, long offset) {
    int i = (int) offset;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '"') {
      i++;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    return i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r'
        && text.charAt(i) != '"' ? i - (int) offset : 0;
  }

  /** Parses CSV text; empty after reporting the first problem under {@code source}. */
  static Optional<CsvTable> parse(String text, String source, Problems problems) {
    List<List<Cell>> all = new ArrayList<>();
    try (CsvParser p = (CsvParser) CSV.getFactory().createParser(new StringReader(text))) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(CsvSchema.emptySchema().withComments());
      List<Cell> row = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent() != null
            && p.getParsingContext().getParent().inArray()) {
          row = new ArrayList<>();
        } else if (t == JsonToken.VALUE_STRING && row != null) {
          JsonLocation at = p.getTokenLocation();
          String cell = p.getText();
          if (cell.length() > LoaderLimits.MAX_SCALAR_CHARS) {
            problems.add(source, at.getLineNr(), at.getColumnNr(), Problems.FILE,
                "cells of at most " + LoaderLimits.MAX_SCALAR_CHARS + " characters", "a cell of " + cell.length());
            return Optional.empty();
          }
          int lead = lead(text, at.getCharOffset());
          row.add(new Cell(cell.strip(), at.getLineNr(), at.getColumnNr() + lead, at.getCharOffset() + lead));
          if (row.size() > LoaderLimits.MAX_CSV_CELLS) {
            problems.add(source, at.getLineNr(), at.getColumnNr(), Problems.FILE,
                "rows of at most " + LoaderLimits.MAX_CSV_CELLS + " cells", "a row of more");
            return Optional.empty();
          }
        } else if (t == JsonToken.END_ARRAY && row != null) {
          if (!(row.size() == 1 && row.get(0).text().isEmpty())) {
            all.add(row);
          }
          row = null;
          if (all.size() > LoaderLimits.MAX_CSV_ROWS + 1) {
            problems.add(source, p.getTokenLocation().getLineNr(), 1, Problems.FILE,
                "at most " + LoaderLimits.MAX_CSV_ROWS + " rows after the header", "more rows");
            return Optional.empty();
          }
        }
      }
    } catch (JsonProcessingException e) {
      // Where the cell in error starts (an unclosed quote's), rather than where the parser gave up (the file's end).
      JsonLocation at = e.getProcessor() instanceof CsvParser p ? p.getTokenLocation() : e.getLocation();
      problems.add(source, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
          Problems.SYNTAX, "valid CSV", "a syntax error: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    if (all.isEmpty()) {
      problems.add(source, 1, 1, Problems.FILE, "a CSV file with a header row naming its columns", "an empty file");
      return Optional.empty();
    }
    return Optional.of(new CsvTable(all.get(0), all.subList(1, all.size())));
  }
}
