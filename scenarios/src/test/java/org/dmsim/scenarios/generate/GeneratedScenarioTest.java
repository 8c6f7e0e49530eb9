package org.dmsim.scenarios.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.compile.CapacityCheck;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated scenarios load, validate and run with the same digest on both engines. */
class GeneratedScenarioTest {
  private static final long DAY_MS = 86_400_000L;

  @TempDir
  Path dir;

  private Path write(GeneratorRequest r, String sub) throws IOException {
    Path into = Files.createDirectories(dir.resolve(sub));
    List<GeneratedFile> files = ScenarioFiles.of(NetworkGenerator.european().draw(r), r);
    for (GeneratedFile f : files) {
      Files.writeString(into.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
    }
    return into.resolve(files.get(0).name());
  }

  private static String digest(Path file, EngineKind engine, String horizon) throws Exception {
    Scenarios s = Scenarios.load(file).with("horizon", horizon);
    return Simulation.run(s, new SimulationOptions(5, 1, engine, 2)).digest();
  }

  @Test
  void small_yamlAndCsvForms_runToTheSameDigestOnBothEngines() throws Exception {
    Path yaml = write(new GeneratorRequest(25, 12, NetworkDesign.DISTRIBUTED, 9, 30 * DAY_MS, false), "yaml");
    Path csv = write(new GeneratorRequest(25, 12, NetworkDesign.DISTRIBUTED, 9, 30 * DAY_MS, true), "csv");

    String sequential = digest(yaml, EngineKind.SEQUENTIAL, "5d");
    assertThat(digest(yaml, EngineKind.ACTORS, "5d")).isEqualTo(sequential);
    assertThat(digest(csv, EngineKind.SEQUENTIAL, "5d")).as("the CSV form is the same network").isEqualTo(sequential);
  }

  @Test
  void centralized_validatesWithinCapacityAndRunsAlikeOnBothEngines() throws Exception {
    Path file = write(new GeneratorRequest(40, 30, NetworkDesign.CENTRALIZED, 2, 30 * DAY_MS, false), "c");
    ManufacturingSpec spec = ScenarioLoader.load(file).network();

    assertThat(spec.nodes()).hasSize(40);
    assertThat(CapacityCheck.of(spec).overallUtilization()).isBetween(0.2, 0.8);
    assertThat(digest(file, EngineKind.ACTORS, "3d")).isEqualTo(digest(file, EngineKind.SEQUENTIAL, "3d"));
  }

  @Test
  void fifteenHundredSites_loadsAndValidates() throws Exception {
    Path file = write(new GeneratorRequest(1_500, 300, NetworkDesign.DISTRIBUTED, 1, 30 * DAY_MS, true), "big");
    ManufacturingSpec spec = ScenarioLoader.load(file).network();

    assertThat(spec.nodes()).hasSize(1_500);
    assertThat(spec.regions()).hasSize(300);
    CapacityCheck check = CapacityCheck.of(spec);
    assertThat(check.overallUtilization()).isBetween(0.2, 0.8);
    assertThat(check.unreachable()).isEmpty();
  }

  @Test
  void threeHundredSites_shortRun_sameDigestOnBothEngines() throws Exception {
    Path file = write(new GeneratorRequest(300, 100, NetworkDesign.DISTRIBUTED, 4, 30 * DAY_MS, true), "mid");

    assertThat(digest(file, EngineKind.ACTORS, "1d")).isEqualTo(digest(file, EngineKind.SEQUENTIAL, "1d"));
  }
}
