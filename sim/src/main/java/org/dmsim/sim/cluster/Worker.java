package org.dmsim.sim.cluster;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.StashBuffer;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs pool jobs on one member, one at a time: registers with the Receptionist under
 * {@link #SERVICE_KEY}; when a {@link WorkPool} attaches it asks for a job, runs it through its
 * {@link JobRunner} on the {@link ClusterConfig#WORKER_DISPATCHER} dispatcher, streams the result back in
 * chunks of at most {@link PoolSettings#chunkBytes()} (no more than {@link PoolSettings#chunkWindow()}
 * unacknowledged), and asks for the next job once the last chunk is sent. So a slow member takes fewer
 * jobs. Jobs that arrive while it is busy (from a second pool) wait in its stash.
 */
public final class Worker extends AbstractBehavior<Worker.Command> {
  /** The key pools find workers under. */
  public static final ServiceKey<Command> SERVICE_KEY = ServiceKey.create(Command.class, "dmsim-pool-worker");

  /** What a worker handles. */
  public sealed interface Command {}

  /** A pool wants jobs run: the worker watches it and asks it for one. */
  public record Attach(ActorRef<WorkPool.Command> pool) implements Command, ClusterSerializable {}

  /** Run job {@code index} (this is the pool's {@code attempt}-th hand-out) and send the result to {@code pool}. */
  public record RunJob(int index, int attempt, String json, ActorRef<WorkPool.Command> pool)
      implements Command, ClusterSerializable {}

  /** The pool has chunk {@code seq} of job {@code index}'s attempt {@code attempt}: more may follow. */
  public record ChunkAcknowledged(int index, int attempt, int seq) implements Command, ClusterSerializable {}

  /** The runner finished a job: {@code result} when it succeeded, else {@code error}. Local only. */
  private record RunnerFinished(RunJob job, byte[] result, String error)
      implements Command, NoSerializationVerificationNeeded {}

  private final JobRunner runner;
  private final PoolSettings settings;
  private final Executor executor;
  private final StashBuffer<Command> stash;
  // Membership only (never iterated), so hash order cannot reach results.
  private final Set<ActorRef<WorkPool.Command>> pools = new HashSet<>();
  private RunJob current;
  private byte[] result;
  private int chunks;
  private int nextSeq;
  private int acknowledged;

  /** A worker running jobs through {@code runner}, registered under {@link #SERVICE_KEY}. */
  public static Behavior<Command> create(JobRunner runner, PoolSettings settings) {
    return Behaviors.withStash(10_000, stash -> Behaviors.setup(ctx -> {
      ctx.getSystem().receptionist().tell(Receptionist.register(SERVICE_KEY, ctx.getSelf()));
      return new Worker(ctx, runner, settings, stash);
    }));
  }

  private Worker(ActorContext<Command> ctx, JobRunner runner, PoolSettings settings, StashBuffer<Command> stash) {
    super(ctx);
    this.runner = runner;
    this.settings = settings;
    this.stash = stash;
    this.executor = ctx.getSystem().dispatchers().lookup(DispatcherSelector.fromConfig(ClusterConfig.WORKER_DISPATCHER));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Attach.class, this::onAttach)
        .onMessage(RunJob.class, this::onRunJob)
        .onMessage(RunnerFinished.class, this::onRunnerFinished)
        .onMessage(ChunkAcknowledged.class, this::onChunkAcknowledged)
        .onSignal(Terminated.class, this::onPoolTerminated)
        .build();
  }

  private Behavior<Command> onAttach(Attach attach) {
    if (pools.add(attach.pool())) {
      getContext().watch(attach.pool());
      attach.pool().tell(new WorkPool.JobRequested(getContext().getSelf()));
    }
    return this;
  }

  private Behavior<Command> onRunJob(RunJob job) {
    if (!pools.contains(job.pool())) {
      return this;
    }
    if (current != null) {
      stash.stash(job);
      return this;
    }
    current = job;
    CompletableFuture<byte[]> run = CompletableFuture.supplyAsync(() -> {
      try {
        return runner.run(job.json());
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, executor);
    getContext().pipeToSelf(run, (bytes, error) -> error == null && bytes == null
        ? new RunnerFinished(job, null, "the job runner returned no result")
        : new RunnerFinished(job, bytes, error == null ? null : describe(error)));
    return this;
  }

  private static String describe(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private Behavior<Command> onRunnerFinished(RunnerFinished finished) {
    RunJob job = finished.job();
    if (!pools.contains(job.pool())) {
      return next();
    }
    if (finished.error() != null) {
      job.pool().tell(new WorkPool.JobFailed(job.index(), job.attempt(), finished.error(), getContext().getSelf()));
      return next();
    }
    result = finished.result();
    chunks = ChunkAssembly.chunkCount(result.length, settings.chunkBytes());
    nextSeq = 0;
    acknowledged = 0;
    return stream();
  }

  private Behavior<Command> onChunkAcknowledged(ChunkAcknowledged ack) {
    if (result == null || ack.index() != current.index() || ack.attempt() != current.attempt()) {
      return this;
    }
    acknowledged = Math.max(acknowledged, ack.seq() + 1);
    return stream();
  }

  /** Sends chunks while the window allows; after the last one, asks for the next job. */
  private Behavior<Command> stream() {
    while (nextSeq < chunks && nextSeq - acknowledged < settings.chunkWindow()) {
      byte[] chunk = ChunkAssembly.chunk(result, nextSeq, settings.chunkBytes());
      current.pool().tell(new WorkPool.ResultChunk(current.index(), current.attempt(), nextSeq,
          nextSeq == chunks - 1, chunk, getContext().getSelf()));
      nextSeq++;
    }
    if (nextSeq < chunks) {
      return this;
    }
    current.pool().tell(new WorkPool.JobRequested(getContext().getSelf()));
    return next();
  }

  /** Forgets the job in hand and takes the next waiting one, if any. */
  private Behavior<Command> next() {
    current = null;
    result = null;
    return stash.unstashAll(this);
  }

  private Behavior<Command> onPoolTerminated(Terminated terminated) {
    pools.remove(terminated.getRef());
    // A result still streaming to a pool that is gone is dropped; a job still running is dropped when it ends.
    if (result != null && current.pool().equals(terminated.getRef())) {
      return next();
    }
    return this;
  }
}
