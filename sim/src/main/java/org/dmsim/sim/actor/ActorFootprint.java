package org.dmsim.sim.actor;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.mfg.entity.Shipment;
import org.dmsim.model.phold.PholdModel;
import org.dmsim.sim.host.EntityCell;
import org.dmsim.sim.host.RunScope;

/**
 * Measures the heap an idle entity actor costs: spawns {@code count} {@link EntityActor}s, each
 * hosting a {@link Shipment} on its way (the most numerous entity of a run) with its cell and a
 * shipment's name, and compares the used heap after full collections before and after. The figure
 * includes Akka's actor cell, mailbox and behaviour objects, the cell and the entity's state. A
 * benchmark, not a test: it calls {@code System.gc()}.
 */
public final class ActorFootprint {
  private ActorFootprint() {}

  /** The measurement: how many actors, and the heap they took. */
  public record Result(int actors, long heapBytes) {
    /** Heap bytes per actor. */
    public double bytesPerActor() {
      return heapBytes / (double) actors;
    }
  }

  private record SpawnIdle(int count, CompletableFuture<Integer> done) implements NoSerializationVerificationNeeded {}

  /** Spawns {@code count} idle entity actors in a fresh actor system and measures their heap. */
  public static Result measure(int count) {
    RunScope scope = new RunScope(new PholdModel(1, 0, 1, 1, 1).plan(), 1, 0);
    EntityId node = scope.plan().nodes().get(0).id();
    AkkaEngineSettings settings = AkkaEngineSettings.of(1);
    DispatcherSelector dispatcher = DispatcherSelector.fromConfig(EngineConfig.groupDispatcher(0, settings));
    Behavior<SpawnIdle> spawner = Behaviors.setup(ctx -> Behaviors.receiveMessage(m -> {
      ActorRef<NodeActor.Command> nobody = ctx.getSystem().ignoreRef();
      for (int i = 1; i <= m.count(); i++) {
        EntityId id = scope.spawnedId(0, i, "ship");
        EntityCell cell = new EntityCell(scope, id, 0, new Shipment(node, List.of(), 60_000, 1, 0));
        ctx.spawn(EntityActor.create(cell, nobody), NodeActor.actorName(id), dispatcher);
      }
      m.done().complete(m.count());
      return Behaviors.same();
    }));
    ActorSystem<SpawnIdle> system = ActorSystem.create(spawner, "footprint", EngineConfig.of(settings));
    try {
      long before = usedHeapAfterGc();
      CompletableFuture<Integer> done = new CompletableFuture<>();
      system.tell(new SpawnIdle(count, done));
      done.join();
      long after = usedHeapAfterGc();
      return new Result(count, after - before);
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().join();
    }
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
