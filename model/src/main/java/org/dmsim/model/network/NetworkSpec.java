package org.dmsim.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.ModelSpec;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.time.SimTime;

/**
 * A network of one factory serving customer regions — the thin slice the full model grows from.
 * Turns into a {@link SimulationPlan} whose network lookahead is the smallest order latency or
 * transit time.
 *
 * @param name      the scenario's name
 * @param horizonMs length of the run, ms
 * @param factory   the factory
 * @param regions   the regions, at least one, with distinct names
 */
public record NetworkSpec(String name, long horizonMs, FactorySpec factory, List<RegionSpec> regions) implements ModelSpec {
  public NetworkSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factory, "factory");
    regions = List.copyOf(regions);
    if (horizonMs <= 0) {
      throw new IllegalArgumentException("the horizon must be positive");
    }
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one region");
    }
    TreeSet<String> names = new TreeSet<>();
    names.add(factory.id());
    for (RegionSpec r : regions) {
      if (!names.add(r.id())) {
        throw new IllegalArgumentException("duplicate node name: " + r.id());
      }
    }
  }

  /** The smallest delay between nodes: the network lookahead, ms. */
  public long lookaheadMs() {
    long min = Long.MAX_VALUE;
    for (RegionSpec r : regions) {
      min = Math.min(min, Math.min(r.orderLatencyMs(), r.transitMs()));
    }
    return min;
  }

  /**
   * The simulation plan: the factory with machines {@code m1…mN} (zero-padded to equal width, e.g.
   * {@code m01…m12}, so that name order is number order), and one node per region.
   */
  @Override
  public SimulationPlan plan() {
    SimulationPlan.Builder b = SimulationPlan.builder(name);
    List<String> machineNames = new ArrayList<>();
    b.node(factory.id(), dir -> new Factory(machineIds(dir, machineNames), transitByRegion(dir)));
    int digits = String.valueOf(factory.machines()).length();
    for (int i = 1; i <= factory.machines(); i++) {
      machineNames.add(b.child(factory.id(), "m" + String.format("%0" + digits + "d", i),
          dir -> new Machine(dir.id(factory.id()), factory.meanProcessingMs())));
    }
    for (RegionSpec r : regions) {
      b.node(r.id(), dir -> new CustomerRegion(dir.id(factory.id()), SimTime.DAY_MS / r.ordersPerDay(),
          r.orderLatencyMs(), r.promisedLeadTimeMs()));
    }
    return b.build(lookaheadMs(), horizonMs);
  }

  private static List<EntityId> machineIds(EntityDirectory dir, List<String> names) {
    List<EntityId> ids = new ArrayList<>();
    for (String n : names) {
      ids.add(dir.id(n));
    }
    return ids;
  }

  private Map<EntityId, Long> transitByRegion(EntityDirectory dir) {
    Map<EntityId, Long> m = new TreeMap<>();
    for (RegionSpec r : regions) {
      m.put(dir.id(r.id()), r.transitMs());
    }
    return m;
  }
}
