package org.dmsim.model.mfg.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.LaneKey;
import org.dmsim.model.geo.Lanes;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.policy.AllocationRuleFactory;
import org.dmsim.model.mfg.policy.DispatchRule;
import org.dmsim.model.mfg.policy.DispatchRuleFactory;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleParams;
import org.dmsim.model.mfg.policy.UnknownRuleException;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * A scenario compiled for running: indices for products, components, sites (producing nodes and
 * distribution centres), regions and suppliers; the lane used between each pair that trades; the
 * platform's static ranking of sites per region and product (by its allocation rule); and the network lookahead. Immutable
 * and shared by every run and thread.
 */
public final class Network {
  private final ManufacturingSpec spec;
  private final List<String> components;
  private final Lane[][] siteToRegion;
  private final Lane[] sourceToDc;
  private final int[] sourceOfDc;
  private final int[][] supplierFor;
  private final Lane[][] supplierToSite;
  private final double[][] unitCostEur;
  private final int[][][] ranking;
  private final double[][][] rankScore;
  private final AllocationRuleFactory allocationFactory;
  private final AllocationRule allocation;
  private final DispatchRuleFactory[] dispatchFactory;
  private final int[][] bomComponent;
  private final int[][] bomQuantity;
  private final MachineType[][] machinesOfSite;
  private final long lookaheadMs;
  private final DisruptionPlan disruptions;

