package org.dmsim.scenarios.game;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.policy.ScriptedOrders;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.sim.sequential.SequentialEngine;

/**
 * A game file as a Beer Game chain: its four stages (distribution centres with a period, one stocked
 * product each, at distances 0 to 3 from the customers), the rule each stage's computer player follows,
 * and the runs of the chain with given policies. A run is built as {@code ExperimentRunner} builds a
 * variant's run (replication 0 under the file's seed, no disruptions), so that the saved game replays it.
 * Immutable.
 */
final class GameChain {
  private final Scenario scenario;
  private final long periodMs;
  private final long tailMs;
  private final int fileWeeks;
  private final EnumMap<Role, NodeSpec> stages = new EnumMap<>(Role.class);
  private final EnumMap<Role, RuleRef> computer = new EnumMap<>(Role.class);

  private GameChain(Scenario scenario, long periodMs, SortedMap<String, String> overrides) {
    this.scenario = scenario;
    this.periodMs = periodMs;
    ManufacturingSpec spec = scenario.network();
    this.fileWeeks = (int) (spec.horizonMs() / periodMs);
    this.tailMs = spec.horizonMs() - fileWeeks * periodMs;
    for (NodeSpec n : spec.nodes()) {
      if (n.echelon().periodMs().isPresent()) {
        stages.put(Role.values()[depth(spec, n)], n);
      }
    }
    for (Role r : Role.values()) {
      RuleRef file = stages.get(r).stock().get(0).policy();
      TreeMap<String, String> params = new TreeMap<>(file.params());
      params.putAll(overrides);
      RuleRef rule = new RuleRef(file.name(), params);
      ReplenishmentRule made;
      try {
        made = PolicyCatalog.installed().replenishment(rule);
      } catch (IllegalArgumentException e) {
        throw new GameRefused("computer players: " + r.label() + "'s rule " + file.name() + ": " + e.getMessage());
      }
      if (made.reviewPeriodMs() != periodMs) {
        throw new GameRefused("computer players: " + r.label() + "'s rule " + file.name()
            + " must review every " + Durations.format(periodMs) + " (the stages' period), as a player orders once a week");
      }
      computer.put(r, rule);
    }
  }

  /**
   * The chain of {@code scenario}, computer players following each stage's rule with {@code overrides}.
   *
   * @throws GameRefused when the file is not a four-stage chain of periodic stages, or a computer rule with
   *     the overrides is not valid
   */
  static GameChain of(Scenario scenario, SortedMap<String, String> overrides) {
    ManufacturingSpec spec = scenario.network();
    String file = scenario.source();
    if (!spec.disruptions().isEmpty() || !scenario.disruptionGenerators().isEmpty()) {
      throw new GameRefused(file + ": a game file has no disruptions (the saved game names it as a variant)");
    }
    List<NodeSpec> periodic = spec.nodes().stream().filter(n -> n.echelon().periodMs().isPresent()).toList();
    boolean[] seen = new boolean[4];
    for (NodeSpec n : periodic) {
      int d = depth(spec, n);
      if (d < 4) {
        seen[d] = true;
      }
    }
    if (periodic.size() != 4 || !(seen[0] && seen[1] && seen[2] && seen[3])) {
      throw new GameRefused(file + ": a game file needs a chain of four distribution centres with a period, one "
          + "behind the other (retailer, wholesaler, distributor, factory); found " + periodic.size()
          + " with a period: " + periodic.stream().map(NodeSpec::id).toList());
    }
    long period = periodic.get(0).echelon().periodMs().get();
    for (NodeSpec n : periodic) {
      if (n.echelon().periodMs().get() != period || n.stock().size() != 1 || n.stock().get(0).lostSales()) {
        throw new GameRefused(file + ": node " + n.id() + ": every stage of a game needs the same period ("
            + Durations.format(period) + "), one stocked product and backorders (no lostSales)");
      }
    }
    if (spec.horizonMs() < period) {
      throw new GameRefused(file + ": the horizon is shorter than one period");
    }
    return new GameChain(scenario, period, overrides);
  }

  private static int depth(ManufacturingSpec spec, NodeSpec n) {
    int depth = 0;
    for (NodeSpec d : spec.nodes()) {
      if (d.replenishFrom().filter(n.id()::equals).isPresent()) {
        depth = Math.max(depth, 1 + depth(spec, d));
      }
    }
    return depth;
  }

