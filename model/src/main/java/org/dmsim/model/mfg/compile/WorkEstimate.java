package org.dmsim.model.mfg.compile;

import java.util.Locale;
import java.util.Map;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.time.SimTime;

/**
 * What one replication of a design will cost, before it runs: expected events, entities and the
 * shipments and orders in flight, counted from the spec as the entities exchange messages (see
 * {@code org.dmsim.model.mfg.entity}). Like {@link CapacityCheck} it is a pure function of the spec and
 * uses means only.
 *
 * <p>Events per made-to-order order: the region's order candidate, the platform's {@code OrderPlaced},
 * the site's {@code Assign}, per routing step the machine's {@code StartJob} and {@code WorkDone} and
 * the site's {@code JobFinished} (3), the shipment's start and arrival (2) and the region's
 * {@code Delivered}; one more when the order has finite patience. A make-to-stock order adds a
 * one-for-one refill of its distribution centre ({@code Replenish}, the production steps, a shipment
 * with {@code StockArrived}): an upper bound for batched rules. Every node reports its status each
 * status interval ({@code ReportDue} and {@code Status}); every machine that fails costs 4 events per
 * failure and repair (counted on calendar time, an upper bound for failures on operating time); a
 * component order costs 5 ({@code BuyComponents}, {@code DispatchComponents}, a shipment with
 * {@code ComponentsArrived}). Left out: consolidation (fewer shipments), disruptions of the spec (a
 * few events each) and orders that are lost or wait. On the bundled scenarios the estimate is within
 * a few per cent of the counted events ({@code docs/performance.md}, "Work estimate").
 *
 * @param orderEvents      events of customer orders and their refills, per replication
 * @param statusEvents     events of the nodes' status reports, per replication
 * @param failureEvents    events of machine failures and repairs, per replication
 * @param componentEvents  events of component orders to suppliers, per replication
 * @param startEvents      one start event per static entity
 * @param orders           expected customer orders per replication
 * @param staticEntities   platform, nodes, machines, regions and suppliers
 * @param shipmentsInFlight mean shipments on their way at once (Little's law: rate × mean transit)
 * @param ordersInSystem   mean customer orders open at once (Little's law: rate × promised lead time)
 * @param seriesPoints     daily series points one replication's result holds
 */
