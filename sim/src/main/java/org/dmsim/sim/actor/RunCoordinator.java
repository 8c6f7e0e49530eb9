package org.dmsim.sim.actor;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.host.RetiredEntities;
import org.dmsim.sim.host.RunScope;
import org.dmsim.sim.wire.CborSerializable;

/**
 * Runs one simulation by conservative time windows (DESIGN.md section 5). After every window it
 * knows the earliest time of any pending event anywhere, {@code next} (each group's nodes' next
 * events, their inbound events, and the events in batches just sent); no event can be created
 * earlier than {@code next + lookahead} in another node, so that is the next horizon. Each grant
 * carries the number of batches its group must hold before it starts, which is what makes the
 * protocol safe when messages from different senders overtake each other (Akka orders messages only
 * per sender–receiver pair). The run ends when {@code next} reaches the end time.
 *
 * <p>It watches its groups: a group that stops before the run has ended fails the run, naming it. It
 * records each window in the run's {@link RunProgress}, which the engine's watchdog reads.
 */
public final class RunCoordinator extends AbstractBehavior<RunCoordinator.Command> {

  /** What the coordinator receives. */
  public sealed interface Command extends CborSerializable {}

  /** A group finished a window: its earliest pending time and how many batches it sent to each group. */
  public record GroupDone(int window, int group, long earliestMs, int[] batchesTo) implements Command {}

  /** A group's results at the end of the run. */
  public record GroupReport(int group, List<EntityResult> results) implements Command {}

  /** A group's node failed. */
  public record GroupFailed(int group, String reason) implements Command {}

  /** Stop the run, which has failed for {@code reason} (sent by the engine when its watchdog gives up). */
  public record Abort(String reason) implements Command {}

  /** The result of a run and how many windows it took. */
  public record Outcome(RunResult result, long windows) {}

  private final RunScope scope;
  private final RunProgress progress;
  private final CompletableFuture<Outcome> outcome;
  private final List<ActorRef<NodeGroup.Command>> groups = new ArrayList<>();
  private final long[] earliest;
  private final int[][] batchesTo;
  private int window;
  private int done;
  private final List<EntityResult> results = new ArrayList<>();
  private int reports;
  private boolean collecting;

  private RunCoordinator(ActorContext<Command> context, RunScope scope, AkkaEngineSettings settings,
      RunProgress progress, CompletableFuture<Outcome> outcome) {
    super(context);
    this.scope = scope;
    this.progress = progress;
    this.outcome = outcome;
    int count = progress.groups();
    for (int g = 0; g < count; g++) {
      // A group, its nodes and their children share one single-threaded dispatcher, so the per-window
      // fan-out to nodes and fan-in from them never hand work across threads; groups run in parallel.
      DispatcherSelector dispatcher = DispatcherSelector.fromConfig(EngineConfig.groupDispatcher(g, settings));
      ActorRef<NodeGroup.Command> group = context.spawn(
          NodeGroup.create(scope, g, count, context.getSelf(), dispatcher, settings.fuseChildren(), progress),
          "group-" + g, dispatcher);
      context.watch(group);
      groups.add(group);
    }
    for (ActorRef<NodeGroup.Command> group : groups) {
      group.tell(new NodeGroup.Init(groups));
    }
    this.earliest = new long[count];
    this.batchesTo = new int[count][];
    grant(0, new int[count]);
  }

  /**
   * The coordinator of one run of {@code plan} with {@code progress.groups()} groups; completes
   * {@code outcome} when done or failed.
   */
  static Behavior<Command> create(SimulationPlan plan, long seed, int replication,
      AkkaEngineSettings settings, RunProgress progress, CompletableFuture<Outcome> outcome) {
    return Behaviors.setup(ctx -> new RunCoordinator(ctx, new RunScope(plan, seed, replication), settings, progress,
        outcome));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(GroupDone.class, this::onGroupDone)
        .onMessage(GroupReport.class, this::onGroupReport)
        .onMessage(GroupFailed.class, f -> fail(f.reason()))
        .onMessage(Abort.class, a -> fail(a.reason()))
        .onSignal(Terminated.class, this::onGroupStopped)
        .build();
  }

  private void grant(long next, int[] expected) {
    window++;
    done = 0;
    long horizon = Math.min(scope.endMs(), saturatedAdd(next, scope.lookaheadMs()));
    progress.windowGranted(window, horizon);
    for (int g = 0; g < groups.size(); g++) {
      groups.get(g).tell(new NodeGroup.Grant(window, horizon, expected[g]));
    }
  }

  private Behavior<Command> onGroupDone(GroupDone d) {
    if (d.window() != window) {
      return fail("group " + d.group() + " reported window " + d.window() + " during window " + window);
    }
    earliest[d.group()] = d.earliestMs();
    batchesTo[d.group()] = d.batchesTo();
    if (++done < groups.size()) {
      return this;
    }
    long next = Long.MAX_VALUE;
    int[] expected = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      next = Math.min(next, earliest[g]);
      for (int to = 0; to < groups.size(); to++) {
        expected[to] += batchesTo[g][to];
      }
    }
    if (next >= scope.endMs()) {
      progress.resultsRequested();
      collecting = true;
      for (ActorRef<NodeGroup.Command> group : groups) {
        group.tell(new NodeGroup.Finish());
      }
    } else {
      grant(next, expected);
    }
    return this;
  }

  private Behavior<Command> onGroupReport(GroupReport r) {
    results.addAll(r.results());
    progress.resultsReceived();
    if (++reports < groups.size()) {
      return this;
    }
    SimulationPlan plan = scope.plan();
    RunResult result = new RunResult(plan.name(), scope.seed(), scope.replication(), plan.endMs(),
        RetiredEntities.sortedByName(results));
    outcome.complete(new Outcome(result, window));
    return Behaviors.stopped();
  }

  /** Groups stop only with the coordinator, so one that stops on its own (a bug, a lost member) ends the run. */
  private Behavior<Command> onGroupStopped(Terminated t) {
    String group = "node group " + t.getRef().path().name();
    String when = collecting ? " while results were collected" : " in window " + window;
    if (t instanceof ChildFailed f) {
      return fail(group + " failed" + when + ": " + f.getCause());
    }
    return fail(group + " stopped unexpectedly" + when);
  }

  private Behavior<Command> fail(String reason) {
    outcome.completeExceptionally(new SimulationFailure(reason));
    return Behaviors.stopped();
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