  /** The scenario the chain was read from. */
  Scenario scenario() {
    return scenario;
  }

  /** Weeks (periods) the game file runs: the most turns a game may have. */
  int fileWeeks() {
    return fileWeeks;
  }

  /** The stages' period, ms. */
  long periodMs() {
    return periodMs;
  }

  /** The horizon of a run of {@code weeks} weeks: the weeks and the file's tail after its last whole week, ms. */
  long horizonMs(int weeks) {
    return weeks * periodMs + tailMs;
  }

  /** The node id of {@code role}'s stage. */
  String stage(Role role) {
    return stages.get(role).id();
  }

  /** The product {@code role}'s stage stocks. */
  String product(Role role) {
    return stages.get(role).stock().get(0).product();
  }

  /** The rule {@code role}'s computer player follows. */
  RuleRef computerRule(Role role) {
    return computer.get(role);
  }

  /** The computer players' rules on every stage. */
  EnumMap<Role, RuleRef> computerRules() {
    return new EnumMap<>(computer);
  }

  /** The rule that orders the first {@code count} of {@code orders}, one a week, then 0. */
  RuleRef scripted(long[] orders, int count) {
    return RuleRef.of("scripted-orders", Map.of("period", Durations.format(periodMs),
        "values", ScriptedOrders.format(java.util.Arrays.copyOf(orders, count))));
  }

  /** The most recent order of {@code role}'s stage at the start (the last of its orders in transit), 0 without one. */
  long startOrder(Role role) {
    List<Long> orders = stages.get(role).stock().get(0).start().ordersInTransit();
    return orders.isEmpty() ? 0 : orders.get(orders.size() - 1);
  }

  /** On hand less owed at the start of {@code role}'s stage, units. */
  long startNetStock(Role role) {
    StockRule s = stages.get(role).stock().get(0);
    return s.initial() - s.start().backlog();
  }

  /** The game file's network with each stage's policy replaced by {@code policies}, run for {@code weeks} weeks. */
  ManufacturingSpec spec(Map<Role, RuleRef> policies, int weeks) {
    ManufacturingSpec spec = scenario.network();
    List<NodeSpec> nodes = new ArrayList<>(spec.nodes().size());
    for (NodeSpec n : spec.nodes()) {
      Role role = roleOf(n.id());
      if (role == null) {
        nodes.add(n);
        continue;
      }
      StockRule s = n.stock().get(0);
      StockRule played = new StockRule(s.product(), policies.get(role), s.initial(), s.start(), s.costs(), s.lostSales());
      nodes.add(new NodeSpec(n.id(), n.kind(), n.location(), n.machines(), n.dispatching(), n.unitCostEur(),
          n.fixedCostEurPerDay(), n.quality(), n.shifts(), n.componentStock(), n.replenishFrom(), List.of(played),
          n.echelon(), n.sourcing()));
    }
    return new ManufacturingSpec(spec.name(), horizonMs(weeks), spec.products(), spec.machineTypes(), nodes,
        spec.suppliers(), spec.regions(), spec.platform(), spec.transport(), spec.costs(), spec.disruptions());
  }

  /** The chain with {@code policies}, run for {@code weeks} weeks. */
  ChainWeeks run(Map<Role, RuleRef> policies, int weeks) {
    ManufacturingSpec spec = spec(policies, weeks);
    // Built as ExperimentRunner builds a variant's run, so that the saved game replays this very plan.
    SimulationPlan plan = NetworkPlan.of(new Network(spec.withDisruptions(List.of())).withDisruptions(List.of()));
    RunResult result;
    try (SequentialEngine engine = new SequentialEngine()) {
      result = engine.run(plan, scenario.defaultSeed(), 0);
    }
    EnumMap<Role, EchelonSeries> byRole = new EnumMap<>(Role.class);
    for (EchelonSeries s : EchelonSeries.of(spec, result)) {
      byRole.put(roleOf(s.stage()), s);
    }
    EnumMap<Role, Long> start = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      start.put(r, startNetStock(r));
    }
    return new ChainWeeks(byRole, start);
  }

  private Role roleOf(String node) {
    for (Map.Entry<Role, NodeSpec> e : stages.entrySet()) {
      if (e.getValue().id().equals(node)) {
        return e.getKey();
      }
    }
    return null;
  }
}