public record WorkEstimate(double orderEvents, double statusEvents, double failureEvents, double componentEvents,
    double startEvents, double orders, long staticEntities, double shipmentsInFlight, double ordersInSystem,
    double seriesPoints) {

  /** Events per order before its routing: candidate, OrderPlaced, Assign, shipment start and arrival, Delivered. */
  static final int EVENTS_PER_ORDER = 6;
  /** Events per routing step of a job: StartJob, WorkDone, JobFinished. */
  static final int EVENTS_PER_STEP = 3;
  /** Events of a one-for-one refill besides its steps: Replenish, shipment start, arrival, StockArrived. */
  static final int EVENTS_PER_REFILL = 4;
  /** Events of a failure: Breakdown and Repaired at the machine, two MachineState at its node. */
  static final int EVENTS_PER_FAILURE = 4;
  /** Events of a component order: BuyComponents, DispatchComponents, shipment start, arrival, ComponentsArrived. */
  static final int EVENTS_PER_COMPONENT_ORDER = 5;
  /** Daily series a result holds: a few for the network, per region and per node (measured on the bundled scenarios). */
  static final int SERIES_PER_NETWORK = 6;
  static final int SERIES_PER_REGION = 6;
  static final int SERIES_PER_NODE = 2;
  /** Each machine's daily busy level. */
  static final int SERIES_PER_MACHINE = 1;

  /** All events of one replication. */
  public double events() {
    return orderEvents + statusEvents + failureEvents + componentEvents + startEvents;
  }

  /** The estimate of {@code spec} (validated). */
  public static WorkEstimate of(ManufacturingSpec spec) {
    Network network = new Network(spec);
    double days = (double) spec.horizonMs() / SimTime.DAY_MS;
    double orderEvents = 0;
    double orders = 0;
    double shipmentDaysPerDay = 0;
    double ordersInSystem = 0;
    double[] componentUnitsPerDay = new double[spec.nodes().size()];
    for (int r = 0; r < spec.regions().size(); r++) {
      RegionSpec region = spec.regions().get(r);
      for (DemandSpec d : region.demand()) {
        int p = network.productIndex(d.product());
        Product product = spec.products().get(p);
        double meanPerDay = meanRatePerDay(d, days);
        double lineOrders = meanPerDay * days;
        // Thinning: the region draws candidates at the line's highest rate and keeps some of them.
        double candidates = d.maxRatePerDay(spec.horizonMs()) * days;
        double perOrder = EVENTS_PER_ORDER - 1 + EVENTS_PER_STEP * product.routing().size()
            + (d.patienceMs() == SimTime.NEVER ? 0 : 1);
        int[] ranked = network.ranking(r, p);
        int site = ranked.length == 0 ? -1 : ranked[0];
        if (product.stocked() && site >= 0) {
          double refillsPerOrder = Math.min(1, d.orderSize().mean() / lotUnits(spec.nodes().get(site), d.product()));
          perOrder += refillsPerOrder * (EVENTS_PER_REFILL + EVENTS_PER_STEP * product.routing().size());
        }
        orderEvents += candidates + perOrder * lineOrders;
        orders += lineOrders;
        if (site >= 0) {
          shipmentDaysPerDay += meanPerDay * network.siteToRegion(site, r).transitMs() / SimTime.DAY_MS;
          int producer = product.stocked() ? network.producerOfDc(site) : site;
          if (producer >= 0) {
            int[] quantities = network.bomQuantities(p);
            for (int q : quantities) {
              componentUnitsPerDay[producer] += meanPerDay * d.orderSize().mean() * q;
            }
          }
        }
        double leadDays = Math.min(d.promisedLeadTimeMs(), spec.horizonMs()) / (double) SimTime.DAY_MS;
        ordersInSystem += meanPerDay * leadDays;
      }
    }
    double componentEvents = 0;
    double statusEvents = 0;
    double failureEvents = 0;
    long entities = 1 + spec.regions().size() + spec.suppliers().size();
    long machines = 0;
    double reports = Math.floor((double) spec.horizonMs() / spec.platform().statusIntervalMs()) + 1;
    for (int s = 0; s < spec.nodes().size(); s++) {
      NodeSpec n = spec.nodes().get(s);
      entities++;
      statusEvents += 2 * reports;
      double reorder = n.componentStock().map(WorkEstimate::reorderUnits).orElse(1.0);
      componentEvents += EVENTS_PER_COMPONENT_ORDER * componentUnitsPerDay[s] * days / reorder;
      for (MachineGroup g : n.machines()) {
        entities += g.count();
        machines += g.count();
        Failures f = spec.machineTypes().stream().filter(t -> t.id().equals(g.type())).findFirst()
            .flatMap(t -> t.failures()).orElse(null);
        if (f != null) {
          double cycleMs = f.timeBetweenMs().mean() + f.repairMs().mean();
          failureEvents += g.count() * EVENTS_PER_FAILURE * spec.horizonMs() / Math.max(1, cycleMs);
        }
      }
    }
    double series = Math.ceil(days) * (SERIES_PER_NETWORK + SERIES_PER_REGION * spec.regions().size()
        + SERIES_PER_NODE * spec.nodes().size() + SERIES_PER_MACHINE * machines);
    return new WorkEstimate(orderEvents, statusEvents, failureEvents, componentEvents, entities, orders, entities,
        shipmentDaysPerDay, ordersInSystem, series);
  }

  /** The mean of {@link DemandSpec#ratePerDay} over the run: the trend's mid-run value; a season averages out. */
  private static double meanRatePerDay(DemandSpec d, double days) {
    return d.ordersPerDay() * Math.max(0, 1 + d.trendPerYear() * days / 2 / 365.0);
  }

  /**
   * Units a distribution centre orders at once for {@code product}: S − s for {@code s-s}, Q for
   * {@code r-q}, else 1 (one-for-one, as {@code base-stock}; an upper bound of the refills for other rules).
   */
  private static double lotUnits(NodeSpec dc, String product) {
    for (StockRule rule : dc.stock()) {
      if (rule.product().equals(product)) {
        Map<String, String> p = rule.policy().params();
        try {
          switch (rule.policy().name().toLowerCase(Locale.ROOT)) {
            case "s-s":
              return Math.max(1, Double.parseDouble(p.get("orderUpTo")) - Double.parseDouble(p.get("reorderPoint")));
            case "r-q":
              return Math.max(1, Double.parseDouble(p.get("quantity")));
            default:
              return 1;
          }
        } catch (RuntimeException unreadable) {
          return 1;
        }
      }
    }
    return 1;
  }

  private static double reorderUnits(ComponentStock c) {
    return Math.max(1, c.orderUpTo() - c.reorderPoint());
  }
}
