package org.dmsim.sim.cluster;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.PostStop;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.receptionist.Receptionist;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Hands a list of jobs to the {@link Worker}s that ask for them and delivers their results to a
 * {@link ResultSink} in ascending index order. It finds workers through the Receptionist, attaches to
 * each and watches it: a job held by a worker that stops or whose member is removed from the cluster
 * (left, or downed by the split-brain resolver) goes back to the queue, lowest index first, and to the
 * next worker that asks. Every hand-out has its own attempt number, so a late or duplicate result of an
 * earlier attempt is ignored. A job that fails in its runner fails the run (no retry); a run with no live
 * worker for {@link PoolSettings#noWorkerTimeout()} fails; either completes {@code outcome} exceptionally
 * with a {@link WorkPoolFailure}, and the pool stops; so does a pool stopped any other way (its actor
 * system terminated, a progress callback that throws).
 */
public final class WorkPool extends AbstractBehavior<WorkPool.Command> {
  /** What the pool handles. */
  public sealed interface Command {}

  /** {@code worker} is free and wants a job. */
  public record JobRequested(ActorRef<Worker.Command> worker) implements Command, ClusterSerializable {}

  /**
   * Chunk {@code seq} (from 0) of the result of job {@code index}'s attempt {@code attempt};
   * {@code last} on the final one. Acknowledged to {@code worker} whether or not it is still wanted.
   */
  public record ResultChunk(int index, int attempt, int seq, boolean last, byte[] bytes,
      ActorRef<Worker.Command> worker) implements Command, ClusterSerializable {}

  /** Job {@code index}'s attempt {@code attempt} threw in its runner, described by {@code message}. */
  public record JobFailed(int index, int attempt, String message, ActorRef<Worker.Command> worker)
      implements Command, ClusterSerializable {}

  private record WorkersListed(Receptionist.Listing listing) implements Command, NoSerializationVerificationNeeded {}

  private enum NoWorkerTimedOut implements Command, NoSerializationVerificationNeeded { INSTANCE }

  /** One hand-out of a job: to whom, which attempt, and the chunks received so far. */
  private record Assignment(ActorRef<Worker.Command> worker, int attempt, ChunkAssembly assembly) {}

  private final ResultSink sink;
  private final PoolSettings settings;
  private final CompletableFuture<PoolSummary> outcome;
  private final TimerScheduler<Command> timers;
  private final TreeMap<Integer, String> jsonByIndex = new TreeMap<>();
  private final int[] deliveryOrder;
  private final TreeSet<Integer> queue = new TreeSet<>();
  private final TreeMap<Integer, Assignment> assignments = new TreeMap<>();
  private final TreeMap<Integer, byte[]> finished = new TreeMap<>();
  private final Set<ActorRef<Worker.Command>> attached = new LinkedHashSet<>();
  private final Set<ActorRef<Worker.Command>> live = new LinkedHashSet<>();
  private final Deque<ActorRef<Worker.Command>> waiting = new ArrayDeque<>();
  private final Set<String> membersSeen = new TreeSet<>();
  private int delivered;
  private int attempts;
  private int reassigned;

  /**
   * A pool for {@code jobs} (distinct indices, JSON of at most {@link PoolSettings#MAX_MESSAGE_BYTES}
   * each) that completes {@code outcome} when every result has
   * reached {@code sink}, or fails it.
   */
  public static Behavior<Command> create(List<Job> jobs, ResultSink sink, PoolSettings settings,
      CompletableFuture<PoolSummary> outcome) {
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    for (Job job : jobs) {
      int bytes = job.json().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > PoolSettings.MAX_MESSAGE_BYTES) {
        throw new IllegalArgumentException("job " + job.index() + " is " + bytes + " bytes of JSON; at most "
            + PoolSettings.MAX_MESSAGE_BYTES + " fit in one Artery frame (256 KiB): describe the job by reference");
      }
      if (byIndex.put(job.index(), job.json()) != null) {
        throw new IllegalArgumentException("job index " + job.index() + " appears more than once");
      }
    }
    if (byIndex.isEmpty()) {
      outcome.complete(new PoolSummary(0, 0, 0));
      return Behaviors.stopped();
    }
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> new WorkPool(ctx, timers, byIndex, sink, settings, outcome)));
  }

  private WorkPool(ActorContext<Command> ctx, TimerScheduler<Command> timers, TreeMap<Integer, String> byIndex,
      ResultSink sink, PoolSettings settings, CompletableFuture<PoolSummary> outcome) {
    super(ctx);
    this.timers = timers;
    this.sink = sink;
    this.settings = settings;
    this.outcome = outcome;
    jsonByIndex.putAll(byIndex);
    queue.addAll(byIndex.keySet());
    deliveryOrder = byIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
    ActorRef<Receptionist.Listing> listings = ctx.messageAdapter(Receptionist.Listing.class, WorkersListed::new);
    ctx.getSystem().receptionist().tell(Receptionist.subscribe(Worker.SERVICE_KEY, listings));
    timers.startSingleTimer(NoWorkerTimedOut.INSTANCE, settings.noWorkerTimeout());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(WorkersListed.class, this::onWorkersListed)
        .onMessage(JobRequested.class, this::onJobRequested)
        .onMessage(ResultChunk.class, this::onResultChunk)
        .onMessage(JobFailed.class, this::onJobFailed)
        .onMessage(NoWorkerTimedOut.class, m -> onNoWorkerTimedOut())
        .onSignal(Terminated.class, this::onWorkerTerminated)
        .onSignal(PostStop.class, s -> onPostStop())
        .build();
  }

  /** However the pool stops — its actor system ends, a callback throws — its caller is not left waiting. */
  private Behavior<Command> onPostStop() {
    outcome.completeExceptionally(new WorkPoolFailure("the work pool stopped before its run ended; "
        + delivered + " of " + deliveryOrder.length + " jobs done"));
    return this;
  }

  private Behavior<Command> onWorkersListed(WorkersListed m) {
    List<ActorRef<Worker.Command>> listed = new ArrayList<>(m.listing().getServiceInstances(Worker.SERVICE_KEY));
    listed.sort(Comparator.comparing(r -> r.path().toString()));
    for (ActorRef<Worker.Command> worker : listed) {
      if (attach(worker)) {
        worker.tell(new Worker.Attach(getContext().getSelf()));
      }
    }
    return this;
  }

  /** Starts watching a worker seen for the first time; false if it was seen before. */
  private boolean attach(ActorRef<Worker.Command> worker) {
    if (!attached.add(worker)) {
      return false;
    }
    getContext().watch(worker);
    live.add(worker);
    membersSeen.add(worker.path().address().toString());
    timers.cancel(NoWorkerTimedOut.INSTANCE);
    reportProgress();
    return true;
  }

  private Behavior<Command> onJobRequested(JobRequested m) {
    ActorRef<Worker.Command> worker = m.worker();
    attach(worker);
    if (!live.contains(worker)) {
      return this;
    }
    // A worker asking again while it still holds a job has moved on without finishing that result.
    for (Map.Entry<Integer, Assignment> e : new ArrayList<>(assignments.entrySet())) {
      if (e.getValue().worker().equals(worker)) {
        requeue(e.getKey());
      }
    }
    waiting.remove(worker);
    waiting.addLast(worker);
    dispatch();
    return this;
  }

  private void requeue(int index) {
    assignments.remove(index);
    queue.add(index);
    reassigned++;
  }

  /** Hands the lowest queued jobs to the workers waiting longest. */
  private void dispatch() {
    while (!queue.isEmpty() && !waiting.isEmpty()) {
      ActorRef<Worker.Command> worker = waiting.pollFirst();
      int index = queue.pollFirst();
      attempts++;
      assignments.put(index, new Assignment(worker, attempts, new ChunkAssembly()));
      worker.tell(new Worker.RunJob(index, attempts, jsonByIndex.get(index), getContext().getSelf()));
    }
  }

  private Behavior<Command> onResultChunk(ResultChunk chunk) {
    chunk.worker().tell(new Worker.ChunkAcknowledged(chunk.index(), chunk.attempt(), chunk.seq()));
    Assignment a = assignments.get(chunk.index());
    if (a == null || a.attempt() != chunk.attempt() || !a.worker().equals(chunk.worker())) {
      return this; // a result nobody waits for any more: finished already, or handed to another worker
    }
    if (!a.assembly().add(chunk.seq(), chunk.bytes())) {
      requeue(chunk.index()); // a lost chunk: the rest of this attempt is ignored, the job runs again
      dispatch();
      return this;
    }
    if (!chunk.last()) {
      return this;
    }
    assignments.remove(chunk.index());
    finished.put(chunk.index(), a.assembly().bytes());
    return deliver();
  }

  /** Gives the sink every finished result that is next in index order. */
  private Behavior<Command> deliver() {
    while (delivered < deliveryOrder.length && finished.containsKey(deliveryOrder[delivered])) {
      int index = deliveryOrder[delivered];
      try {
        sink.accept(index, finished.remove(index));
      } catch (RuntimeException e) {
        return fail("the result sink failed on job " + index + ": " + e.getMessage());
      }
      delivered++;
    }
    reportProgress();
    return delivered == deliveryOrder.length ? succeed() : this;
  }

  private Behavior<Command> onJobFailed(JobFailed m) {
    Assignment a = assignments.get(m.index());
    if (a == null || a.attempt() != m.attempt()) {
      return this;
    }
    return fail("job " + m.index() + " failed on " + m.worker().path().address() + ": " + m.message());
  }

  private Behavior<Command> onWorkerTerminated(Terminated t) {
    ActorRef<?> gone = t.getRef();
    live.remove(gone);
    waiting.remove(gone);
    for (Map.Entry<Integer, Assignment> e : new ArrayList<>(assignments.entrySet())) {
      if (e.getValue().worker().equals(gone)) {
        requeue(e.getKey());
      }
    }
    dispatch();
    if (live.isEmpty()) {
      timers.startSingleTimer(NoWorkerTimedOut.INSTANCE, settings.noWorkerTimeout());
    }
    reportProgress();
    return this;
  }

  private Behavior<Command> onNoWorkerTimedOut() {
    if (!live.isEmpty()) {
      return this;
    }
    long ms = settings.noWorkerTimeout().toMillis();
    String waited = ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    return fail("no worker available for " + waited + "; " + delivered + " of "
        + deliveryOrder.length + " jobs done. Start workers that join this cluster (service key "
        + Worker.SERVICE_KEY.id() + ").");
  }

  private void reportProgress() {
    Set<String> members = new TreeSet<>();
    live.forEach(w -> members.add(w.path().address().toString()));
    // An exception here stops the pool, and PostStop fails the run.
    sink.progress(new PoolProgress(members.size(), live.size(), delivered, deliveryOrder.length));
  }

  private Behavior<Command> succeed() {
    outcome.complete(new PoolSummary(deliveryOrder.length, membersSeen.size(), reassigned));
    return Behaviors.stopped();
  }

  private Behavior<Command> fail(String message) {
    outcome.completeExceptionally(new WorkPoolFailure(message));
    return Behaviors.stopped();
  }
}
