package org.dmsim.scenarios.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the files made from {@link ScenarioFormat}: the reference in
 * {@code docs/scenario-format.md} and {@code docs/scenario.schema.json}. Run from the repository root
 * ({@code java -cp ... org.dmsim.scenarios.format.FormatDocs [ROOT]}), or through the test
 * {@code FormatDocsTest} with {@code -Ddmsim.updateDocs=true}.
 */
public final class FormatDocs {
  /** The format description, relative to the repository root. */
  public static final String FORMAT_DOC = "docs/scenario-format.md";
  /** The JSON Schema, relative to the repository root. */
  public static final String SCHEMA = "docs/scenario.schema.json";

  private FormatDocs() {
  }

  /** The format description with its reference as the table says. */
  public static String formatDoc(String current) {
    return ReferenceDoc.replace(current, ScenarioFormat.SECTIONS);
  }

  /** Rewrites both files under {@code root}. */
  public static void update(Path root) throws IOException {
    Path doc = root.resolve(FORMAT_DOC);
    Files.writeString(doc, formatDoc(Files.readString(doc, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    Files.writeString(root.resolve(SCHEMA), JsonSchema.text(), StandardCharsets.UTF_8);
  }

  /** @param args the repository root, by default the working directory */
  public static void main(String[] args) throws IOException {
    update(Path.of(args.length > 0 ? args[0] : "."));
  }
}
