package org.dmsim.sim.actor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.dmsim.model.entity.SimulationPlan;

/**
 * How far one run of the actor engine has got, for the watchdog of the thread waiting in
 * {@link AkkaEngine#run}: the coordinator, the groups and the nodes write it at window boundaries (a
 * few ordered stores per node and window, never per event), the waiting thread reads it, and no actor
 * ever reads it — so it cannot change a result. It lives in the JVM of the engine, as every actor of a
 * run does today; a run spread over cluster members would have to carry the same facts in its messages.
 *
 * <p>Windows are numbered from 1; {@link #RESULTS} stands for the collection of results at the end.
 * Each group's node slots sit in arrays of their own, padded, because nodes of different groups run
 * on different threads and must not share cache lines.
 */
final class RunProgress {
  /** The "window" in which the run collects its results. */
  static final int RESULTS = Integer.MAX_VALUE;
  /** Ints of padding at both ends of a group's node arrays: one cache line. */
  private static final int PAD = 16;

  private final SimulationPlan plan;
  private final int groups;
  /** Changes whenever the run moves on (a window granted, results requested, a group's results in); one writer, the coordinator. */
  private volatile long steps;
  private volatile int window;
  private volatile long horizonMs;
  /** Per group, the last window it started (after its grant and batches): written by the group. */
  private final AtomicIntegerArray groupStarted;
  /** Per group, the last window it reported done (or {@link #RESULTS} once its results are sent): written by the group. */
  private final AtomicIntegerArray groupReported;
  /** Per group and local node, the last window the group asked the node to run: written by the group. */
  private final AtomicIntegerArray[] nodeAsked;
  /** Per group and local node, the last window the node answered: written by the node, on its group's thread. */
  private final AtomicIntegerArray[] nodeAnswered;
  private final AtomicReference<VirtualMachineError> fatal = new AtomicReference<>();

  /** The progress of a run of {@code plan} with {@code groups} node groups. */
  RunProgress(SimulationPlan plan, int groups) {
    this.plan = plan;
    this.groups = groups;
    this.groupStarted = new AtomicIntegerArray(groups);
    this.groupReported = new AtomicIntegerArray(groups);
    this.nodeAsked = new AtomicIntegerArray[groups];
    this.nodeAnswered = new AtomicIntegerArray[groups];
    int nodes = plan.nodes().size();
    for (int g = 0; g < groups; g++) {
      int local = (nodes - g + groups - 1) / groups;
      nodeAsked[g] = new AtomicIntegerArray(local + 2 * PAD);
      nodeAnswered[g] = new AtomicIntegerArray(local + 2 * PAD);
    }
  }

  /** The number of node groups of the run. */
  int groups() {
    return groups;
  }

  /** A value that changes whenever the run moves on. */
  long steps() {
    return steps;
  }

  // --- written by the coordinator, the only writer of steps (so steps++ needs no atomic update) ---

  void windowGranted(int w, long horizon) {
    horizonMs = horizon;
    window = w;
    steps++;
  }

  void resultsRequested() {
    window = RESULTS;
    steps++;
  }

  void resultsReceived() {
    steps++;
  }

  // --- written by groups and nodes, each to its own slots ---

  void groupStarted(int group, int w) {
    groupStarted.lazySet(group, w);
  }

  void groupReported(int group, int w) {
    groupReported.lazySet(group, w);
  }

  void nodeAsked(int nodeOrdinal, int w) {
    nodeAsked[nodeOrdinal % groups].lazySet(PAD + nodeOrdinal / groups, w);
  }

  void nodeAnswered(int nodeOrdinal, int w) {
    nodeAnswered[nodeOrdinal % groups].lazySet(PAD + nodeOrdinal / groups, w);
  }

  /** Keeps the first fatal VM error of the run, for the waiting thread to rethrow. */
  void recordFatal(VirtualMachineError error) {
    fatal.compareAndSet(null, error);
  }

  /** The first fatal VM error an entity of the run threw, or {@code null}. */
  VirtualMachineError fatalError() {
    return fatal.get();
  }

  /**
   * Why the run has not moved on for {@code quiet}: the current window and horizon, which groups have
   * not reported it, and which of their nodes have not answered.
   */
  String diagnose(Duration quiet) {
    int w = window;
    StringBuilder sb = new StringBuilder("the run made no progress for ").append(seconds(quiet)).append(": ");
    if (w == 0) {
      return sb.append("it has not started its first window (its actors are still being created, or their"
          + " threads are busy elsewhere)").toString();
    }
    sb.append(w == RESULTS ? "it is collecting results" : "it is in window " + w + " (horizon " + horizonMs + " ms)");
    List<String> silent = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      if (groupReported.get(g) >= w) {
        continue;
      }
      if (w != RESULTS && groupStarted.get(g) < w) {
        silent.add("group " + g + " has not started it (it waits for its grant or for batches from other groups)");
        continue;
      }
      List<String> nodes = new ArrayList<>();
      for (int ordinal = g; ordinal < plan.nodes().size(); ordinal += groups) {
        int slot = PAD + ordinal / groups;
        if (nodeAsked[g].get(slot) == w && nodeAnswered[g].get(slot) < w) {
          nodes.add(plan.nodes().get(ordinal).id().name());
        }
      }
      silent.add("group " + g + " has not reported it"
          + (nodes.isEmpty() ? " (none of its nodes is still working: the group itself has not got to their answers)"
              : "; waiting for node" + (nodes.size() == 1 ? " " : "s ") + String.join(", ", nodes)
                  + (w == RESULTS ? " to report results" : " to finish the window")));
    }
    if (silent.isEmpty()) {
      sb.append("; every group has reported, but the coordinator has not gone on (its thread, shared with"
          + " group 0, is busy)");
    } else {
      sb.append("; ").append(String.join("; ", silent));
    }
    return sb.toString();
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
