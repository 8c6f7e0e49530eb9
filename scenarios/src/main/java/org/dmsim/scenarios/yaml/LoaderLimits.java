package org.dmsim.scenarios.yaml;

/**
 * The most a scenario, part or experiment file may ask of the loader, so that no input — a mistake or a
 * hostile file — makes it run out of memory or take more than about a second per megabyte. Each limit is
 * far above what a real scenario needs (the largest bundled file is about 30 KB, 6 levels deep, with ids
 * under 30 characters) and is reported with the position where it is crossed. Documented in
 * {@code docs/scenario-format.md}, "Limits".
 */
final class LoaderLimits {
  /** Largest file read, in bytes, checked before reading (comments count too). */
  static final long MAX_FILE_BYTES = 3L * 1024 * 1024;
  /** Deepest nesting of mappings and lists; a scenario needs about 6. */
  static final int MAX_NESTING_DEPTH = 40;
  /** Longest single value or key, in characters. */
  static final int MAX_SCALAR_CHARS = 10_000;
  /** Longest line, in characters: a value at its limit, indented and with its key, fits. */
  static final int MAX_LINE_CHARS = MAX_SCALAR_CHARS + 1_000;
  /** Longest id of a node, product, region, supplier or other named entry, in characters. */
  static final int MAX_ID_CHARS = 64;
  /** Most data rows of one imported CSV file: far above a network's size (a scenario of 200 sites runs in seconds). */
  static final int MAX_CSV_ROWS = 100_000;
  /** Most cells in one row of an imported CSV file; a file has at most 9. */
  static final int MAX_CSV_CELLS = 100;
  /** Longest phrase (field path, expected, found) in one problem line, in characters, after escaping. */
  static final int MAX_PHRASE_CHARS = 400;

  private LoaderLimits() {}
}
