package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.FishingOutcome;
import akka.actor.testkit.typed.javadsl.FishingOutcomes;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.receptionist.Receptionist;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cluster members in this JVM on 127.0.0.1: the first on a free port is the seed, the others bind
 * port 0 and join it. Messages between actors of one member are serialized too ({@code serialize-messages}).
 */
final class LoopbackCluster implements AutoCloseable {
  final List<ActorSystem<Void>> members = new ArrayList<>();

  LoopbackCluster(int size) {
    int seedPort = freePort();
    for (int i = 0; i < size; i++) {
      ClusterConfig cluster = ClusterConfig.loopback(i == 0 ? seedPort : 0, List.of("127.0.0.1:" + seedPort));
      Config config = ConfigFactory.parseString("akka.actor.serialize-messages = on").withFallback(cluster.toConfig());
      members.add(ActorSystem.create(Behaviors.empty(), ClusterConfig.SYSTEM_NAME, config));
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ActorSystem<Void> member(int i) {
    return members.get(i);
  }

  /** Waits until member {@code i}'s Receptionist lists {@code workers} workers (so the cluster has formed). */
  void awaitWorkers(int i, int workers) {
    TestProbe<Receptionist.Listing> probe = TestProbe.create(member(i));
    member(i).receptionist().tell(Receptionist.subscribe(Worker.SERVICE_KEY, probe.ref()));
    probe.fishForMessage(Duration.ofSeconds(20), listing -> complete(listing, workers));
    probe.stop();
  }

  private static FishingOutcome complete(Receptionist.Listing listing, int workers) {
    return listing.getServiceInstances(Worker.SERVICE_KEY).size() == workers
        ? FishingOutcomes.complete()
        : FishingOutcomes.continueAndIgnore();
  }

  /** Terminates member {@code i} (its coordinated shutdown leaves the cluster) and waits for it. */
  void terminate(int i) throws Exception {
    member(i).terminate();
    member(i).getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    for (int i = members.size() - 1; i >= 0; i--) {
      members.get(i).terminate();
    }
    for (ActorSystem<Void> member : members) {
      assertThat(member.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS)).isNotNull();
    }
  }
}
