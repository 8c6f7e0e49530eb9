package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and oversized inputs (issue 10): each is refused with one positioned, one-line problem, and
 * none reaches the parts of the loader whose cost grows faster than the file.
 */
class LoaderLimitsTest {
  private static final String VALID = read(Path.of("library", "tiny-factory.yaml"));

  @TempDir
  Path dir;

  @Test
  void load_fileOverSizeLimitThroughComments_isRefusedBeforeReading() throws IOException {
    String padding = ("#" + "x".repeat(999) + "\n").repeat(3200);
    Path file = write("big.yaml", VALID + padding);

    Problem p = onlyProblem(file);

    assertThat(p.field()).isEqualTo(Problems.FILE);
    assertThat(p.expected()).contains("at most 3 MB");
    assertThat(p.found()).startsWith("a larger file");
  }

  @Test
  void load_deviceFile_isRefusedWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");

    Problem p = onlyProblem(zero);

    assertThat(p.found()).isEqualTo("a device, pipe or other special file");
  }

  @Test
  void load_hundredThousandOpenBracketsOnOneLine_isOneLineTooLong() throws IOException {
    Path file = write("deep.yaml", "format: 2\nproducts: " + "[".repeat(100_000) + "\n");

    Problem p = onlyProblem(file);

    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(LoaderLimits.MAX_LINE_CHARS + 1);
    assertThat(p.found()).isEqualTo("a line of 100010 characters");
  }

  @Test
  void load_nestingDeeperThanLimitOverManyLines_isReportedWhereItCrossesTheLimit() throws IOException {
    // A flow list opened on every line, one more level each time.
    StringBuilder flow = new StringBuilder("format: 2\nproducts:\n");
    for (int depth = 0; depth < 10_000; depth++) {
      flow.append("  [\n");
    }
    Path file = write("deep-lines.yaml", flow.toString());

    Problem p = onlyProblem(file);

    assertThat(p.expected()).isEqualTo("at most " + LoaderLimits.MAX_NESTING_DEPTH + " levels of nested mappings and lists");
    assertThat(p.line()).isEqualTo(3 + LoaderLimits.MAX_NESTING_DEPTH - 1);
    assertThat(p.field()).hasSizeLessThanOrEqualTo(LoaderLimits.MAX_PHRASE_CHARS + 40);
  }

  @Test
  void load_valueLongerThanLimitOverManyLines_isReportedAtTheValue() throws IOException {
    String folded = ("  " + "word ".repeat(1_000) + "\n").repeat(10);
    Path file = write("long-value.yaml", VALID.replaceFirst("(?m)^name: .*$", "name: >\n" + folded.replace("$", "")));

    Problem p = onlyProblem(file);

    assertThat(p.field()).isEqualTo("name");
    assertThat(p.expected()).isEqualTo("a value of at most " + LoaderLimits.MAX_SCALAR_CHARS + " characters");
    assertThat(p.found()).matches("a value of [0-9]+ characters");
  }

  @Test
  void load_idLongerThanLimit_isReportedWithItsLengthNotItsText() throws IOException {
    String id = "n" + "x".repeat(5_000);
    Path file = write("long-id.yaml", VALID.replace("plant-frankfurt", id));

    ScenarioException e = problems(file);

    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.format()).doesNotContain(id));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.found()).isEqualTo("a name of 5001 characters"));
  }

  @Test
  void load_keyWithBidiOverride_isPrintedEscaped() throws IOException {
    Path file = write("bidi.yaml", VALID.replaceFirst("format: 2", "format: 2\nna\u202eme\u200b: 1"));

    Problem p = onlyProblem(file);

    assertThat(p.format()).doesNotContain("\u202e", "\u200b").contains("na\\u202eme\\u200b");
  }

  @Test
  void problem_veryLongPhrases_areCutWithACount() {
    Problem p = new Problem("a.yaml", 1, 1, "x", "one of: " + "id, ".repeat(30_000), "y");

    assertThat(p.expected()).hasSizeLessThan(LoaderLimits.MAX_PHRASE_CHARS + 40).endsWith(" more characters)");
  }

  @Test
  void spelling_longWordAgainstLongCandidate_isNotCompared() {
    String word = "a".repeat(50_000);

    assertThat(Spelling.closest(word, List.of(word + "b"))).isEmpty();
    assertThat(Spelling.closest("machnes", List.of("x".repeat(100_000), "machines"))).contains("machines");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static ScenarioException problems(Path file) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);
    assertThat(e).as("problems for %s", file).isNotNull();
    return e;
  }

  private static Problem onlyProblem(Path file) {
    List<Problem> problems = problems(file).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("bundled scenario " + file, e);
    }
  }
}
