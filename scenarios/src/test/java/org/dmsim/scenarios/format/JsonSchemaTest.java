package org.dmsim.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/scenario.schema.json, checked by a JSON Schema validator, accepts every valid file and rejects wrong types. */
class JsonSchemaTest {
  private static final Path SCHEMA = Path.of("..", FormatDocs.SCHEMA);

  /** The one test file that is wrong on purpose (twenty mistakes, PlantedMistakesTest). */
  private static final String PLANTED_MISTAKES = "planted-mistakes.yaml";

  static Stream<Path> validFiles() throws IOException {
    List<Path> folders = List.of(Path.of("library"), Path.of("src/test/resources/scenario"),
        Path.of("src/test/resources/experiment"));
    Stream<Path> out = Stream.empty();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        out = Stream.concat(out, files.filter(f -> f.toString().endsWith(".yaml"))
            .filter(f -> !f.getFileName().toString().equals(PLANTED_MISTAKES)).sorted().toList().stream());
      }
    }
    return out;
  }

  @Test
  void validFiles_coverTheLibraryAndItsMarket() throws IOException {
    assertThat(validFiles().map(p -> p.getFileName().toString()))
        .contains("tiny-factory.yaml", "eu-spare-parts-market.yaml", "eu-disruption-suite.yaml", "suite.yaml");
  }

  @Test
  void validate_fileWithPlantedMistakes_failsOnItsTypeMistakes() throws IOException {
    String planted = Files.readString(Path.of("src/test/resources/scenario", PLANTED_MISTAKES), StandardCharsets.UTF_8);

    assertThat(problems(planted)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validate_validFile_passes(Path file) throws IOException {
    assertThat(problems(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
  }

  @Test
  void validate_wrongType_fails() throws IOException {
    String tiny = Files.readString(Path.of("library", "tiny-factory.yaml"), StandardCharsets.UTF_8);
    String broken = tiny.replaceFirst("replications: [0-9]+", "replications: many");
    assertThat(broken).isNotEqualTo(tiny);
    assertThat(problems(broken)).anySatisfy(m -> assertThat(m.getMessage()).contains("replications"));
  }

  @Test
  void validate_quotedNumberAndUnknownField_fail() throws IOException {
    String market = Files.readString(Path.of("library", "eu-spare-parts-market.yaml"), StandardCharsets.UTF_8);
    String quoted = market.replaceFirst("weightKg: ([0-9.]+)", "weightKg: \"$1\"");
    assertThat(quoted).isNotEqualTo(market);
    assertThat(problems(quoted)).anySatisfy(m -> assertThat(m.getMessage()).contains("weightKg"));
    String misspelt = market.replaceFirst("weightKg:", "weightkg:");
    assertThat(problems(misspelt)).anySatisfy(m -> assertThat(m.getMessage()).contains("weightkg"));
  }

  @Test
  void validate_experimentWithoutCases_fails() {
    String experiment = "format: 2\nkind: experiment\nname: x\nvariants:\n  - {name: a, file: a.yaml}\n";
    assertThat(problems(experiment)).anySatisfy(m -> assertThat(m.getMessage()).contains("cases"));
  }

  private static Set<ValidationMessage> problems(String yaml) {
    try {
      JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(YamlTree.read(yaml));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
