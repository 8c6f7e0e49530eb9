package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
  private static final RunRecord.Inputs INPUTS = new RunRecord.Inputs("1.0", 7,
      Map.of("exp.yaml", "aa", "central.yaml", "bb"), List.of("central: horizon=30d"));

  @TempDir
  Path dir;

  private static RunResult result(int replication) {
    return new RunResult("quick", 7, replication, 86_400_000L, List.of(
        new EntityResult("plant", 12 + replication, 0xfeedL * (replication + 1), List.of(
            MetricValue.counter("units", 40 + replication),
            MetricValue.daily("wip", 1.25, 2.0, new double[] {0.5, Double.NaN, 3.0 / 7})))));
  }

  @Test
  void record_runs_readBackWithTheirInputs() throws Exception {
    try (RunRecord record = RunRecord.create(dir, INPUTS)) {
      record.record("baseline", "central", 0, result(0));
      record.record("outage", "central", 1, result(1));
      assertThat(record.size()).isEqualTo(2);
    }

    RunRecord.Contents contents = RunRecord.read(dir.resolve(RunRecord.FILE_NAME));

    assertThat(contents.inputs()).contains(INPUTS);
    assertThat(contents.runs()).containsExactly(
        Map.entry(RunRecord.key("baseline", "central", 0), result(0)),
        Map.entry(RunRecord.key("outage", "central", 1), result(1)));
    assertThat(contents.runs().get(RunRecord.key("outage", "central", 1)).digest()).isEqualTo(result(1).digest());
    assertThat(contents.validBytes()).isEqualTo(Files.size(dir.resolve(RunRecord.FILE_NAME)));
  }

  @Test
  void read_tornLastLine_isIgnoredAndResumeCutsItOff() throws Exception {
    try (RunRecord record = RunRecord.create(dir, INPUTS)) {
      record.record("baseline", "central", 0, result(0));
      record.record("baseline", "central", 1, result(1));
    }
    Path file = dir.resolve(RunRecord.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    String whole = String.join("\n", lines.subList(0, 2)) + "\n";
    // as a kill in the middle of writing the third line leaves it: no line break at the end
    Files.writeString(file, whole + lines.get(2).substring(0, lines.get(2).length() / 2));

    RunRecord.Contents torn = RunRecord.read(file);
    assertThat(torn.runs()).containsOnlyKeys(RunRecord.key("baseline", "central", 0));
    assertThat(torn.validBytes()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8).length);

    try (RunRecord record = RunRecord.resume(dir, INPUTS)) {
      assertThat(record.finished("baseline", "central", 0)).contains(result(0));
      assertThat(record.finished("baseline", "central", 1)).isEmpty();
      record.record("baseline", "central", 1, result(1));
    }
    assertThat(Files.readAllLines(file)).isEqualTo(lines);
    assertThat(RunRecord.read(file).runs()).hasSize(2);
  }

  @Test
  void read_damagedCompleteLine_isRefusedWithFileAndLine() throws Exception {
    try (RunRecord record = RunRecord.create(dir, INPUTS)) {
      record.record("baseline", "central", 0, result(0));
      record.record("baseline", "central", 1, result(1));
    }
    Path file = dir.resolve(RunRecord.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    String edited = lines.get(1).replace("units|COUNTER|40|", "units|COUNTER|41|");
    assertThat(edited).isNotEqualTo(lines.get(1));
    Files.write(file, List.of(lines.get(0), edited, lines.get(2)));

    assertThatThrownBy(() -> RunRecord.resume(dir, INPUTS)).isInstanceOf(ResumeRefused.class)
        .hasMessageContaining(file + ":2: not a finished run (its result does not match its digest)");
  }

  @Test
  void resume_otherInputs_isRefusedSayingWhichPartDiffers() throws Exception {
    RunRecord.create(dir, INPUTS).close();

    RunRecord.Inputs edited = new RunRecord.Inputs("1.1", 8, Map.of("exp.yaml", "aa", "central.yaml", "cc",
        "parts.yaml", "dd"), List.of());

    assertThatThrownBy(() -> RunRecord.resume(dir, edited)).isInstanceOf(ResumeRefused.class)
        .hasMessageContaining("it was written by dmsim 1.0, this is dmsim 1.1")
        .hasMessageContaining("its seed was 7, now it is 8")
        .hasMessageContaining("central.yaml has changed since")
        .hasMessageContaining("parts.yaml was not among its files")
        .hasMessageContaining("its overrides were [central: horizon=30d], now they are none")
        .hasMessageNotContaining("exp.yaml");
  }

  @Test
  void resume_noRecord_isRefused() {
    assertThatThrownBy(() -> RunRecord.resume(dir, INPUTS)).isInstanceOf(ResumeRefused.class)
        .hasMessageContaining("holds no runs.jsonl");
  }

  @Test
  void resume_tornHeader_startsAgain() throws Exception {
    Files.writeString(dir.resolve(RunRecord.FILE_NAME), "{\"record\":\"dmsim exp");

    try (RunRecord record = RunRecord.resume(dir, INPUTS)) {
      assertThat(record.size()).isZero();
      record.record("baseline", "central", 0, result(0));
    }

    assertThat(RunRecord.read(dir.resolve(RunRecord.FILE_NAME)).runs()).hasSize(1);
  }

  @Test
  void inputsOf_files_areKeyedRelativeToTheExperimentAndHashedByContent() throws Exception {
    Path exp = Files.writeString(dir.resolve("exp.yaml"), "kind: experiment\n");
    Files.createDirectories(dir.resolve("designs"));
    Path central = Files.writeString(dir.resolve("designs/central.yaml"), "a: 1\n");

    RunRecord.Inputs before = RunRecord.Inputs.of("1.0", 1, exp, List.of(exp, central), List.of());
    Files.writeString(central, "a: 2\n", StandardOpenOption.TRUNCATE_EXISTING);
    RunRecord.Inputs after = RunRecord.Inputs.of("1.0", 1, exp, List.of(exp, central), List.of());

    assertThat(before.files()).containsOnlyKeys("exp.yaml", "designs/central.yaml");
    assertThat(before.differences(after)).containsExactly("designs/central.yaml has changed since");
    assertThat(before.differences(before)).isEmpty();
  }
}
