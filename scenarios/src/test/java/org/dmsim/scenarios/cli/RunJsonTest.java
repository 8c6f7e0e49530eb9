package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.scenarios.run.RunCompiler;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim run} writes {@code run.json}, the description every replication was compiled from; it is
 * enough to rebuild the run elsewhere: read back, compiled and run per replication, it gives the digests
 * {@code summary.json} lists.
 */
class RunJsonTest {
  @TempDir
  Path out;

  @Test
  void runJson_rebuildsEveryReplicationWithTheSameDigest() throws Exception {
    CliRun r = CliRun.of("run", "library/eu-spare-parts-centralized.yaml", "--set", "horizon=20d", "--replications",
        "2", "--engine", "sequential", "--quiet", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("described    " + out.resolve("run.json"));

    RunDescription described = RunDescription.fromJson(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

    assertThat(described.overrides()).containsExactly("horizon=20d");
    assertThat(described.documents()).extracting(RunDescription.SourceText::path)
        .containsExactly("eu-spare-parts-centralized.yaml", "eu-spare-parts-market.yaml");
    assertThat(described.seed()).isEqualTo(summary.get("seed").asLong());
    List<String> rebuilt = new ArrayList<>();
    for (int rep = 0; rep < 2; rep++) {
      RunDescription d = described.forRun(described.seed(), rep);
      rebuilt.add(new SequentialEngine().run(RunCompiler.compile(d).plan(), d.seed(), rep).digest());
    }
    List<String> written = new ArrayList<>();
    summary.get("runs").forEach(run -> written.add(run.get("digest").asText()));
    assertThat(rebuilt).isEqualTo(written);
  }
}
