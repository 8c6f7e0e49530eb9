package org.dmsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDescriptionTest {
  private static final Path DISTRIBUTED = Path.of("library", "eu-spare-parts-distributed.yaml");
  private static final Path TINY = Path.of("library", "tiny-factory.yaml");

  @Test
  void read_scenarioWithAMarket_carriesTheScenarioAndItsPartByRelativePath() throws Exception {
    RunDescription d = RunDescription.read(DISTRIBUTED, List.of());
    assertThat(d.scenario()).isEqualTo("eu-spare-parts-distributed.yaml");
    assertThat(d.documents()).extracting(RunDescription.SourceText::path)
        .containsExactly("eu-spare-parts-distributed.yaml", "eu-spare-parts-market.yaml");
    assertThat(d.documents().get(1).text())
        .isEqualTo(Files.readString(Path.of("library", "eu-spare-parts-market.yaml"), StandardCharsets.UTF_8));
    assertThat(d.contentHash()).isEqualTo(RunDescription.hashOf(d.documents())).hasSize(64);
  }

  @Test
  void compile_descriptionOfAFile_givesTheNetworkTheLoaderReads() throws Exception {
    CompiledRun run = RunCompiler.compile(RunDescription.read(DISTRIBUTED, List.of("platform.allocation=least-loaded")));
    ManufacturingSpec loaded = ScenarioLoader.load(DISTRIBUTED, RunCompiler.fieldOverrides(
        List.of("platform.allocation=least-loaded"))).network();
    assertThat(run.spec()).isEqualTo(loaded);
    assertThat(run.scenario().source()).as("named by its relative path, wherever it was read")
        .isEqualTo("eu-spare-parts-distributed.yaml");
  }

  @Test
  void fingerprint_everyBundledScenario_isStableAndDistinct() throws Exception {
    List<String> fingerprints = new ArrayList<>();
    try (var files = Files.list(Path.of("library"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        if (ScenarioLoader.isExperiment(f) || ScenarioLoader.isPart(f) || ScenarioLoader.isSizing(f)) {
          continue;
        }
        RunDescription d = RunDescription.read(f, List.of());
        String fingerprint = RunCompiler.compile(d).fingerprint();
        assertThat(RunCompiler.compile(RunDescription.fromJson(d.toJson())).fingerprint()).as("%s", f)
            .isEqualTo(fingerprint);
        fingerprints.add(fingerprint);
      }
    }
    assertThat(fingerprints).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
  }

  @Test
  void compile_scenarioCopiedElsewhere_givesTheSameHashAndFingerprint(@TempDir Path elsewhere) throws Exception {
    Path copy = elsewhere.resolve("eu-spare-parts-distributed.yaml");
    Files.copy(DISTRIBUTED, copy);
    Files.copy(Path.of("library", "eu-spare-parts-market.yaml"), elsewhere.resolve("eu-spare-parts-market.yaml"));
    RunDescription here = RunDescription.read(DISTRIBUTED, List.of()).forRun(7, 2);
    RunDescription there = RunDescription.read(copy, List.of()).forRun(7, 2);
    assertThat(there).isEqualTo(here);
    assertThat(RunCompiler.compile(there).fingerprint()).isEqualTo(RunCompiler.compile(here).fingerprint());
  }

  @Test
  void fingerprint_changesWithAnOverrideTheSeedOrTheWarmup() throws Exception {
    RunDescription base = RunDescription.read(TINY, List.of("nodes[plant-frankfurt].machines[machine].count=3"));
    String fingerprint = RunCompiler.compile(base).fingerprint();
    assertThat(RunCompiler.compile(base).fingerprint()).as("compiling again").isEqualTo(fingerprint);
    RunDescription otherValue = RunDescription.read(TINY, List.of("nodes[plant-frankfurt].machines[machine].count=4"));
    assertThat(otherValue.contentHash()).isEqualTo(base.contentHash());
    assertThat(RunCompiler.compile(otherValue).fingerprint()).isNotEqualTo(fingerprint);
    assertThat(RunCompiler.compile(base.forRun(base.seed() + 1, 0)).fingerprint()).isNotEqualTo(fingerprint);
    assertThat(RunCompiler.compile(base.withWarmup(86_400_000L)).fingerprint()).isNotEqualTo(fingerprint);
  }

  @Test
  void compile_inAnIsolatedClassLoader_givesTheSameFingerprint() throws Exception {
    RunDescription d = RunDescription.read(DISTRIBUTED, List.of("platform.allocation=least-loaded")).forRun(42, 1);
    String here = RunCompiler.compile(d).fingerprint();
    try (URLClassLoader isolated = new URLClassLoader(classPathUrls(), ClassLoader.getPlatformClassLoader())) {
      Class<?> description = isolated.loadClass(RunDescription.class.getName());
      assertThat(description).isNotSameAs(RunDescription.class);
      Object there = description.getMethod("fromJson", String.class).invoke(null, d.toJson());
      Object compiled = isolated.loadClass(RunCompiler.class.getName()).getMethod("compile", description)
          .invoke(null, there);
      assertThat(compiled.getClass().getMethod("fingerprint").invoke(compiled)).isEqualTo(here);
    }
  }

  @Test
  void compile_inASecondJvm_givesTheSameFingerprint(@TempDir Path dir) throws Exception {
    RunDescription d = RunDescription.read(DISTRIBUTED, List.of()).forRun(42, 0);
    Path json = Files.writeString(dir.resolve("run.json"), d.toJson(), StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", classPath(), FingerprintMain.class.getName(),
        json.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo(RunCompiler.compile(d).fingerprint());
  }

  @Test
  void javaSerialization_roundTrips() throws Exception {
    RunDescription d = RunDescription.read(DISTRIBUTED, List.of("platform.allocation=least-loaded")).forRun(-3, 4);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(d);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(d);
    }
  }

  @Test
  void constructor_hashThatDoesNotMatch_isRejected() throws Exception {
    RunDescription d = RunDescription.read(TINY, List.of());
    List<RunDescription.SourceText> edited = new ArrayList<>(d.documents());
    edited.set(0, new RunDescription.SourceText(d.scenario(), d.documents().get(0).text() + "\n# edited\n"));
    assertThatThrownBy(() -> new RunDescription(d.scenario(), edited, d.contentHash(), d.overrides(), 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the documents");
    String tampered = d.toJson().replace(d.contentHash(), "0".repeat(64));
    assertThatThrownBy(() -> RunDescription.fromJson(tampered)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a run description").hasMessageContaining("does not match the documents");
  }

  @Test
  void sourceText_pathLeavingTheFolder_isRejected() {
    assertThatThrownBy(() -> new RunDescription.SourceText("../market.yaml", "format: 2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
    assertThatThrownBy(() -> new RunDescription.SourceText("/etc/market.yaml", "format: 2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative");
  }

  @Test
  void compile_descriptionMissingItsPart_reportsTheReference() throws Exception {
    RunDescription full = RunDescription.read(DISTRIBUTED, List.of());
    RunDescription withoutMarket = RunDescription.of(full.scenario(), List.of(full.documents().get(0)), List.of(), 1,
        0, 0);
    assertThatThrownBy(() -> RunCompiler.compile(withoutMarket)).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("eu-spare-parts-distributed.yaml:26:1: market: expected a readable market file, found no "
            + "such document in the run description: eu-spare-parts-market.yaml");
  }

  /** The test class path: surefire keeps it in a property when it starts the tests through a manifest jar. */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static URL[] classPathUrls() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(new URL[0]);
  }
}
