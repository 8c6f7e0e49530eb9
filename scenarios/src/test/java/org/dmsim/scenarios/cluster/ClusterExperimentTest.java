package org.dmsim.scenarios.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.cli.CliRun;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.RunLog;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.cluster.ClusterConfig;
import org.dmsim.sim.cluster.PoolSettings;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment on three cluster members on 127.0.0.1 in this JVM — two workers and the submitter — gives
 * the local run's results, and through {@code dmsim run --cluster} the same output files, byte for byte.
 */
class ClusterExperimentTest {
  private static final Path QUICK = Path.of("src/test/resources/experiment/quick.yaml");
  private static ClusterMember seed;
  private static ClusterMember second;
  private static String seedAddress;

  @TempDir
  Path dir;

  @BeforeAll
  static void twoWorkers() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    seedAddress = "127.0.0.1:" + port;
    seed = ClusterMember.join(new ClusterConfig("127.0.0.1", port, List.of(seedAddress), 1))
        .serve(1, PoolSettings.defaults());
    second = ClusterMember.join(new ClusterConfig("127.0.0.1", 0, List.of(seedAddress), 1))
        .serve(1, PoolSettings.defaults());
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (seed != null) {
      seed.close();
    }
  }

  @Test
  void experiment_onTheCluster_givesTheLocalResultsRunByRun() throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(QUICK);
    List<ExperimentRun> local = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, ProgressListener.none());
    List<ExperimentRun> remote;
    try (ClusterMember submitter = ClusterMember.join(new ClusterConfig("127.0.0.1", 0, List.of(seedAddress), 1))) {
      remote = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, AkkaEngineSettings.DEFAULT_STALL_TIMEOUT,
          ProgressListener.none(), Cancellation.never(), RunLog.NONE,
          new ClusterRuns(submitter.system(), e, PoolSettings.defaults()));
    }
    assertThat(remote).hasSize(local.size()).hasSize(2 * 2 * 2);
    for (int i = 0; i < local.size(); i++) {
      assertThat(remote.get(i).caseName()).isEqualTo(local.get(i).caseName());
      assertThat(remote.get(i).variant()).isEqualTo(local.get(i).variant());
      assertThat(remote.get(i).result().canonical()).isEqualTo(local.get(i).result().canonical());
      assertThat(remote.get(i).kpis()).isEqualTo(local.get(i).kpis());
    }
    assertThat(RunResult.digestOf(remote.stream().map(ExperimentRun::result).toList()))
        .isEqualTo(RunResult.digestOf(local.stream().map(ExperimentRun::result).toList()));
  }

  @Test
  void runCommand_withCluster_writesTheLocalRunsFilesByteForByte() throws Exception {
    Path here = dir.resolve("local");
    Path there = dir.resolve("cluster");
    CliRun cluster = CliRun.of("run", QUICK.toString(), "--cluster", seedAddress, "--quiet", "--out", there.toString());
    assertThat(cluster.out()).contains("cluster      submitting from akka://dmsim@127.0.0.1:");
    LocalRun.assertSame(there, cluster.digest(), here, QUICK.toString());
  }

  @Test
  void sweep_withCluster_writesTheLocalSweepsFilesByteForByte() throws Exception {
    String experiment = "src/test/resources/sweep/mm1-experiment.yaml";
    String param = "nodes[plant].machines[server].count=1..3";
    Path here = dir.resolve("sweep-local");
    Path there = dir.resolve("sweep-cluster");
    CliRun local = CliRun.of("sweep", experiment, "--param", param, "--quiet", "--out", here.toString());
    CliRun cluster = CliRun.of("sweep", experiment, "--param", param, "--cluster", seedAddress, "--quiet", "--out",
        there.toString());
    assertThat(cluster.digest()).isEqualTo(local.digest());
    assertThat(cluster.out()).contains("on the cluster's workers").containsPattern("cluster      \\d+ runs on 2 members");
    assertThat(Files.readAllBytes(there.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(here.resolve("sweep.csv")));
  }

  @Test
  void runCommand_clusterForAScenarioFileOrABadAddress_exits2() {
    CliRun scenario = CliRun.of("run", "library/tiny-factory.yaml", "--cluster", seedAddress);
    assertThat(scenario.code()).isEqualTo(2);
    assertThat(scenario.err()).contains("--cluster applies to experiment files");
    CliRun bad = CliRun.of("run", QUICK.toString(), "--cluster", "nowhere");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--cluster: seed node 'nowhere': expected HOST:PORT");
    CliRun half = CliRun.of("run", QUICK.toString(), "--cluster", seedAddress, "--tls-key-store", "member-1.p12");
    assertThat(half.code()).isEqualTo(2);
    assertThat(half.err()).contains("--tls-key-store and --tls-trust-store go together");
    CliRun local = CliRun.of("run", "library/tiny-factory.yaml", "--tls-key-store", "a.p12", "--tls-trust-store", "b.p12");
    assertThat(local.code()).isEqualTo(2);
  }
}
