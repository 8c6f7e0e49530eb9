package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.scenarios.sizing.Placement;
import org.dmsim.scenarios.sizing.SizedQuantity;
import org.dmsim.scenarios.sizing.SizingStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScenarioLoader#loadSizing}: sizing files, their defaults and their positioned errors. */
class SizingLoaderTest {
  private static final Path KNOWN = Path.of("src/test/resources/sizing/known-size.yaml");
  private static final Path EXPERIMENT_DIR = Path.of("src/test/resources/experiment");

  @TempDir
  Path tmp;

  @Test
  void loadSizing_validFile_readsEveryField() throws ScenarioException {
    SizingStudy s = ScenarioLoader.loadSizing(KNOWN, false);
    assertThat(s.name()).isEqualTo("known-size");
    assertThat(s.placement()).isEqualTo(Placement.LISTED);
    assertThat(s.candidates()).containsExactly("mf-1", "mf-2", "mf-3", "mf-4", "mf-5", "mf-6");
    assertThat(s.from()).isEqualTo(1);
    assertThat(s.to()).isEqualTo(6);
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.indicator()).isEqualTo("on_time_fill_rate");
    assertThat(s.target()).isEqualTo(0.9);
    assertThat(s.batch()).isEqualTo(3);
    assertThat(s.maxReplications()).isEqualTo(9);
    assertThat(s.cases()).hasSize(1);
    assertThat(s.designWith(4).nodes()).hasSize(4);
    assertThat(ScenarioLoader.isSizing(KNOWN)).isTrue();
    assertThat(ScenarioLoader.isExperiment(KNOWN)).isFalse();
  }

  @Test
  void loadSizing_defaults_everyDroppableMicrofactoryAtTheLargestDemand() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", "target: 0.9\ncases: [{name: baseline}]\n");
    SizingStudy s = ScenarioLoader.loadSizing(file, false);
    // mf-paris refills dc-paris: not a default candidate, always kept
    assertThat(s.candidates()).containsExactly("mf-london");
    assertThat(s.placement()).isEqualTo(Placement.LARGEST_DEMAND);
    assertThat(s.to()).isEqualTo(1);
    assertThat(s.indicator()).isEqualTo("fill_during_disruption");
    assertThat(s.confidence()).isEqualTo(0.95);
  }

  @Test
  void loadSizing_candidateAnotherNodeNeeds_isRefusedAtItsLine() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", "target: 0.9\ncandidates: [mf-london, mf-paris]\ncases: [{name: baseline}]\n");
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadSizing(file, false), ScenarioException.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.expected()).isEqualTo("a node the design can do without");
      assertThat(p.found()).startsWith("\"mf-paris\", which the design needs").contains("dc-paris");
    });
  }

  @Test
  void loadSizing_mistakes_eachReportedWithItsField() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", """
        candidates: [mf-londn]
        indicator: fill_durin_disruption
        confidence: 0.3
        batch: 1
        cases: [{name: baseline}]
        """);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadSizing(file, false), ScenarioException.class);
    assertThat(e.problems()).extracting(Problem::field)
        .contains("target", "candidates[0]", "indicator", "confidence", "batch");
    assertThat(e.getMessage()).contains("size.yaml:6:").contains("did you mean").contains("mf-london");
    assertThat(e.getMessage()).doesNotContain("Exception");
  }

  @Test
  void loadSizing_rangeBeyondTheCandidates_isRefused() throws Exception {
    Path file = write(tmp, "size.yaml", "target: 0.9\nto: 9\n");
    Files.copy(KNOWN.resolveSibling("known-design.yaml"), tmp.resolve("design.yaml"));
    String text = Files.readString(file).replace("design: design.yaml", "design: design.yaml\ncandidates: [mf-1, mf-2]");
    Files.writeString(file, text + "cases: [{name: baseline}]\n");
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadSizing(file, false), ScenarioException.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("to");
      assertThat(p.expected()).isEqualTo("at most the number of candidates (2)");
    });
  }

  @Test
  void loadSizing_machines_sizesEveryProducingNodeByDefault() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", "size: machines\nto: 5\ntarget: 0.9\ncases: [{name: baseline}]\n");
    SizingStudy s = ScenarioLoader.loadSizing(file, false);
    assertThat(s.quantity()).isEqualTo(SizedQuantity.MACHINES);
    assertThat(s.candidates()).containsExactly("mf-paris", "mf-london");
    assertThat(s.from()).isEqualTo(1);
    assertThat(s.to()).isEqualTo(5);
    assertThat(s.designWith(3).nodes()).allSatisfy(n -> assertThat(n.machines()).allSatisfy(g ->
        assertThat(g.count()).isEqualTo(3)));
    assertThat(ScenarioLoader.loadSizing(KNOWN, false).quantity()).isEqualTo(SizedQuantity.SITES);
  }

  @Test
  void loadSizing_machinesMistakes_eachReportedAtItsLine() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", """
        size: machines
        placement: listed
        candidates: [mf-paris, dc-paris, mf-londn]
        target: 0.9
        cases: [{name: baseline}]
        """);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadSizing(file, false), ScenarioException.class);
    assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("placement", "candidates[1]",
        "candidates[2]", "to");
    assertThat(e.problems()).filteredOn(p -> p.field().equals("placement")).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.expected()).startsWith("no placement with size: machines");
    });
    assertThat(e.problems()).filteredOn(p -> p.field().equals("candidates[1]")).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.expected()).contains("a plant or microfactory");
      assertThat(p.found()).isEqualTo("\"dc-paris\", a distribution centre");
    });
    assertThat(e.problems()).filteredOn(p -> p.field().equals("to")).singleElement()
        .satisfies(p -> assertThat(p.expected()).contains("required with size: machines"));
    assertThat(e.getMessage()).contains("size.yaml:7:").contains("did you mean").contains("mf-london");
  }

  @Test
  void loadSizing_unknownSize_namesTheChoices() throws Exception {
    Path dir = copyExperimentDesigns();
    Path file = write(dir, "size.yaml", "size: machine\nto: 3\ntarget: 0.9\ncases: [{name: baseline}]\n");
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadSizing(file, false), ScenarioException.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("size");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.expected()).contains("sites").contains("machines");
    });
  }

  @Test
  void loadScenario_ofASizingFile_saysHowToRunIt() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(KNOWN), ScenarioException.class);
    assertThat(e.getMessage()).contains("this is a sizing file; run it with dmsim size");
  }

  /** The experiment test folder's distributed design and its market, in a folder of this test's own. */
  private Path copyExperimentDesigns() throws IOException {
    for (String f : List.of("distributed.yaml", "market.yaml")) {
      Files.copy(EXPERIMENT_DIR.resolve(f), tmp.resolve(f));
    }
    return tmp;
  }

  /** A sizing file with the head every test shares (name, design) and then {@code rest}. */
  private static Path write(Path dir, String name, String rest) throws IOException {
    String design = Files.exists(dir.resolve("distributed.yaml")) ? "distributed.yaml" : "design.yaml";
    return Files.writeString(dir.resolve(name), "format: 2\nkind: sizing\nname: test-size\ndesign: " + design + "\n"
        + rest);
  }
}
