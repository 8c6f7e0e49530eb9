package org.dmsim.model.mfg.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.Lanes;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
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
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * A scenario compiled for running: indices for products, components, sites (producing nodes and
 * distribution centres), regions and suppliers; the lane used between each pair that trades; the
 * platform's static ranking of sites per region and product (by its allocation rule); and the network lookahead. Immutable
 * and shared by every run and thread: no accessor hands out an array of its own (they return copies, or
 * read one element by index, which is what entities on the hot path use).
 */
public final class Network {
  private final ManufacturingSpec spec;
  private final List<String> components;
  private final Lane[][] siteToRegion;
  private final Lane[] sourceToDc;
  private final int[] sourceOfDc;
  private final Lane[] backupToDc;
  private final int[] backupOfDc;
  private final int[][] supplierFor;
  private final int[][] backupFor;
  private final SourcingRule[][] sourcingRule;
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
  private final boolean talliesLaneFlow;

  /**
   * Compiles a validated {@code spec}, in steps: components, lanes, sourcing, machines, unit costs and
   * bills of materials, the allocation ranking, the lookahead, the disruptions (each step reads only the
   * spec and the steps before it).
   */
  public Network(ManufacturingSpec spec) {
    this(spec, false);
  }

  /**
   * Compiles {@code spec} as {@link #Network(ManufacturingSpec)} does, for a measuring run: every shipment
   * also counts itself and its units on its lane ({@link Metrics#laneShipments}, {@link Metrics#laneUnits}),
   * with the sender. Those extra metrics change the run's result and digest, so a measuring run is a
   * reference for tools ({@code dmsim stress --elements lanes}), never a result of an experiment.
   */
  public static Network measuringLaneFlow(ManufacturingSpec spec) {
    return new Network(spec, true);
  }

  private Network(ManufacturingSpec spec, boolean talliesLaneFlow) {
    this.talliesLaneFlow = talliesLaneFlow;
    this.spec = spec.validate();
    this.components = componentsOf(spec);
    List<NodeSpec> sites = spec.nodes();
    List<RegionSpec> regions = spec.regions();
    List<SupplierSpec> suppliers = spec.suppliers();
    List<Product> products = spec.products();
    Lanes.Resolver lanes = lanesOf(spec);

    siteToRegion = new Lane[sites.size()][regions.size()];
    sourceToDc = new Lane[sites.size()];
    sourceOfDc = new int[sites.size()];
    backupToDc = new Lane[sites.size()];
    backupOfDc = new int[sites.size()];
    supplierToSite = new Lane[suppliers.size()][sites.size()];
    chooseLanes(lanes);
    supplierFor = new int[sites.size()][components.size()];
    backupFor = new int[sites.size()][components.size()];
    sourcingRule = new SourcingRule[sites.size()][components.size()];
    chooseSuppliers();
    machinesOfSite = new MachineType[sites.size()][];
    listMachines();
    unitCostEur = new double[sites.size()][products.size()];
    costUnits();
    bomComponent = new int[products.size()][];
    bomQuantity = new int[products.size()][];
    indexBillsOfMaterials();
    allocationFactory = PolicyCatalog.installed().allocationFactory(spec.platform().allocation().name())
        .orElseThrow(() -> new UnknownRuleException("allocation", spec.platform().allocation().name(),
            PolicyCatalog.installed().allocationRules().keySet()));
    allocation = newAllocationRule();
    dispatchFactory = dispatchFactories(spec.nodes());
    ranking = new int[regions.size()][products.size()][];
    rankScore = new double[regions.size()][products.size()][];
    rankSites();
    List<Lane> inUse = lanesInUse();
    this.lookaheadMs = Math.min(lookaheadOf(spec, inUse), chainLookaheadMs());
    this.disruptions = new DisruptionPlan(spec, inUse);
  }

  /**
   * This network with {@code list} as its disruptions instead of its own: what {@code new
   * Network(spec().withDisruptions(list))} compiles, since only the last step reads the disruptions, for the
   * cost of that step alone. The lanes, rankings, machines and rules are this network's (shared, never
   * copied: they are immutable), so many cases of one design hold one compiled network between them.
   *
   * @throws IllegalArgumentException when a disruption does not fit the network (as validation says)
   */
  public Network withDisruptions(List<org.dmsim.model.mfg.disruption.Disruption> list) {
    return new Network(this, spec.withDisruptions(list).validate());
  }

