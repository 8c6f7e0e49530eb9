package org.dmsim.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference in docs/scenario-format.md and docs/scenario.schema.json are what the field table
 * gives; with -Ddmsim.updateDocs=true the test rewrites them instead.
 */
class FormatDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final String HOW = " is stale: it is generated from org.dmsim.scenarios.format.ScenarioFormat. "
      + "Regenerate it with: mvn -o -q -pl scenarios -am test -Dtest=FormatDocsTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Ddmsim.updateDocs=true (and commit the result)";

  @Test
  void reference_inFormatDoc_isWhatTheTableGives() throws IOException {
    Path doc = ROOT.resolve(FormatDocs.FORMAT_DOC);
    String current = Files.readString(doc, StandardCharsets.UTF_8);
    String expected = FormatDocs.formatDoc(current);
    if (!expected.equals(current)) {
      update(doc, expected);
    }
    assertThat(expected).contains("#### `products[]` — product", "| `weightKg` | number | kg | required | > 0 |");
  }

  @Test
  void schemaFile_isWhatTheTableGives() throws IOException {
    Path schema = ROOT.resolve(FormatDocs.SCHEMA);
    String expected = JsonSchema.text();
    String current = Files.exists(schema) ? Files.readString(schema, StandardCharsets.UTF_8) : "";
    if (!expected.equals(current)) {
      update(schema, expected);
    }
    assertThat(expected).contains("draft-07", "\"weightKg\"");
  }

  @Test
  void replace_documentWithoutMarkers_saysWhatIsMissing() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceDoc.replace("# no markers", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ReferenceDoc.BEGIN);
  }

  @Test
  void replace_keepsTheTextAroundTheMarkers() {
    String doc = "before\n" + ReferenceDoc.BEGIN + "\nold\n" + ReferenceDoc.END + "\nafter\n";
    String out = ReferenceDoc.replace(doc, List.of(ScenarioFormat.COSTS));
    assertThat(out).startsWith("before\n" + ReferenceDoc.BEGIN + "\n\n<a id=\"ref-costs\"></a>")
        .endsWith("\n" + ReferenceDoc.END + "\nafter\n").doesNotContain("\nold\n")
        .contains("| `holdingRatePerYear` | number | per year | `0` | ≥ 0 |");
  }

  private static void update(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("dmsim.updateDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return;
    }
    fail(file.normalize() + HOW);
  }
}
