package org.dmsim.reports.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.network.TinyNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of an experiment say whether every run finished, and which did. */
class ExperimentOutputsTest {
  private static final List<String> CASES = List.of("baseline", "outage");
  private static final List<String> VARIANTS = List.of("central", "local");
  private static final Manifest MANIFEST = new Manifest("1.0", "17", "exp", "a test", "exp.yaml", "ab", 7, 3, "sequential", 1,
      1.5);

  @TempDir
  Path dir;

  private static ExperimentRun run(String caseName, String variant, int rep, double fill) {
    RunResult r = new RunResult("m", 7, rep, 10, List.of(new EntityResult("e", 5 + rep, rep, List.of())));
    return new ExperimentRun(caseName, variant, rep, List.of(), r, Map.of("fill", fill), Map.of());
  }

  @Test
  void write_failedAfterSomeRuns_marksBothJsonFilesFailedAndListsTheFinishedRuns() throws Exception {
    List<ExperimentRun> runs = List.of(run("baseline", "central", 0, 0.5), run("baseline", "central", 1, 0.8),
        run("baseline", "local", 0, 0.75));

    ExperimentOutputs.write(dir, CASES, VARIANTS, runs, new ExperimentStats(runs, 0.95), MANIFEST,
        Completion.failed(3, 12, "run 4 of the experiment failed: boom"));

    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(dir.resolve("manifest.json").toFile());
    JsonNode summary = json.readTree(dir.resolve("summary.json").toFile());
    for (JsonNode n : List.of(manifest, summary)) {
      assertThat(n.get("status").asText()).isEqualTo("failed");
      assertThat(n.get("runs_planned").asInt()).isEqualTo(12);
      assertThat(n.get("runs_finished").asInt()).isEqualTo(3);
      assertThat(n.get("message").asText()).isEqualTo("run 4 of the experiment failed: boom");
    }
    List<String> finished = new ArrayList<>();
    manifest.get("finished").forEach(f -> f.get("replications").forEach(r -> finished.add(
        f.get("case").asText() + "/" + f.get("variant").asText() + "/" + r.asInt())));
    assertThat(finished).containsExactly("baseline/central/0", "baseline/central/1", "baseline/local/0");
    assertThat(manifest.get("finished")).as("every case × variant, finished or not").hasSize(4);
    assertThat(Files.readAllLines(dir.resolve("kpis.csv"))).hasSize(1 + 3);
    String comparisons = Files.readString(dir.resolve("comparisons.csv"));
    assertThat(comparisons).as("only replication 0 has both variants: one pair")
        .contains("baseline,fill,local,central,0.25,").contains(",1,0.95\n");
  }

  @Test
  void write_complete_saysCompleteWithoutAMessage() throws Exception {
    List<ExperimentRun> runs = List.of(run("baseline", "central", 0, 0.9));

    ExperimentOutputs.write(dir, List.of("baseline"), List.of("central"), runs, new ExperimentStats(runs, 0.95),
        MANIFEST);

    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertThat(manifest.get("status").asText()).isEqualTo("complete");
    assertThat(manifest.get("runs_finished").asInt()).isEqualTo(1);
    assertThat(manifest.has("message")).isFalse();
  }

  @Test
  void write_disruptions_oneRowPerVariantWithTheTargetResolvedThereAndTheCircle() throws Exception {
    List<Disruption> hits = List.of(new Disruption.NodeOutage(Disruption.LARGEST, 5 * SimTime.DAY_MS,
        7 * SimTime.DAY_MS), new Disruption.RegionalDisaster("flood", new GeoPoint(51.31, 9.5), 150,
        SimTime.DAY_MS, 2 * SimTime.DAY_MS));
    RunResult r = new RunResult("m", 7, 0, 10, List.of(new EntityResult("e", 5, 0, List.of())));
    List<ExperimentRun> runs = List.of(new ExperimentRun("outage", "central", 0, hits, r, Map.of("fill", 1.0), Map.of()),
        new ExperimentRun("outage", "local", 0, hits, r, Map.of("fill", 1.0), Map.of()));
    ManufacturingSpec central = TinyNetwork.spec();
    ManufacturingSpec local = new ManufacturingSpec("local", central.horizonMs(), central.products(),
        central.machineTypes(), central.nodes().subList(1, 3), central.suppliers(), central.regions(),
        central.platform(), central.transport(), central.costs());

    ExperimentOutputs.write(dir, List.of("outage"), List.of("central", "local"), runs, new ExperimentStats(runs, 0.95),
        MANIFEST, Completion.complete(2), Map.of("central", central, "local", local));

    assertThat(Files.readAllLines(dir.resolve("disruptions.csv"))).containsExactly(
        "case,variant,replication,type,target,severity,start_d,end_d,centre_lat,centre_lon,radius_km",
        "outage,central,0,node-outage,plant-a,1,5,7,,,",
        "outage,central,0,regional-disaster,flood,150,1,2,51.31,9.5,150",
        "outage,local,0,node-outage,mf-b,1,5,7,,,",
        "outage,local,0,regional-disaster,flood,150,1,2,51.31,9.5,150");
  }

  @Test
  void write_disruptionsWithoutNetworks_keepTheTargetAsWritten() throws Exception {
    List<Disruption> hits = List.of(new Disruption.NodeOutage(Disruption.LARGEST, 0, SimTime.DAY_MS));
    RunResult r = new RunResult("m", 7, 0, 10, List.of(new EntityResult("e", 5, 0, List.of())));
    List<ExperimentRun> runs = List.of(new ExperimentRun("outage", "central", 0, hits, r, Map.of("fill", 1.0),
        Map.of()));

    ExperimentOutputs.write(dir, List.of("outage"), List.of("central"), runs, new ExperimentStats(runs, 0.95), MANIFEST);

    assertThat(Files.readAllLines(dir.resolve("disruptions.csv")).get(1))
        .isEqualTo("outage,central,0,node-outage,@largest,1,0,1,,,");
  }
}
