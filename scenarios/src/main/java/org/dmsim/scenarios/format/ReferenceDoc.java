package org.dmsim.scenarios.format;

import java.util.List;

/**
 * Writes the reference of the format — a table per {@link Section} — as the Markdown that
 * {@code docs/scenario-format.md} holds between {@link #BEGIN} and {@link #END}. A field's range is
 * split in two columns: its lower bound ("Range") and its ceiling ("Up to").
 */
public final class ReferenceDoc {
  /** The line before the generated text. */
  public static final String BEGIN = "<!-- BEGIN GENERATED REFERENCE: do not edit by hand; see \"Updating the reference\" -->";
  /** The line after the generated text. */
  public static final String END = "<!-- END GENERATED REFERENCE -->";

  private ReferenceDoc() {
  }

  /** The reference of {@code sections}, without the markers, ending with a newline. */
  public static String markdown(List<Section> sections) {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      b.append("<a id=\"").append(Section.anchor(s.name())).append("\"></a>\n\n");
      b.append("#### `").append(s.name()).append("` — ").append(s.title()).append("\n\n");
      b.append(cell(s.description())).append("\n\n");
      b.append("| Field | Type | Unit | Default | Range | Up to | Description |\n");
      b.append("|---|---|---|---|---|---|---|\n");
      for (Field f : s.fields()) {
        b.append("| `").append(f.name()).append("` | ").append(cell(f.type().text())).append(" | ")
            .append(cell(f.unit())).append(" | ").append(cell(f.presence().text())).append(" | ")
            .append(cell(f.range().lowText(f::bound))).append(" | ").append(cell(f.range().highText(f::bound)))
            .append(" | ").append(cell(f.description())).append(" |\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * {@code document} with the text between its markers replaced by the reference of {@code sections}.
   *
   * @throws IllegalArgumentException when the document lacks the markers, in that order
   */
  public static String replace(String document, List<Section> sections) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the document has no lines " + BEGIN + " ... " + END);
    }
    return document.substring(0, begin + BEGIN.length()) + "\n\n" + markdown(sections) + document.substring(end);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