  private Network(Network base, ManufacturingSpec spec) {
    this.spec = spec;
    this.components = base.components;
    this.siteToRegion = base.siteToRegion;
    this.sourceToDc = base.sourceToDc;
    this.sourceOfDc = base.sourceOfDc;
    this.backupToDc = base.backupToDc;
    this.backupOfDc = base.backupOfDc;
    this.supplierFor = base.supplierFor;
    this.backupFor = base.backupFor;
    this.sourcingRule = base.sourcingRule;
    this.supplierToSite = base.supplierToSite;
    this.unitCostEur = base.unitCostEur;
    this.ranking = base.ranking;
    this.rankScore = base.rankScore;
    this.allocationFactory = base.allocationFactory;
    this.allocation = base.allocation;
    this.dispatchFactory = base.dispatchFactory;
    this.bomComponent = base.bomComponent;
    this.bomQuantity = base.bomQuantity;
    this.machinesOfSite = base.machinesOfSite;
    this.lookaheadMs = base.lookaheadMs;
    this.talliesLaneFlow = base.talliesLaneFlow;
    this.disruptions = new DisruptionPlan(spec, lanesInUse());
  }

  /** Every component a supplier offers, in name order: the component indices. */
  private static List<String> componentsOf(ManufacturingSpec spec) {
    TreeSet<String> names = new TreeSet<>();
    spec.suppliers().forEach(s -> names.addAll(s.components()));
    return List.copyOf(names);
  }

  /** The lanes between the places of the spec, by the modes allowed and the lanes given, made as needed. */
  private static Lanes.Resolver lanesOf(ManufacturingSpec spec) {
    Map<String, GeoPoint> located = new TreeMap<>();
    spec.nodes().forEach(n -> located.put(n.id(), n.location()));
    spec.regions().forEach(r -> located.put(r.id(), r.location()));
    spec.suppliers().forEach(s -> located.put(s.id(), s.location()));
    return Lanes.resolver(located, spec.transport().modes(), spec.transport().lanes());
  }

  /** Lanes: the fastest from each site to each region, to each distribution centre from its source, and from each supplier to each producing site. */
  private void chooseLanes(Lanes.Resolver lanes) {
    List<NodeSpec> sites = spec.nodes();
    for (int s = 0; s < sites.size(); s++) {
      for (int r = 0; r < spec.regions().size(); r++) {
        siteToRegion[s][r] = fastest(lanes, sites.get(s).id(), spec.regions().get(r).id());
      }
    }
    Arrays.fill(sourceOfDc, -1);
    Arrays.fill(backupOfDc, -1);
    for (int s = 0; s < sites.size(); s++) {
      NodeSpec n = sites.get(s);
      if (n.replenishFrom().isPresent()) {
        sourceOfDc[s] = siteIndex(n.replenishFrom().get());
        sourceToDc[s] = fastest(lanes, n.replenishFrom().get(), n.id());
      }
      if (n.echelon().backup().isPresent()) {
        String backup = n.echelon().backup().get().from();
        backupOfDc[s] = siteIndex(backup);
        backupToDc[s] = fastest(lanes, backup, n.id());
      }
    }
    for (int s = 0; s < sites.size(); s++) {
      for (int p = 0; p < spec.suppliers().size(); p++) {
        if (sites.get(s).kind().produces()) {
          supplierToSite[p][s] = fastest(lanes, spec.suppliers().get(p).id(), sites.get(s).id());
        }
      }
    }
  }

  /**
   * Sourcing: for each site and component, the primary and backup of the site's sourcing rule for it (the
   * rule naming the component, else the rule without one whose primary offers it), else the nearest
   * supplier offering it (-1 when none does) and no backup (-1).
   */
  private void chooseSuppliers() {
    for (int s = 0; s < spec.nodes().size(); s++) {
      NodeSpec site = spec.nodes().get(s);
      for (int c = 0; c < components.size(); c++) {
        SourcingRule rule = sourcingRuleOf(site, components.get(c));
        sourcingRule[s][c] = rule;
        supplierFor[s][c] = rule == null ? nearestSupplier(site, components.get(c)) : supplierIndex(rule.primary());
        backupFor[s][c] = rule == null ? -1 : supplierIndex(rule.backup());
      }
    }
  }

