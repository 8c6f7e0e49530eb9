package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.javadsl.Adapter;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.serialization.Serializers;
import akka.serialization.jackson.JacksonCborSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.MessageCatalog;
import org.dmsim.model.entity.Start;
import org.dmsim.model.event.Event;
import org.dmsim.model.event.Message;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.stats.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every message that may cross cluster members goes through Akka's Jackson CBOR serializer and
 * comes back equal, carrying every model message type of the catalog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireRoundTripTest {
  private ActorTestKit kit;
  private Serialization serialization;

  @BeforeAll
  void start() {
    kit = ActorTestKit.create("wire", EngineConfig.of(AkkaEngineSettings.of(1)));
    serialization = SerializationExtension.get(Adapter.toClassic(kit.system()));
  }

  @AfterAll
  void stop() {
    kit.shutdownTestKit();
  }

  private Object roundTrip(Object message) {
    assertThat(serialization.findSerializerFor(message)).isInstanceOf(JacksonCborSerializer.class);
    byte[] bytes = serialization.serialize(message).get();
    int id = serialization.findSerializerFor(message).identifier();
    String manifest = Serializers.manifestFor(serialization.findSerializerFor(message), message);
    return serialization.deserialize(bytes, id, manifest).get();
  }

  static List<Event> oneEventOfEachMessageType() {
    EntityId region = new EntityId(3, "region-paris");
    List<Message> messages = new ArrayList<>(List.of(Start.INSTANCE, PholdMessage.Hop.INSTANCE));
    messages.addAll(MfgMessages.oneOfEach(region));
    List<Event> events = new ArrayList<>();
    long seq = 1;
    for (Message m : messages) {
      events.add(new Event(1000 + seq, m.priority(), (1L << 32) | seq, seq, 7, m));
      seq++;
    }
    return events;
  }

  @Test
  void catalog_listsEveryMessageTypeTheTestCarries() {
    Map<String, Class<? extends Message>> types = MessageCatalog.concreteTypes();
    List<Object> carried = new ArrayList<>();
    oneEventOfEachMessageType().forEach(e -> carried.add(e.message().getClass()));
    assertThat(carried).containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(types.values()));
  }

  @Test
  void nodeAndGroupMessages_roundTripEqual() {
    List<Event> events = oneEventOfEachMessageType();
    List<Object> messages = List.of(
        new NodeActor.Advance(3, 12345, events),
        new NodeActor.CollectResults(),
        new EntityActor.Deliver(events.get(3), 17),
        new EntityActor.Collect(),
        new NodeGroup.Grant(4, 999, 2),
        new NodeGroup.Batch(4, 1, events),
        new NodeGroup.NodeAdvanced(4, 9, Long.MAX_VALUE, events),
        new NodeGroup.Finish(),
        new NodeGroup.NodeFailed(2, "reason"),
        new NodeGroup.NodeReport(2, List.of(result())),
        new RunCoordinator.GroupReport(1, List.of(result())),
        new RunCoordinator.GroupFailed(1, "why"),
        new RunCoordinator.Abort("the run made no progress for 60 s"));
    for (Object m : messages) {
      assertThat(roundTrip(m)).as(m.getClass().getSimpleName()).isEqualTo(m);
    }
  }

  @Test
  void messagesWithArraysAndRefs_roundTripEqualByContent() {
    RunCoordinator.GroupDone done = new RunCoordinator.GroupDone(5, 1, 777, new int[] {0, 1, 1});
    RunCoordinator.GroupDone back = (RunCoordinator.GroupDone) roundTrip(done);
    assertThat(back.batchesTo()).containsExactly(0, 1, 1);
    assertThat(back.earliestMs()).isEqualTo(777);

    NodeGroup.Init init = new NodeGroup.Init(List.of(kit.<NodeGroup.Command>createTestProbe().getRef()));
    assertThat(roundTrip(init)).isEqualTo(init);
  }

  private static EntityResult result() {
    Tally t = new Tally();
    t.add(1.5);
    t.add(-0.25);
    return new EntityResult("plant/m1", 42, 0xCAFEBABEL,
        List.of(MetricValue.counter("jobs", 3), MetricValue.tally("lead-time-ms", t),
            MetricValue.level("busy", 0.8125, 1)));
  }
}
