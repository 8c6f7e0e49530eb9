package org.dmsim.scenarios.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.RunLog;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.cluster.ClusterConfig;
import org.dmsim.sim.cluster.ClusterTls;
import org.dmsim.sim.cluster.PoolSettings;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Members with mutual TLS, their certificates made by {@code tools/cluster/make-test-certs.sh}: members
 * whose certificates the test authority signed form a cluster and run an experiment to the local results;
 * a member with a self-signed certificate, or with none (plain TCP), is refused.
 */
class ClusterTlsTest {
  private static final String PASSWORD = "dmsim-test";
  private static final Duration REFUSED_WITHIN = Duration.ofSeconds(12);

  @TempDir
  static Path certs;

  private static ClusterMember seed;
  private static String seedAddress;

  @BeforeAll
  static void certificatesAndASeed() throws Exception {
    ProcessBuilder make = new ProcessBuilder("bash", Path.of("..", "tools", "cluster", "make-test-certs.sh").toString(),
        certs.toString(), PASSWORD).redirectErrorStream(true);
    make.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = make.start();
    String printed = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(printed).isZero();
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    seedAddress = "127.0.0.1:" + port;
    seed = ClusterMember.join(new ClusterConfig("127.0.0.1", port, List.of(seedAddress), 1).withTls(tls("member-1")))
        .serve(1, PoolSettings.defaults());
  }

  @AfterAll
  static void stop() {
    if (seed != null) {
      seed.close();
    }
  }

  @Test
  void membersWithTheAuthoritysCertificates_joinAndRunAnExperimentToTheLocalResults() throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("src/test/resources/experiment/quick.yaml"));
    List<ExperimentRun> local = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, ProgressListener.none());
    try (ClusterMember submitter = ClusterMember.join(new ClusterConfig("127.0.0.1", 0, List.of(seedAddress), 1)
        .withTls(tls("member-2")))) {
      List<ExperimentRun> remote = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false,
          AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, ProgressListener.none(), Cancellation.never(), RunLog.NONE,
          new ClusterRuns(submitter.system(), e, PoolSettings.defaults()));
      assertThat(RunResult.digestOf(remote.stream().map(ExperimentRun::result).toList()))
          .isEqualTo(RunResult.digestOf(local.stream().map(ExperimentRun::result).toList()));
    }
  }

  @Test
  void aMemberWithASelfSignedCertificate_isRefused() {
    ClusterConfig rogue = new ClusterConfig("127.0.0.1", 0, List.of(seedAddress), 1).withTls(tls("rogue"));
    assertThatThrownBy(() -> ClusterMember.join(rogue, REFUSED_WITHIN).close())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not up in the cluster")
        .hasMessageContaining("trust store");
  }

  @Test
  void aMemberWithoutTls_isRefused() {
    ClusterConfig plain = new ClusterConfig("127.0.0.1", 0, List.of(seedAddress), 1);
    assertThatThrownBy(() -> ClusterMember.join(plain, REFUSED_WITHIN).close())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not up in the cluster");
  }

  private static ClusterTls tls(String member) {
    return new ClusterTls(certs.resolve(member + ".p12"), certs.resolve("truststore.p12"), PASSWORD);
  }
}
