package org.dmsim.model.mfg.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.time.SimTime;

/**
 * A quick look, before any run, at whether a design can meet its demand. Each demand line's mean
 * orders per day, turned into machine hours, go to the sites in the allocation rule's ranking for its
 * region and product, filling each up to its machine hours per day (shift hours × machines ×
 * availability) before the next — as the platform sends orders on when a site is full; a make-to-stock
 * product's work goes to its first-ranked distribution centre's source, however full. Lines with
 * fewer possible sites are placed first.
 *
 * <p>Per unit and routing step: the step's mean time ÷ the mean speed of the site's machines capable of
 * it ÷ (1 − their mean scrap probability); per order, each step's set-up when the previous job was
 * another variant. Left out, so the load is about a lower bound: seasonality and trend (the mean rate
 * is used), set-ups between different products, and component waits. Utilization here is busy time
 * over available time, as {@code docs/assumptions.md} sizes the bundled networks. A site above 100 %
 * has work no other site can take (its distribution centres' refills, or products only it can make).
 *
 * @param sites                each producing site's load, in scenario order
 * @param overallUtilization   all sites' machine hours needed ÷ available; NaN without capacity
 * @param unplacedOrdersPerDay orders per day that find no site with hours left in their ranking: the
 *                             design cannot meet its demand when this is above 0
 * @param unreachable          sites no order can ever reach: producing sites in no ranking of a demanded
 *                             product and no distribution centre's source, distribution centres that stock
 *                             nothing demanded
 */
public record CapacityCheck(List<SiteLoad> sites, double overallUtilization, double unplacedOrdersPerDay,
    List<String> unreachable) {
  public CapacityCheck {
    sites = List.copyOf(sites);
    unreachable = List.copyOf(unreachable);
  }

  /**
   * One producing site's expected load.
   *
   * @param site                 the site's id
   * @param neededHoursPerDay    machine hours per day its first-choice demand needs
   * @param availableHoursPerDay machine hours per day its machines offer (shifts, breakdowns)
   */
  public record SiteLoad(String site, double neededHoursPerDay, double availableHoursPerDay) {
    /** Needed ÷ available; infinite when work is sent to a site without available hours. */
    public double utilization() {
      return neededHoursPerDay == 0 ? 0 : neededHoursPerDay / availableHoursPerDay;
    }
  }

  /** The check of {@code spec} (validated). */
  public static CapacityCheck of(ManufacturingSpec spec) {
    Network network = new Network(spec);
    List<NodeSpec> nodes = spec.nodes();
    double[] available = new double[nodes.size()];
    for (int s = 0; s < nodes.size(); s++) {
      available[s] = nodes.get(s).kind().produces() ? availableHoursPerDay(network, s) : 0;
    }
    boolean[] reached = new boolean[nodes.size()];
    List<Work> work = new ArrayList<>();
    for (int r = 0; r < spec.regions().size(); r++) {
      for (DemandSpec d : spec.regions().get(r).demand()) {
        int p = network.productIndex(d.product());
        Product product = spec.products().get(p);
        int[] ranked = network.ranking(r, p);
        for (int s : ranked) {
          reached[s] = true;
          // A stocked product reaches every stage of the centre's chain, up to its producer.
          for (int at = network.sourceOfDc(s), hops = 0; product.stocked() && at >= 0 && !reached[at]
              && hops < nodes.size(); at = network.sourceOfDc(at), hops++) {
            reached[at] = true;
          }
        }
        if (ranked.length == 0) {
          continue;
        }
        // A distribution centre's refills come from its one source; make-to-order work may go to any ranked site.
        int[] sites = product.stocked() ? new int[] {network.producerOfDc(ranked[0])} : ranked;
        if (sites[0] < 0) {
          continue;
        }
        double[] hoursPerOrder = new double[sites.length];
        for (int k = 0; k < sites.length; k++) {
          hoursPerOrder[k] = d.orderSize().mean() * hoursPerUnit(network, sites[k], product) + setupHoursPerOrder(product);
        }
        work.add(new Work(work.size(), sites, hoursPerOrder, d.ordersPerDay()));
      }
    }
    // The most constrained demand first, so that a line with one possible site is not crowded out.
    work.sort(Comparator.comparingInt((Work w) -> w.sites.length).thenComparingInt(w -> w.index));
    double[] needed = new double[nodes.size()];
    double unplacedOrders = 0;
    for (Work w : work) {
      double orders = w.ordersPerDay;
      for (int k = 0; k < w.sites.length && orders > 0; k++) {
        int s = w.sites[k];
        boolean last = k == w.sites.length - 1;
        double room = Math.max(0, available[s] - needed[s]);
        double take = w.sites.length == 1 ? orders : Math.min(orders, room / w.hoursPerOrder[k]);
        needed[s] += take * w.hoursPerOrder[k];
        orders -= take;
        if (last && orders > 1e-12) {
          unplacedOrders += orders;
        }
      }
    }
    List<SiteLoad> loads = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    double neededTotal = 0;
    double availableTotal = 0;
    for (int s = 0; s < nodes.size(); s++) {
      NodeSpec n = nodes.get(s);
      if (!reached[s]) {
        unreachable.add(n.id());
      }
      if (n.kind().produces()) {
        loads.add(new SiteLoad(n.id(), needed[s], available[s]));
        neededTotal += needed[s];
        availableTotal += available[s];
      }
    }
    return new CapacityCheck(loads, availableTotal == 0 ? Double.NaN : neededTotal / availableTotal, unplacedOrders,
        unreachable);
  }

  /** One demand line's work: the sites it may go to, in the platform's order, and its rate. */
  private record Work(int index, int[] sites, double[] hoursPerOrder, double ordersPerDay) {}

  /** Machine hours one good unit of {@code product} needs at {@code site}. */
  private static double hoursPerUnit(Network network, int site, Product product) {
    double ms = 0;
    for (Step step : product.routing()) {
      double speed = 0;
      double scrap = 0;
      int capable = 0;
      for (MachineType t : network.machinesOf(site)) {
        if (t.can(step.process())) {
          speed += t.speed();
          scrap += t.scrapProbability();
          capable++;
        }
      }
      if (capable == 0) {
        return Double.POSITIVE_INFINITY;
      }
      ms += step.timeMs().mean() / (speed / capable) / (1 - scrap / capable);
    }
    return ms / SimTime.HOUR_MS;
  }

  /**
   * Set-up hours per order: each step's mean set-up times the chance that the previous job was another
   * of the product's variants, (v − 1)/v, when a change needs one, plus 1/N when every N-th job needs
   * one (docs/assumptions.md, "Load and utilization"); both, at most one set-up per job.
   */
  private static double setupHoursPerOrder(Product product) {
    double ms = 0;
    for (Step step : product.routing()) {
      double onChange = step.setupOnChange() ? (product.variants() - 1.0) / product.variants() : 0;
      double byCount = step.setupEveryJobs() > 0 ? 1.0 / step.setupEveryJobs() : 0;
      ms += step.setupMeanMs() * Math.min(1, onChange + byCount);
    }
    return ms / SimTime.HOUR_MS;
  }

  private static double availableHoursPerDay(Network network, int site) {
    NodeSpec n = network.spec().nodes().get(site);
    double openHoursPerDay = (double) n.shifts().workingMsPerWeek() / 7 / SimTime.HOUR_MS;
    double hours = 0;
    for (MachineType t : network.machinesOf(site)) {
      hours += openHoursPerDay * t.failures().map(f -> f.availability()).orElse(1.0);
    }
    return hours;
  }
}