  /** Compiles a validated {@code spec}. */
  public Network(ManufacturingSpec spec) {
    this.spec = spec.validate();
    TreeSet<String> componentNames = new TreeSet<>();
    spec.suppliers().forEach(s -> componentNames.addAll(s.components()));
    this.components = List.copyOf(componentNames);
    List<NodeSpec> sites = spec.nodes();
    List<RegionSpec> regions = spec.regions();
    Map<String, GeoPoint> located = new TreeMap<>();
    sites.forEach(n -> located.put(n.id(), n.location()));
    regions.forEach(r -> located.put(r.id(), r.location()));
    spec.suppliers().forEach(s -> located.put(s.id(), s.location()));
    SortedMap<LaneKey, Lane> lanes = Lanes.resolve(located, spec.transport().modes(), spec.transport().lanes());

    siteToRegion = new Lane[sites.size()][regions.size()];
    for (int s = 0; s < sites.size(); s++) {
      for (int r = 0; r < regions.size(); r++) {
        siteToRegion[s][r] = fastest(lanes, sites.get(s).id(), regions.get(r).id());
      }
    }
    sourceToDc = new Lane[sites.size()];
    sourceOfDc = new int[sites.size()];
    Arrays.fill(sourceOfDc, -1);
    for (int s = 0; s < sites.size(); s++) {
      NodeSpec n = sites.get(s);
      if (n.replenishFrom().isPresent()) {
        sourceOfDc[s] = siteIndex(n.replenishFrom().get());
        sourceToDc[s] = fastest(lanes, n.replenishFrom().get(), n.id());
      }
    }
    supplierFor = new int[sites.size()][components.size()];
    supplierToSite = new Lane[spec.suppliers().size()][sites.size()];
    for (int s = 0; s < sites.size(); s++) {
      for (int c = 0; c < components.size(); c++) {
        supplierFor[s][c] = nearestSupplier(sites.get(s), components.get(c));
      }
      for (int p = 0; p < spec.suppliers().size(); p++) {
        if (sites.get(s).kind().produces()) {
          supplierToSite[p][s] = fastest(lanes, spec.suppliers().get(p).id(), sites.get(s).id());
        }
      }
    }
    Map<String, MachineType> types = new TreeMap<>();
    spec.machineTypes().forEach(t -> types.put(t.id(), t));
    machinesOfSite = new MachineType[sites.size()][];
    for (int s = 0; s < sites.size(); s++) {
      List<MachineType> ms = new ArrayList<>();
      for (MachineGroup g : sites.get(s).machines()) {
        for (int i = 0; i < g.count(); i++) {
          ms.add(types.get(g.type()));
        }
      }
      machinesOfSite[s] = ms.toArray(new MachineType[0]);
    }
    List<Product> products = spec.products();
    unitCostEur = new double[sites.size()][products.size()];
    bomComponent = new int[products.size()][];
    bomQuantity = new int[products.size()][];
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      for (int s = 0; s < sites.size(); s++) {
        double cost = 0;
        for (Step step : product.routing()) {
          cost += sites.get(s).unitCost(step.process());
        }
        unitCostEur[s][p] = cost;
      }
      bomComponent[p] = new int[product.bom().size()];
      bomQuantity[p] = new int[product.bom().size()];
      for (int i = 0; i < product.bom().size(); i++) {
        Component c = product.bom().get(i);
        bomComponent[p][i] = components.indexOf(c.component());
        bomQuantity[p][i] = c.quantity();
      }
    }
    allocationFactory = PolicyCatalog.installed().allocationFactory(spec.platform().allocation().name())
        .orElseThrow(() -> new UnknownRuleException("allocation", spec.platform().allocation().name(),
            PolicyCatalog.installed().allocationRules().keySet()));
    allocation = newAllocationRule();
    dispatchFactory = dispatchFactories(sites);
    ranking = new int[regions.size()][products.size()][];
    rankScore = new double[regions.size()][products.size()][];
    for (int r = 0; r < regions.size(); r++) {
      for (int p = 0; p < products.size(); p++) {
        ranking[r][p] = rank(r, p);
        rankScore[r][p] = new double[ranking[r][p].length];
        for (int k = 0; k < ranking[r][p].length; k++) {
          rankScore[r][p][k] = products.get(p).stocked() ? 0 : allocation.score(candidate(ranking[r][p][k], r, p));
        }
      }
    }
    long min = Math.min(spec.platform().orderLatencyMs(), spec.platform().infoDelayMs());
    for (Lane[] row : siteToRegion) {
      for (Lane l : row) {
        min = Math.min(min, minTransitMs(l));
      }
    }
    for (Lane l : sourceToDc) {
      if (l != null) {
        min = Math.min(min, minTransitMs(l));
      }
    }
    for (Lane[] row : supplierToSite) {
      for (Lane l : row) {
        if (l != null) {
          min = Math.min(min, minTransitMs(l));
        }
      }
    }
    if (min < 1) {
      throw new IllegalArgumentException("every lane must take at least 1 ms even at its fastest");
    }
    this.lookaheadMs = min;
    List<Lane> inUse = new ArrayList<>();
    for (Lane[] row : siteToRegion) {
      inUse.addAll(List.of(row));
    }
    for (Lane l : sourceToDc) {
      if (l != null) {
        inUse.add(l);
      }
    }
    for (Lane[] row : supplierToSite) {
      for (Lane l : row) {
        if (l != null) {
          inUse.add(l);
        }
      }
    }
    this.disruptions = new DisruptionPlan(spec, inUse);
  }

  /** The scenario's disruptions, compiled per entity. */
  public DisruptionPlan disruptions() {
    return disruptions;
  }

  private static Lane fastest(SortedMap<LaneKey, Lane> lanes, String from, String to) {
    Lane best = null;
    for (TransportMode mode : EnumSet.allOf(TransportMode.class)) {
      Lane l = lanes.get(new LaneKey(from, to, mode));
      if (l != null && (best == null || l.transitMs() < best.transitMs())) {
        best = l;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no lane from " + from + " to " + to + ": allow a mode or give the lane");
    }
    return best;
  }

  /** The shortest transit a lane can take: its handling time when transit varies, else its mean. */
  public static long minTransitMs(Lane lane) {
    return lane.transitCv() == 0 ? lane.transitMs() : Math.min(lane.transitMs(), lane.mode().handlingMs());
  }

  private int nearestSupplier(NodeSpec site, String component) {
    int best = -1;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int p = 0; p < spec.suppliers().size(); p++) {
      SupplierSpec s = spec.suppliers().get(p);
      double km = s.location().distanceKmTo(site.location());
      if (s.components().contains(component) && km < bestKm) {
        best = p;
        bestKm = km;
      }
    }
    return best;
  }

  private int[] rank(int region, int product) {
    Product p = spec.products().get(product);
    List<Integer> candidates = new ArrayList<>();
    double[] score = new double[spec.nodes().size()];
    for (int s = 0; s < spec.nodes().size(); s++) {
      NodeSpec n = spec.nodes().get(s);
      boolean ok;
      if (p.stocked()) {
        ok = n.stock().stream().map(StockRule::product).anyMatch(p.id()::equals);
      } else {
        ok = n.kind().produces() && capable(s, p) && allocation.admits(n.id(), n.kind(), n.quality());
      }
      if (ok && n.quality() >= spec.platform().minQuality()) {
        candidates.add(s);
        // Make-to-stock orders go to the nearest distribution centre with stock, whatever the rule.
        score[s] = p.stocked() ? siteToRegion[s][region].distanceKm() : allocation.score(candidate(s, region, product));
      }
    }
    Comparator<Integer> order = Comparator.<Integer>comparingDouble(s -> score[s])
        .thenComparingDouble(s -> siteToRegion[s][region].distanceKm())
        .thenComparing(s -> spec.nodes().get(s).id());
    candidates.sort(order);
    return candidates.stream().mapToInt(Integer::intValue).toArray();
  }

  /** What an allocation rule may know of {@code site} for {@code region} and {@code product}. */
  private AllocationRule.Candidate candidate(int site, int region, int product) {
    NodeSpec n = spec.nodes().get(site);
    Lane lane = siteToRegion[site][region];
    double tonnes = spec.products().get(product).weightKg() / 1000.0;
    return new AllocationRule.Candidate(n.id(), n.kind(), lane.distanceKm(), lane.transitMs(),
        unitCostEur[site][product], lane.costFor(tonnes), lane.co2KgFor(tonnes), n.quality());
  }

  private boolean capable(int site, Product p) {
    for (Step step : p.routing()) {
      boolean any = false;
      for (MachineType t : machinesOfSite[site]) {
        any |= t.can(step.process());
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Production plus transport cost of one unit of {@code product} from {@code site} to {@code region}, EUR. */
  public double landedCostPerUnit(int site, int region, int product) {
    double tonnes = spec.products().get(product).weightKg() / 1000.0;
    return unitCostEur[site][product] + siteToRegion[site][region].costFor(tonnes);
  }

  /** The scenario. */
  public ManufacturingSpec spec() {
    return spec;
  }

  /** Component ids in index order. */
  public List<String> components() {
    return components;
  }

  /** The lane from site {@code site} to region {@code region}. */
  public Lane siteToRegion(int site, int region) {
    return siteToRegion[site][region];
  }

  /** The lane from distribution centre {@code dc}'s source to it. */
  public Lane sourceToDc(int dc) {
    return sourceToDc[dc];
  }

  /** The site index of distribution centre {@code dc}'s source. */
  public int sourceOfDc(int dc) {
    return sourceOfDc[dc];
  }

  /** The supplier index site {@code site} buys {@code component} from. */
  public int supplierFor(int site, int component) {
    return supplierFor[site][component];
  }

  /** The lane from supplier {@code supplier} to site {@code site}. */
  public Lane supplierToSite(int supplier, int site) {
    return supplierToSite[supplier][site];
  }

  /** Production cost of one unit of {@code product} at {@code site} over its routing, EUR. */
  public double unitCostEur(int site, int product) {
    return unitCostEur[site][product];
  }

  /** The sites the platform considers for {@code product} ordered from {@code region}, best first by the policy's static order. */
  public int[] ranking(int region, int product) {
    return ranking[region][product];
  }

  /** A fresh instance of producing site {@code site}'s dispatch rule, for one run. */
  public DispatchRule newDispatchRule(int site) {
    if (dispatchFactory[site] == null) {
      throw new IllegalArgumentException("site " + spec.nodes().get(site).id() + " does not produce: it has no dispatch rule");
    }
    return dispatchFactory[site].create(new RuleParams(spec.nodes().get(site).dispatching()));
  }

  /** The dispatch rule factory of each producing site (null for the others), looked up once per network. */
  private static DispatchRuleFactory[] dispatchFactories(List<NodeSpec> sites) {
    Map<String, DispatchRuleFactory> installed = PolicyCatalog.installed().dispatchRules();
    DispatchRuleFactory[] out = new DispatchRuleFactory[sites.size()];
    for (int s = 0; s < sites.size(); s++) {
      String name = sites.get(s).dispatching().name();
      if (sites.get(s).kind().produces()) {
        out[s] = installed.get(name);
        if (out[s] == null) {
          throw new UnknownRuleException("dispatch", name, installed.keySet());
        }
      }
    }
    return out;
  }

  /** A fresh instance of the platform's allocation rule, for one run. */
  public AllocationRule newAllocationRule() {
    return allocationFactory.create(new RuleParams(spec.platform().allocation()));
  }

  /** The allocation rule's scores of {@link #ranking}, rank by rank (0 for make-to-stock products). */
  public double[] rankingScores(int region, int product) {
    return rankScore[region][product];
  }

  /** Component indices of {@code product}'s bill of materials. */
  public int[] bomComponents(int product) {
    return bomComponent[product];
  }

  /** Quantities per unit of {@code product}'s bill of materials. */
  public int[] bomQuantities(int product) {
    return bomQuantity[product];
  }

  /** The machines of site {@code site}, in name order. */
  public MachineType[] machinesOf(int site) {
    return machinesOfSite[site];
  }

  /** The smallest delay of any message between nodes, ms. */
  public long lookaheadMs() {
    return lookaheadMs;
  }

  /** The index of the site called {@code id}. */
  public int siteIndex(String id) {
    for (int s = 0; s < spec.nodes().size(); s++) {
      if (spec.nodes().get(s).id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no site " + id);
  }

  /** The index of the product called {@code id}. */
  public int productIndex(String id) {
    for (int p = 0; p < spec.products().size(); p++) {
      if (spec.products().get(p).id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no product " + id);
  }
}
