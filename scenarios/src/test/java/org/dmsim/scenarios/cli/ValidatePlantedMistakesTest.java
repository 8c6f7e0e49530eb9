package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dmsim validate} on the scenario with twenty planted mistakes: each on a line of its own, exit code 2. */
class ValidatePlantedMistakesTest {
  @Test
  void validate_twentyPlantedMistakes_printsTwentyProblemLinesAndExits2() throws Exception {
    Path file = Path.of(ValidatePlantedMistakesTest.class.getResource("/scenario/planted-mistakes.yaml").toURI());
    CliRun r = CliRun.of("validate", file.toString());
    assertThat(r.code()).isEqualTo(2);
    List<String> lines = Arrays.asList(r.err().split("\\R"));
    List<String> problems = lines.stream().filter(l -> l.startsWith(file + ":")).toList();
    assertThat(problems).hasSize(20);
    assertThat(problems).extracting(l -> l.substring(file.toString().length() + 1).split(":")[0])
        .doesNotHaveDuplicates();
    assertThat(problems.get(0)).startsWith(file + ":6:1: replication: ");
    assertThat(problems.get(19)).startsWith(file + ":132:5: disruptions[1].to: ");
    assertThat(lines).contains("dmsim: " + file + " has 20 problems", "dmsim: 1 of 1 file did not validate");
    assertThat(r.err()).doesNotContain("Exception");
  }
}
