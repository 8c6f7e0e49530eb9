package org.dmsim.reports.json;

/**
 * A minimal streaming JSON writer with two-space indentation. Doubles are written in the shortest
 * form that reads back to the same value ({@link Double#toString}); NaN and infinities, which JSON
 * lacks, are written as {@code null}.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  /** Opens an object, as a value or after a {@link #name}. */
  public JsonWriter beginObject() {
    valuePrefix();
    out.append('{');
    depth++;
    first = true;
    return this;
  }

  /** Closes the innermost object. */
  public JsonWriter endObject() {
    return close('}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    valuePrefix();
    out.append('[');
    depth++;
    first = true;
    return this;
  }

  /** Closes the innermost array. */
  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    if (!first) {
      out.append(',');
    }
    newline();
    string(name);
    out.append(": ");
    first = true;
    pendingName = true;
    return this;
  }

  /** Writes a string value. */
  public JsonWriter value(String s) {
    valuePrefix();
    string(s);
    return this;
  }

  /** Writes an integer value. */
  public JsonWriter value(long v) {
    valuePrefix();
    out.append(v);
    return this;
  }

  /** Writes a number, or {@code null} for NaN and infinities. */
  public JsonWriter value(double v) {
    valuePrefix();
    out.append(Double.isFinite(v) ? Double.toString(v) : "null");
    return this;
  }

  /** The document so far, with a final newline. */
  public String toJson() {
    return out + "\n";
  }

  private boolean pendingName;

  private void valuePrefix() {
    if (pendingName) {
      pendingName = false;
      first = false;
      return;
    }
    if (depth > 0) {
      if (!first) {
        out.append(',');
      }
      newline();
    }
    first = false;
  }

  private JsonWriter close(char c) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(c);
    first = false;
    return this;
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
