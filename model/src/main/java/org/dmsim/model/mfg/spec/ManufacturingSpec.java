package org.dmsim.model.mfg.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.policy.PolicyCatalog;

/**
 * A whole manufacturing network scenario: what exists, what is demanded, and how it is run. The
 * constructor checks every field on its own and {@link #validate()} checks the references between
 * them; a scenario loader reports the same problems with file and line first.
 *
 * @param name         the scenario's name
 * @param horizonMs    length of a run, ms; positive
 * @param products     products, unique ids
 * @param machineTypes machine types, unique ids
 * @param nodes        plants, microfactories and distribution centres
 * @param suppliers    component suppliers
 * @param regions      customer regions
 * @param platform     the order platform
 * @param transport    modes, lanes, batching
 * @param costs        cost rates
 * @param disruptions  what goes wrong during the run, in any order
 */
public record ManufacturingSpec(String name, long horizonMs, List<Product> products, List<MachineType> machineTypes,
    List<NodeSpec> nodes, List<SupplierSpec> suppliers, List<RegionSpec> regions, PlatformSpec platform,
    TransportSpec transport, CostSpec costs, List<Disruption> disruptions) {
  /** The platform's node name. */
  public static final String PLATFORM = "platform";

  public ManufacturingSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(costs, "costs");
    products = List.copyOf(products);
    machineTypes = List.copyOf(machineTypes);
    nodes = List.copyOf(nodes);
    suppliers = List.copyOf(suppliers);
    regions = List.copyOf(regions);
    disruptions = List.copyOf(disruptions);
    if (horizonMs <= 0) {
      throw new IllegalArgumentException("the horizon must be positive");
    }
  }

  /** A scenario without disruptions. */
  public ManufacturingSpec(String name, long horizonMs, List<Product> products, List<MachineType> machineTypes,
      List<NodeSpec> nodes, List<SupplierSpec> suppliers, List<RegionSpec> regions, PlatformSpec platform,
      TransportSpec transport, CostSpec costs) {
    this(name, horizonMs, products, machineTypes, nodes, suppliers, regions, platform, transport, costs, List.of());
  }

  /** The same scenario with {@code list} as its disruptions. */
  public ManufacturingSpec withDisruptions(List<Disruption> list) {
    return new ManufacturingSpec(name, horizonMs, products, machineTypes, nodes, suppliers, regions, platform, transport,
        costs, list);
  }

  /** The same scenario run for {@code ms}. */
  public ManufacturingSpec withHorizon(long ms) {
    return new ManufacturingSpec(name, ms, products, machineTypes, nodes, suppliers, regions, platform, transport,
        costs, disruptions);
  }

  /** The same scenario with another platform (e.g. another allocation rule). */
  public ManufacturingSpec withPlatform(PlatformSpec other) {
    return new ManufacturingSpec(name, horizonMs, products, machineTypes, nodes, suppliers, regions, other, transport,
        costs, disruptions);
  }

  /** Checks references between parts; returns {@code this}. */
  public ManufacturingSpec validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return this;
  }

  /** Every broken reference or inconsistency, in a stable order; empty when the scenario is consistent. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    Map<String, Product> productById = new TreeMap<>();
    for (Product p : products) {
      if (productById.put(p.id(), p) != null) {
        out.add("duplicate product id " + p.id());
      }
    }
    Map<String, MachineType> typeById = new TreeMap<>();
    for (MachineType t : machineTypes) {
      if (typeById.put(t.id(), t) != null) {
        out.add("duplicate machine type id " + t.id());
      }
    }
    if (products.isEmpty()) {
      out.add("there must be at least one product");
    }
    TreeSet<String> names = new TreeSet<>();
    names.add(PLATFORM);
    Map<String, NodeSpec> nodeById = new TreeMap<>();
    for (NodeSpec n : nodes) {
      if (!names.add(n.id())) {
        out.add("duplicate node id " + n.id());
      }
      nodeById.put(n.id(), n);
    }
    TreeSet<String> supplied = new TreeSet<>();
    for (SupplierSpec s : suppliers) {
      if (!names.add(s.id())) {
        out.add("duplicate node id " + s.id());
      }
      supplied.addAll(s.components());
    }
    for (RegionSpec r : regions) {
      if (!names.add(r.id())) {
        out.add("duplicate node id " + r.id());
      }
      TreeSet<String> lineProducts = new TreeSet<>();
      for (DemandSpec d : r.demand()) {
        if (!productById.containsKey(d.product())) {
          out.add("region " + r.id() + ": unknown product " + d.product());
        }
        if (!lineProducts.add(d.product())) {
          out.add("region " + r.id() + ": two demand lines for product " + d.product());
        }
      }
    }
    if (regions.isEmpty()) {
      out.add("there must be at least one region");
    }
    for (Product p : products) {
      for (Component c : p.bom()) {
        if (!supplied.contains(c.component())) {
          out.add("product " + p.id() + ": no supplier supplies component " + c.component());
        }
      }
    }
    for (NodeSpec n : nodes) {
      for (MachineGroup g : n.machines()) {
        if (!typeById.containsKey(g.type())) {
          out.add("node " + n.id() + ": unknown machine type " + g.type());
        }
      }
      if (n.replenishFrom().isPresent()) {
        NodeSpec source = nodeById.get(n.replenishFrom().get());
        if (source == null || !source.kind().produces()) {
          out.add("node " + n.id() + ": replenishFrom " + n.replenishFrom().get() + " is not a plant or microfactory");
        } else {
          for (StockRule s : n.stock()) {
            Product p = productById.get(s.product());
            if (p != null && !capable(source, p, typeById)) {
              out.add("node " + n.id() + ": " + source.id() + " cannot make " + p.id());
            }
          }
        }
      }
      TreeSet<String> stocked = new TreeSet<>();
      for (StockRule s : n.stock()) {
        if (!stocked.add(s.product())) {
          out.add("node " + n.id() + ": two stock rules for product " + s.product());
        }
        Product p = productById.get(s.product());
        if (p == null) {
          out.add("node " + n.id() + ": unknown product " + s.product());
        } else if (!p.stocked()) {
          out.add("node " + n.id() + ": product " + p.id() + " is make-to-order (stocked: false), it cannot be stocked");
        }
      }
    }
    for (NodeSpec n : nodes) {
      if (n.kind().produces()) {
        try {
          PolicyCatalog.installed().dispatch(n.dispatching());
        } catch (IllegalArgumentException unusable) {
          out.add("node " + n.id() + ": dispatching: " + unusable.getMessage());
        }
      }
    }
    AllocationRule rule;
    try {
      rule = PolicyCatalog.installed().allocation(platform.allocation());
    } catch (IllegalArgumentException unusable) {
      out.add("platform: allocation: " + unusable.getMessage());
      rule = null;
    }
    for (Product p : products) {
      boolean servable = false;
      for (NodeSpec n : nodes) {
        if (p.stocked()) {
          servable |= n.stock().stream().anyMatch(s -> s.product().equals(p.id()));
        } else {
          servable |= n.kind().produces() && capable(n, p, typeById)
              && (rule == null || rule.admits(n.id(), n.kind(), n.quality()));
        }
      }
      boolean demanded = regions.stream().anyMatch(r -> r.demand().stream().anyMatch(d -> d.product().equals(p.id())));
      if (demanded && !servable) {
        out.add("product " + p.id() + (p.stocked() ? ": no distribution centre stocks it"
            : ": no node can make it (every routing step needs a capable machine"
              + (rule != null && !admitsEveryProducer(rule) ? ", at a site the allocation rule "
                  + platform.allocation().name() + " admits)" : ")")));
      }
    }
    disruptionProblems(out, nodeById, productById);
    return out;
  }

  /** Whether {@code rule} admits every producing node of this network. */
  private boolean admitsEveryProducer(AllocationRule rule) {
    return nodes.stream().filter(n -> n.kind().produces()).allMatch(n -> rule.admits(n.id(), n.kind(), n.quality()));
  }

  private void disruptionProblems(List<String> out, Map<String, NodeSpec> nodeById, Map<String, Product> productById) {
    TreeSet<String> supplierIds = new TreeSet<>();
    suppliers.forEach(s -> supplierIds.add(s.id()));
    TreeSet<String> regionIds = new TreeSet<>();
    regions.forEach(r -> regionIds.add(r.id()));
    TreeSet<String> places = new TreeSet<>(nodeById.keySet());
    places.addAll(supplierIds);
    places.addAll(regionIds);
    for (int i = 0; i < disruptions.size(); i++) {
      Disruption d = disruptions.get(i);
      String where = "disruption " + (i + 1) + " (" + d.type() + ")";
      if (d instanceof Disruption.NodeOutage o && !Disruption.LARGEST.equals(o.node())
          && !nodeById.containsKey(o.node()) && !supplierIds.contains(o.node())) {
        out.add(where + ": unknown node " + o.node());
      } else if (d instanceof Disruption.CapacityLoss c && !"*".equals(c.node()) && !Disruption.LARGEST.equals(c.node())
          && (!nodeById.containsKey(c.node()) || !nodeById.get(c.node()).kind().produces())) {
        out.add(where + ": " + c.node() + " is not a plant or microfactory");
      } else if (d instanceof Disruption.SupplierFailure f && !supplierIds.contains(f.supplier())) {
        out.add(where + ": unknown supplier " + f.supplier());
      } else if (d instanceof Disruption.LaneClosure l) {
        for (String end : List.of(l.from(), l.to())) {
          if (!end.equals("*") && !places.contains(end)) {
            out.add(where + ": unknown place " + end);
          }
        }
      } else if (d instanceof Disruption.DemandSurge s) {
        if (!s.region().equals("*") && !regionIds.contains(s.region())) {
          out.add(where + ": unknown region " + s.region());
        }
        if (!s.product().equals("*") && !productById.containsKey(s.product())) {
          out.add(where + ": unknown product " + s.product());
        }
      } else if (d instanceof Disruption.StockDestroyed s && !s.node().equals("*")
          && (!nodeById.containsKey(s.node()) || nodeById.get(s.node()).kind().produces())) {
        out.add(where + ": " + s.node() + " is not a distribution centre");
      }
    }
  }

  /** Whether {@code node} has a machine for every step of {@code product}. */
  static boolean capable(NodeSpec node, Product product, Map<String, MachineType> types) {
    for (Step step : product.routing()) {
      boolean any = false;
      for (MachineGroup g : node.machines()) {
        MachineType t = types.get(g.type());
        any |= t != null && t.can(step.process());
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** The simulation plan of one run (validates first). */
  public SimulationPlan plan() {
    return NetworkPlan.of(this);
  }
}
