package org.dmsim.scenarios.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.cli.CliRun;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation core of a live session: stepping, interventions, snapshots and the recording's replay. */
class LiveSessionTest {
  private static final long DAY = SimTime.DAY_MS;

  @TempDir
  Path dir;
  private Path quick;

  @BeforeEach
  void copyExperiment() throws IOException {
    for (String name : List.of("quick.yaml", "central.yaml", "distributed.yaml", "market.yaml")) {
      try (InputStream in = LiveSessionTest.class.getResourceAsStream("/experiment/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    quick = dir.resolve("quick.yaml");
  }

  @Test
  void advanceDays_dayByDay_equalsOneUninterruptedRunOfTheFirstCase() throws Exception {
    LiveSession session = LiveSession.open(quick);
    assertThat(session.variants()).containsExactly("centralized", "distributed");
    while (!session.finished()) {
      session.advanceDays(1);
      assertThat(session.snapshots()).hasSize(2);
    }
    List<RunResult> live = session.finish();

    List<ExperimentRun> ordinary = ExperimentRunner.run(ScenarioLoader.loadExperiment(quick), EngineKind.SEQUENTIAL, 1,
        false, ProgressListener.none());
    List<RunResult> baselineRep0 = ordinary.stream()
        .filter(r -> r.caseName().equals("baseline") && r.replication() == 0).map(ExperimentRun::result).toList();
    assertThat(RunResult.digestOf(live)).isEqualTo(RunResult.digestOf(baselineRep0));
  }

  @Test
  void siteOutage_knocksTheSiteDownAndBendsTheFillRateCurve() throws Exception {
    LiveSession quiet = LiveSession.open(quick);
    LiveSession hit = LiveSession.open(quick);
    quiet.advanceDays(20);
    hit.advanceDays(20);
    hit.intervene(new Intervention.SiteOutage("@largest", 20 * DAY, 20 * DAY));
    assertThat(hit.nowMs()).isEqualTo(20 * DAY);
    quiet.advanceDays(10);
    hit.advanceDays(10);

    Snapshot central = hit.snapshots().get(0);
    assertThat(central.site("plant-kassel")).isEqualTo(SiteState.DOWN);
    assertThat(quiet.snapshots().get(0).site("plant-kassel")).isNotEqualTo(SiteState.DOWN);
    assertThat(hit.snapshots().get(1).sitesIn(SiteState.DOWN)).hasSize(1);

    quiet.advanceDays(15);
    hit.advanceDays(15);
    central = hit.snapshots().get(0);
    assertThat(central.site("plant-kassel")).as("back after 20 days").isNotEqualTo(SiteState.DOWN);
    List<DayKpis> before = quiet.snapshots().get(0).days();
    List<DayKpis> after = central.days();
    assertThat(after).hasSize(45);
    // The days before the intervention are as the class saw them; the outage changes what follows.
    assertThat(after.subList(0, 20)).isEqualTo(before.subList(0, 20));
    double quietFill = before.subList(25, 45).stream().mapToDouble(DayKpis::fillRate).filter(v -> !Double.isNaN(v))
        .average().orElseThrow();
    double hitFill = after.subList(25, 45).stream().mapToDouble(DayKpis::fillRate).filter(v -> !Double.isNaN(v))
        .average().orElseThrow();
    assertThat(hitFill).isLessThan(quietFill);
  }

  @Test
  void recording_replaysWithDmsimRunToTheLiveDigest() throws Exception {
    LiveSession session = LiveSession.open(quick);
    session.advanceDays(15);
    session.intervene(new Intervention.SiteOutage("dc-paris", 15 * DAY, 5 * DAY));
    session.advanceTo(22 * DAY + 3 * SimTime.HOUR_MS + 17);
    session.intervene(new Intervention.RegionalDisaster("flood", new GeoPoint(51.31, 9.5), 120, session.nowMs(),
        4 * DAY + 1));
    session.advanceDays(10);
    session.intervene(new Intervention.DemandSurge("*", "seal-kit", 2.5, session.nowMs(), 9 * DAY));
    String live = RunResult.digestOf(session.finish());

    Path recording = dir.resolve("live-session.yaml");
    session.recording().writeTo(recording);
    assertThat(Files.readString(recording)).contains("type: node-outage", "type: regional-disaster",
        "type: demand-surge", "file: \"central.yaml\"");
    assertThat(replayDigest(recording, "sequential")).isEqualTo(live);
    assertThat(replayDigest(recording, "actors")).isEqualTo(live);
  }

  @Test
  void recording_ofAFirstCaseWithDisruptions_writesThemAsFixedOnesAndReplays() throws Exception {
    Path suite = dir.resolve("outage-first.yaml");
    Files.writeString(suite, """
        format: 2
        kind: experiment
        name: outage-first
        seed: 99
        replications: 3
        warmup: 7d
        horizon: 50d
        variants:
          - {name: centralized, file: central.yaml}
          - {name: distributed, file: distributed.yaml}
        cases:
          - name: outages
            disruptions:
              - {type: node-outage, node: "@largest", at: 10d, for: 5d}
              - {type: capacity-loss, node: "@largest", share: 0.3, at: 30d, for: 3d}
              - generate: poisson
                type: supplier-failure
                targets: [supplier-steel]
                perYear: 20
                duration: {kind: lognormal, mean: 2d, cv: 0.5}
          - name: baseline
        """);
    LiveSession session = LiveSession.open(suite);
    session.advanceDays(12);
    session.intervene(new Intervention.SiteOutage("supplier-steel", 12 * DAY, 3 * DAY));
    String live = RunResult.digestOf(session.finish());
    Path recording = dir.resolve("outage-first-live.yaml");
    session.recording().writeTo(recording);
    assertThat(Files.readString(recording)).contains("type: supplier-failure", "type: capacity-loss");
    assertThat(replayDigest(recording, "sequential")).isEqualTo(live);
  }

  @Test
  void intervene_badInput_isRefusedWithTheFieldAndWhatItExpects() throws Exception {
    LiveSession session = LiveSession.open(quick);
    session.advanceDays(10);
    assertThatThrownBy(() -> session.intervene(new Intervention.SiteOutage("plant-kassel", 10 * DAY, DAY)))
        .isInstanceOf(InterventionRefused.class)
        .hasMessageContaining("site: 'plant-kassel' is not a node or supplier of distributed")
        .hasMessageContaining("dc-paris");
    assertThatThrownBy(() -> session.intervene(new Intervention.SiteOutage("mars-base", 10 * DAY, DAY)))
        .isInstanceOf(InterventionRefused.class).hasMessageContaining("'mars-base'");
    assertThatThrownBy(() -> session.intervene(new Intervention.SiteOutage("dc-paris", 9 * DAY, DAY)))
        .isInstanceOf(InterventionRefused.class).hasMessageContaining("at: 9d is in the past; the session is at 10d");
    assertThatThrownBy(() -> session.intervene(new Intervention.SiteOutage("dc-paris", 10 * DAY, -DAY)))
        .isInstanceOf(InterventionRefused.class).hasMessageContaining("for: expected a duration above 0");
    assertThatThrownBy(() -> session.intervene(new Intervention.SiteOutage("dc-paris", 60 * DAY, DAY)))
        .isInstanceOf(InterventionRefused.class).hasMessageContaining("not before the end of the run (60d)");
    assertThatThrownBy(() -> session.intervene(new Intervention.DemandSurge("*", "gizmo", 2, 10 * DAY, DAY)))
        .isInstanceOf(InterventionRefused.class).hasMessageContaining("product: no product 'gizmo'");
    assertThatThrownBy(() -> session.intervene(new Intervention.RegionalDisaster("x", new GeoPoint(50, 9), -5,
        10 * DAY, DAY))).isInstanceOf(InterventionRefused.class).hasMessageContaining("radius");
    assertThatThrownBy(() -> session.advanceTo(DAY)).isInstanceOf(InterventionRefused.class)
        .hasMessageContaining("in the past");
    // Nothing refused reached the session.
    assertThat(session.interventions()).isEmpty();
    assertThat(session.recording().disruptions()).isEmpty();
  }

  @Test
  void open_scenarioFile_isOneVariantAndASurgeOverloadsItsPlant() throws Exception {
    Path tiny = dir.resolve("tiny-factory.yaml");
    Files.copy(Path.of("library/tiny-factory.yaml"), tiny);
    LiveSession session = LiveSession.open(tiny);
    assertThat(session.variants()).hasSize(1);
    session.advanceDays(5);
    assertThat(session.snapshots().get(0).site("plant-frankfurt")).isEqualTo(SiteState.WORKING);
    session.intervene(new Intervention.DemandSurge("*", "*", 8, 5 * DAY, 10 * DAY));
    session.advanceDays(5);
    assertThat(session.snapshots().get(0).site("plant-frankfurt")).isEqualTo(SiteState.OVERLOADED);
    String live = RunResult.digestOf(session.finish());

    Path recording = dir.resolve("tiny-live.yaml");
    session.recording().writeTo(recording);
    assertThat(replayDigest(recording, "sequential")).isEqualTo(live);
  }

  @Test
  void open_aNamedCase_runsItsDisruptions_andAnUnknownCaseIsRefusedListingThem() throws Exception {
    LiveSession outage = LiveSession.open(Path.of("library/eu-demo.yaml"), "plant-outage");
    outage.advanceDays(45);
    assertThat(outage.snapshots().get(0).site("plant-kassel")).as("the case's outage, 40d for 21d")
        .isEqualTo(SiteState.DOWN);
    assertThat(outage.recording().disruptions()).hasSize(1);
    assertThatThrownBy(() -> LiveSession.open(Path.of("library/eu-demo.yaml"), "meteor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no case 'meteor'; its cases: baseline, plant-outage, regional-flood");
    assertThatThrownBy(() -> LiveSession.open(Path.of("library/tiny-factory.yaml"), "baseline"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a scenario file, which has no cases");
  }

  @Test
  void open_scenarioWithDisruptions_isRefusedWithTheReason() throws Exception {
    Path withOutage = dir.resolve("with-outage.yaml");
    Files.writeString(withOutage, Files.readString(Path.of("library/tiny-factory.yaml"))
        + "\ndisruptions:\n  - {type: node-outage, node: plant-frankfurt, at: 2d, for: 1d}\n");
    assertThatThrownBy(() -> LiveSession.open(withOutage)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("with-outage.yaml: a live session of a scenario file needs one without disruptions");
  }

  private static String replayDigest(Path recording, String engine) throws IOException {
    Path outDir = Files.createTempDirectory(recording.getParent(), "replay-" + engine);
    return CliRun.of("run", recording.toString(), "--engine", engine, "--quiet", "--out", outDir.resolve("out").toString())
        .digest();
  }

}
