package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.Adapter;
import akka.actor.typed.javadsl.Behaviors;
import akka.serialization.DisabledJavaSerializer;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.serialization.Serializers;
import akka.serialization.jackson.JacksonCborSerializer;
import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A member's configuration: cluster provider, split-brain resolver, and Jackson CBOR as the only way over the wire. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterConfigTest {
  /** A message that is {@link Serializable} but not marked: Java serialization would be its only way. */
  record JavaOnly(int value) implements Serializable {}

  private ActorSystem<Void> member;
  private Serialization serialization;

  @BeforeAll
  void start() {
    member = ActorSystem.create(Behaviors.empty(), ClusterConfig.SYSTEM_NAME,
        ClusterConfig.loopback(0, List.of()).toConfig());
    serialization = SerializationExtension.get(Adapter.toClassic(member));
  }

  @AfterAll
  void stop() throws Exception {
    member.terminate();
    member.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void toConfig_clusterOnLoopback_withSplitBrainResolverAndNoJavaSerialization() {
    Config c = ClusterConfig.loopback(25520, List.of("127.0.0.1:25520", "10.0.0.2:2552")).toConfig();
    assertThat(c.getString("akka.actor.provider")).isEqualTo("cluster");
    assertThat(c.getBoolean("akka.actor.allow-java-serialization")).isFalse();
    assertThat(c.getString("akka.actor.serialization-bindings.\"org.dmsim.sim.cluster.ClusterSerializable\""))
        .isEqualTo("jackson-cbor");
    assertThat(c.getString("akka.remote.artery.transport")).isEqualTo("tcp");
    assertThat(c.getString("akka.remote.artery.canonical.hostname")).isEqualTo("127.0.0.1");
    assertThat(c.getInt("akka.remote.artery.canonical.port")).isEqualTo(25520);
    assertThat(c.getStringList("akka.cluster.seed-nodes"))
        .containsExactly("akka://dmsim@127.0.0.1:25520", "akka://dmsim@10.0.0.2:2552");
    assertThat(c.getString("akka.cluster.downing-provider-class")).isEqualTo("akka.cluster.sbr.SplitBrainResolverProvider");
    assertThat(c.getString("akka.cluster.split-brain-resolver.active-strategy")).isEqualTo("keep-majority");
    assertThat(c.getDuration("akka.cluster.split-brain-resolver.stable-after").toSeconds()).isEqualTo(20);
    assertThat(c.getBytes("akka.remote.artery.advanced.maximum-frame-size"))
        .isEqualTo(256 * 1024L)
        .isGreaterThan((long) PoolSettings.DEFAULT_CHUNK_BYTES);
    assertThat(c.getInt("dmsim.pool.worker-dispatcher.thread-pool-executor.fixed-pool-size")).isEqualTo(1);
  }

  @Test
  void poolMessages_useJacksonCbor_andRoundTrip() {
    ActorRef<WorkPool.Command> pool =
        member.systemActorOf(Behaviors.<WorkPool.Command>empty(), "stand-in-pool", Props.empty());
    ActorRef<Worker.Command> worker =
        member.systemActorOf(Behaviors.<Worker.Command>empty(), "stand-in-worker", Props.empty());
    List<Object> messages = List.of(
        new Worker.Attach(pool),
        new Worker.RunJob(4, 2, "{\"seed\":1}", pool),
        new Worker.ChunkAcknowledged(4, 2, 0),
        new WorkPool.JobRequested(worker),
        new WorkPool.JobFailed(4, 2, "boom", worker));
    for (Object m : messages) {
      assertThat(serialization.findSerializerFor(m)).isInstanceOf(JacksonCborSerializer.class);
      assertThat(roundTrip(m)).isEqualTo(m);
    }
    WorkPool.ResultChunk chunk = new WorkPool.ResultChunk(4, 2, 7, true, new byte[] {0, -1, 42}, worker);
    WorkPool.ResultChunk back = (WorkPool.ResultChunk) roundTrip(chunk);
    assertThat(back.bytes()).containsExactly(0, -1, 42);
    assertThat(List.of(back.index(), back.attempt(), back.seq(), back.last(), back.worker()))
        .containsExactly(4, 2, 7, true, worker);
  }

  private Object roundTrip(Object m) {
    byte[] bytes = serialization.serialize(m).get();
    String manifest = Serializers.manifestFor(serialization.findSerializerFor(m), m);
    return serialization.deserialize(bytes, serialization.findSerializerFor(m).identifier(), manifest).get();
  }

  @Test
  void unmarkedSerializableMessage_cannotBeSerialized() {
    JavaOnly message = new JavaOnly(3);
    assertThat(serialization.findSerializerFor(message)).isInstanceOf(DisabledJavaSerializer.class);
    assertThat(serialization.serialize(message).isFailure()).isTrue();
    assertThat(member.settings().config().getBoolean("akka.actor.allow-java-serialization")).isFalse();
  }

  @Test
  void new_badSeedNode_saysWhatIsExpected() {
    assertThatThrownBy(() -> ClusterConfig.loopback(0, List.of("127.0.0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed node '127.0.0.1': expected HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:25520");
    assertThatThrownBy(() -> ClusterConfig.loopback(70000, List.of()))
        .hasMessage("port: expected 0 to 65535, was 70000");
  }
}
