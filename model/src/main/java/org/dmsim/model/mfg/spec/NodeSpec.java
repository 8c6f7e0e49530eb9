package org.dmsim.model.mfg.spec;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * A production node (plant or microfactory) or a distribution centre.
 *
 * @param id                 a lower-case word, unique among all nodes
 * @param kind               plant, microfactory or distribution centre
 * @param location           where it is
 * @param machines           machine groups; at least one for a producing node, none for a distribution centre
 * @param dispatching        the rule by which its machines take waiting jobs (see {@link org.dmsim.model.mfg.policy.DispatchRule})
 * @param unitCostEur        cost per unit per process step made here, EUR; a missing process costs 0
 * @param fixedCostEurPerDay fixed cost per day, EUR
 * @param quality            quality rating from 0 to 1; the platform skips nodes below its minimum
 * @param shifts             when the machines work
 * @param componentStock     the (s, S) policy for components, when it makes products with a bill of materials
 * @param replenishFrom      for a distribution centre, the node that refills it: a production node or
 *                           another distribution centre
 * @param stock              for a distribution centre, the products it stocks
 * @param echelon            for a distribution centre, the delays of its link and its period
 * @param sourcing           for a producing node, its primary and backup suppliers per component (each
 *                           component once, at most one rule for every other component); empty: each
 *                           component from the nearest supplier offering it
 */
public record NodeSpec(String id, NodeKind kind, GeoPoint location, List<MachineGroup> machines, RuleRef dispatching,
    Map<ProcessType, Double> unitCostEur, double fixedCostEurPerDay, double quality, ShiftCalendar shifts,
    Optional<ComponentStock> componentStock, Optional<String> replenishFrom, List<StockRule> stock,
    Echelon echelon, List<SourcingRule> sourcing) {
  public NodeSpec {
    Names.requireId("node", id);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(dispatching, "dispatching");
    Objects.requireNonNull(shifts, "shifts");
    machines = List.copyOf(machines);
    stock = List.copyOf(stock);
    sourcing = sourcing == null ? List.of() : List.copyOf(sourcing);
    EnumMap<ProcessType, Double> costs = new EnumMap<>(ProcessType.class);
    costs.putAll(unitCostEur);
    costs.forEach((p, c) -> Names.requireFiniteNotNegative("node " + id + ": unit cost of " + Names.of(p), c));
    unitCostEur = Map.copyOf(costs);
    Names.requireFiniteNotNegative("node " + id + ": fixed cost per day", fixedCostEurPerDay);
    Names.requireProbability("node " + id + ": quality", quality);
    componentStock = componentStock == null ? Optional.empty() : componentStock;
    replenishFrom = replenishFrom == null ? Optional.empty() : replenishFrom;
    echelon = echelon == null ? Echelon.NONE : echelon;
    if (kind.produces()) {
      if (machines.isEmpty()) {
        throw new IllegalArgumentException("node " + id + ": a " + Names.of(kind) + " needs at least one machine");
      }
      if (!stock.isEmpty() || replenishFrom.isPresent()) {
        throw new IllegalArgumentException("node " + id + ": only a distribution centre holds stock");
      }
      if (!echelon.equals(Echelon.NONE)) {
        throw new IllegalArgumentException("node " + id + ": only a distribution centre has link delays and a period");
      }
    } else {
      if (!machines.isEmpty()) {
        throw new IllegalArgumentException("node " + id + ": a distribution centre has no machines");
      }
      if (stock.isEmpty() || replenishFrom.isEmpty()) {
        throw new IllegalArgumentException("node " + id + ": a distribution centre needs stock and replenishFrom");
      }
      if (!sourcing.isEmpty()) {
        throw new IllegalArgumentException("node " + id + ": only a plant or microfactory buys components (sourcing)");
      }
    }
    requireDistinctComponents(id, sourcing);
  }

  /** The node without link delays, period or sourcing rules (each component from the nearest supplier). */
  public NodeSpec(String id, NodeKind kind, GeoPoint location, List<MachineGroup> machines, RuleRef dispatching,
      Map<ProcessType, Double> unitCostEur, double fixedCostEurPerDay, double quality, ShiftCalendar shifts,
      Optional<ComponentStock> componentStock, Optional<String> replenishFrom, List<StockRule> stock) {
    this(id, kind, location, machines, dispatching, unitCostEur, fixedCostEurPerDay, quality, shifts, componentStock,
        replenishFrom, stock, Echelon.NONE, List.of());
  }

  /** The node with {@code echelon} and no sourcing rules (a distribution centre). */
  public NodeSpec(String id, NodeKind kind, GeoPoint location, List<MachineGroup> machines, RuleRef dispatching,
      Map<ProcessType, Double> unitCostEur, double fixedCostEurPerDay, double quality, ShiftCalendar shifts,
      Optional<ComponentStock> componentStock, Optional<String> replenishFrom, List<StockRule> stock,
      Echelon echelon) {
    this(id, kind, location, machines, dispatching, unitCostEur, fixedCostEurPerDay, quality, shifts, componentStock,
        replenishFrom, stock, echelon, List.of());
  }

  /** This node with {@code rules} as its sourcing. */
  public NodeSpec withSourcing(List<SourcingRule> rules) {
    return new NodeSpec(id, kind, location, machines, dispatching, unitCostEur, fixedCostEurPerDay, quality, shifts,
        componentStock, replenishFrom, stock, echelon, rules);
  }

  private static void requireDistinctComponents(String id, List<SourcingRule> sourcing) {
    Set<Optional<String>> seen = new HashSet<>();
    for (SourcingRule r : sourcing) {
      if (!seen.add(r.component())) {
        throw new IllegalArgumentException("node " + id + ": " + r.component().map(c -> "two sourcing rules for " + c)
            .orElse("two sourcing rules without a component"));
      }
    }
  }

  /** The node with the built-in dispatch rule {@code discipline}. */
  public NodeSpec(String id, NodeKind kind, GeoPoint location, List<MachineGroup> machines, Discipline discipline,
      Map<ProcessType, Double> unitCostEur, double fixedCostEurPerDay, double quality, ShiftCalendar shifts,
      Optional<ComponentStock> componentStock, Optional<String> replenishFrom, List<StockRule> stock) {
    this(id, kind, location, machines, discipline.rule(), unitCostEur, fixedCostEurPerDay, quality, shifts,
        componentStock, replenishFrom, stock);
  }

  /** A producing node with no bill-of-materials stock, around the clock; a shorthand for tests. */
  public static NodeSpec producer(String id, NodeKind kind, GeoPoint location, List<MachineGroup> machines,
      Discipline discipline, Map<ProcessType, Double> unitCostEur, double fixedCostEurPerDay) {
    return new NodeSpec(id, kind, location, machines, discipline, unitCostEur, fixedCostEurPerDay, 1.0,
        ShiftCalendar.ALWAYS, Optional.empty(), Optional.empty(), List.of());
  }

  /** A distribution centre; a shorthand for tests. */
  public static NodeSpec distributionCentre(String id, GeoPoint location, double fixedCostEurPerDay,
      String replenishFrom, List<StockRule> stock) {
    return new NodeSpec(id, NodeKind.DISTRIBUTION_CENTRE, location, List.of(), Discipline.FIFO, Map.of(),
        fixedCostEurPerDay, 1.0, ShiftCalendar.ALWAYS, Optional.empty(), Optional.of(replenishFrom), stock);
  }

  /** Unit cost of {@code process} here, EUR (0 when not given). */
  public double unitCost(ProcessType process) {
    return unitCostEur.getOrDefault(process, 0.0);
  }
}