  private SourcingRule sourcingRuleOf(NodeSpec site, String component) {
    SourcingRule general = null;
    for (SourcingRule r : site.sourcing()) {
      if (r.component().isPresent() && r.component().get().equals(component)) {
        return r;
      }
      if (r.component().isEmpty() && spec.suppliers().get(supplierIndex(r.primary())).components().contains(component)) {
        general = r;
      }
    }
    return general;
  }

  private int supplierIndex(String id) {
    for (int p = 0; p < spec.suppliers().size(); p++) {
      if (spec.suppliers().get(p).id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown supplier " + id);
  }

  /** Machines: each site's machines, one entry per machine, in the order its groups are written. */
  private void listMachines() {
    Map<String, MachineType> types = new TreeMap<>();
    spec.machineTypes().forEach(t -> types.put(t.id(), t));
    for (int s = 0; s < spec.nodes().size(); s++) {
      List<MachineType> ms = new ArrayList<>();
      for (MachineGroup g : spec.nodes().get(s).machines()) {
        for (int i = 0; i < g.count(); i++) {
          ms.add(types.get(g.type()));
        }
      }
      machinesOfSite[s] = ms.toArray(new MachineType[0]);
    }
  }

  /** Unit costs: each product's production cost at each site, summed over its routing, EUR. */
  private void costUnits() {
    List<Product> products = spec.products();
    for (int p = 0; p < products.size(); p++) {
      for (int s = 0; s < spec.nodes().size(); s++) {
        double cost = 0;
        for (Step step : products.get(p).routing()) {
          cost += spec.nodes().get(s).unitCost(step.process());
        }
        unitCostEur[s][p] = cost;
      }
    }
  }

  /** Bills of materials: each product's components as indices, with their quantities per unit. */
  private void indexBillsOfMaterials() {
    List<Product> products = spec.products();
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      bomComponent[p] = new int[product.bom().size()];
      bomQuantity[p] = new int[product.bom().size()];
      for (int i = 0; i < product.bom().size(); i++) {
        Component c = product.bom().get(i);
        bomComponent[p][i] = components.indexOf(c.component());
        bomQuantity[p][i] = c.quantity();
      }
    }
  }

  /** Ranking: the sites the platform considers per region and product, best first, with the rule's scores. */
  private void rankSites() {
    List<Product> products = spec.products();
    for (int r = 0; r < spec.regions().size(); r++) {
      for (int p = 0; p < products.size(); p++) {
        ranking[r][p] = rank(r, p);
        rankScore[r][p] = new double[ranking[r][p].length];
        for (int k = 0; k < ranking[r][p].length; k++) {
          rankScore[r][p][k] = products.get(p).stocked() ? 0 : allocation.score(candidate(ranking[r][p][k], r, p));
        }
      }
    }
  }

  /** The lanes goods travel on: site to region (row by row), source to distribution centre, supplier to site. */
  private List<Lane> lanesInUse() {
    List<Lane> inUse = new ArrayList<>();
    for (Lane[] row : siteToRegion) {
      inUse.addAll(List.of(row));
    }
    for (int s = 0; s < sourceToDc.length; s++) {
      if (sourceToDc[s] != null && spec.nodes().get(s).echelon().shippingDelayMs().isEmpty()) {
        inUse.add(sourceToDc[s]);
      }
      if (backupToDc[s] != null && spec.nodes().get(s).echelon().backup().orElseThrow().shippingDelayMs().isEmpty()) {
        inUse.add(backupToDc[s]);
      }
    }
    for (Lane[] row : supplierToSite) {
      for (Lane l : row) {
        if (l != null) {
          inUse.add(l);
        }
      }
    }
    return inUse;
  }

  /** The lookahead: the shortest order latency, information delay or transit of a lane in use, ms. */
  private static long lookaheadOf(ManufacturingSpec spec, List<Lane> inUse) {
    long min = Math.min(spec.platform().orderLatencyMs(), spec.platform().infoDelayMs());
    for (Lane l : inUse) {
      min = Math.min(min, minTransitMs(l));
    }
    if (min < 1) {
      throw new IllegalArgumentException("every lane must take at least 1 ms even at its fastest");
    }
    return min;
  }

  /**
   * The shortest delay of the chains' links: each distribution centre's order delay and fixed shipping
   * delay, and the first arrival of its initial orders and lots in transit (spread over those delays).
   */
  private long chainLookaheadMs() {
    long min = Long.MAX_VALUE;
    for (int s = 0; s < sourceOfDc.length; s++) {
      if (sourceOfDc[s] < 0) {
        continue;
      }
      int orders = 1;
      int lots = 1;
      for (StockRule r : spec.nodes().get(s).stock()) {
        orders = Math.max(orders, r.start().ordersInTransit().size());
        lots = Math.max(lots, r.start().inTransit().size());
      }
      min = Math.min(min, orderDelayMs(s) / orders);
      if (spec.nodes().get(s).echelon().shippingDelayMs().isPresent() || lots > 1) {
        min = Math.min(min, shippingDelayMs(s) / lots);
      }
      min = Math.min(min, spec.nodes().get(s).echelon().backup().flatMap(b -> b.shippingDelayMs())
          .orElse(Long.MAX_VALUE));
    }
    if (min < 1) {
      throw new IllegalArgumentException("the first initial order or lot in transit of a distribution centre must "
          + "arrive after at least 1 ms");
    }
    return min;
  }

  /** How long distribution centre {@code dc}'s orders take to reach its source, ms. */
  public long orderDelayMs(int dc) {
    return spec.nodes().get(dc).echelon().orderDelayMs().orElse(spec.platform().orderLatencyMs());
  }

  /**
   * How long a lot takes from distribution centre {@code dc}'s source to it, ms: its fixed shipping
   * delay, or the mean transit time of the lane.
   */
  public long shippingDelayMs(int dc) {
    return spec.nodes().get(dc).echelon().shippingDelayMs().orElse(sourceToDc[dc].transitMs());
  }

  /** Whether shipments count themselves per lane: a measuring run ({@link #measuringLaneFlow}). */
  public boolean talliesLaneFlow() {
    return talliesLaneFlow;
  }

  /** The scenario's disruptions, compiled per entity. */
  public DisruptionPlan disruptions() {
    return disruptions;
  }

  private static Lane fastest(Lanes.Resolver lanes, String from, String to) {
    Lane best = null;
    for (TransportMode mode : EnumSet.allOf(TransportMode.class)) {
      Lane l = lanes.lane(from, to, mode);
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

  /** Whether a distribution centre names {@code node} as its source or its backup. */
  private boolean refillsACentre(String node) {
    return spec.nodes().stream().anyMatch(n -> n.replenishFrom().filter(node::equals).isPresent()
        || n.echelon().backup().filter(b -> b.from().equals(node)).isPresent());
  }

  private int[] rank(int region, int product) {
    Product p = spec.products().get(product);
    List<Integer> candidates = new ArrayList<>();
    double[] score = new double[spec.nodes().size()];
    for (int s = 0; s < spec.nodes().size(); s++) {
      NodeSpec n = spec.nodes().get(s);
      boolean ok;
      if (p.stocked()) {
        // An upstream stage of a chain (a centre that refills another) serves centres, not customers.
        ok = n.stock().stream().map(StockRule::product).anyMatch(p.id()::equals) && !refillsACentre(n.id());
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

  /**
   * The lane lots take from site {@code from} to distribution centre {@code dc}: from its source, or from
   * its backup source.
   */
  public Lane laneToDc(int from, int dc) {
    return from == backupOfDc[dc] && from != sourceOfDc[dc] ? backupToDc[dc] : sourceToDc[dc];
  }

  /**
   * A lot's fixed time from site {@code from} to distribution centre {@code dc}, ms, or -1 when it takes
   * the lane's transit time: the centre's {@code shippingDelay} from its source, its backup's from the
   * backup.
   */
  public long fixedShippingMs(int from, int dc) {
    NodeSpec n = spec.nodes().get(dc);
    if (from == backupOfDc[dc] && from != sourceOfDc[dc]) {
      return n.echelon().backup().orElseThrow().shippingDelayMs().orElse(-1L);
    }
    return n.echelon().shippingDelayMs().orElse(-1L);
  }

  /** The site index of distribution centre {@code dc}'s backup source (-1 without one). */
  public int backupOfDc(int dc) {
    return backupOfDc[dc];
  }

  /** The site index of distribution centre {@code dc}'s source. */
  public int sourceOfDc(int dc) {
    return sourceOfDc[dc];
  }

  /**
   * The production node at the head of distribution centre {@code dc}'s chain: its source, or its
   * source's source, until a plant or microfactory (-1 when it has none).
   */
  public int producerOfDc(int dc) {
    int at = sourceOfDc[dc];
    for (int hops = 0; at >= 0 && !spec.nodes().get(at).kind().produces() && hops < sourceOfDc.length; hops++) {
      at = sourceOfDc[at];
    }
    return at >= 0 && spec.nodes().get(at).kind().produces() ? at : -1;
  }

  /** The supplier index site {@code site} buys {@code component} from: the primary of its sourcing rule, else the nearest. */
  public int supplierFor(int site, int component) {
    return supplierFor[site][component];
  }

  /** The backup supplier index of {@code component} at site {@code site}; -1 when it has no sourcing rule for it. */
  public int backupFor(int site, int component) {
    return backupFor[site][component];
  }

  /** The sourcing rule of {@code component} at site {@code site}; empty when it has none for it. */
  public Optional<SourcingRule> sourcingRule(int site, int component) {
    return Optional.ofNullable(sourcingRule[site][component]);
  }

  /** The lane from supplier {@code supplier} to site {@code site}. */
  public Lane supplierToSite(int supplier, int site) {
    return supplierToSite[supplier][site];
  }

  /** Production cost of one unit of {@code product} at {@code site} over its routing, EUR. */
  public double unitCostEur(int site, int product) {
    return unitCostEur[site][product];
  }

  /**
   * The sites the platform considers for {@code product} ordered from {@code region}, best first by the
   * policy's static order: a copy (entities read {@link #rankedSite} instead, which allocates nothing).
   */
  public int[] ranking(int region, int product) {
    return ranking[region][product].clone();
  }

  /** How many sites the platform considers for {@code product} ordered from {@code region}. */
  public int rankingSize(int region, int product) {
    return ranking[region][product].length;
  }

  /** The site at rank {@code rank} (from 0, the best) of {@link #ranking}. */
  public int rankedSite(int region, int product, int rank) {
    return ranking[region][product][rank];
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

  /** The allocation rule's scores of {@link #ranking}, rank by rank (0 for make-to-stock products): a copy. */
  public double[] rankingScores(int region, int product) {
    return rankScore[region][product].clone();
  }

  /** The allocation rule's score of the site at rank {@code rank} of {@link #ranking} (0 for make-to-stock products). */
  public double rankingScore(int region, int product, int rank) {
    return rankScore[region][product][rank];
  }

  /** Component indices of {@code product}'s bill of materials: a copy (entities read {@link #bomComponent}). */
  public int[] bomComponents(int product) {
    return bomComponent[product].clone();
  }

  /** Quantities per unit of {@code product}'s bill of materials: a copy (entities read {@link #bomQuantity}). */
  public int[] bomQuantities(int product) {
    return bomQuantity[product].clone();
  }

  /** How many lines {@code product}'s bill of materials has. */
  public int bomSize(int product) {
    return bomComponent[product].length;
  }

  /** The component index of line {@code line} of {@code product}'s bill of materials. */
  public int bomComponent(int product, int line) {
    return bomComponent[product][line];
  }

  /** The quantity per unit of line {@code line} of {@code product}'s bill of materials. */
  public int bomQuantity(int product, int line) {
    return bomQuantity[product][line];
  }

  /** The machines of site {@code site}, one entry per machine in the order its groups are written: a copy. */
  public MachineType[] machinesOf(int site) {
    return machinesOfSite[site].clone();
  }

  /** How many machines site {@code site} has. */
  public int machineCount(int site) {
    return machinesOfSite[site].length;
  }

  /** The type of machine {@code machine} (from 0) of site {@code site}. */
  public MachineType machineOf(int site, int machine) {
    return machinesOfSite[site][machine];
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
