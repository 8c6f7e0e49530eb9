package org.dmsim.model.mfg.entity;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.spec.BackupSource;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.StockCosts;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.StockStart;

/**
 * A distribution centre: a stock point for each product it stocks. It serves customer orders from stock
 * on hand, whole, and the orders of the distribution centres it refills ({@code Replenish}), in part as
 * stock allows; claims it cannot serve wait first come first served ({@link Claim}), unless a stock
 * rule has lost sales, when a customer order it cannot fill at once is lost. After every change it
 * reviews each product's inventory position (on hand + on order − owed) with its
 * {@link ReplenishmentRule} (built in: (s, S), (r, Q), base stock) and orders from its source — a
 * production node or another distribution centre — which receives the order after the link's order
 * delay and ships after the link's shipping delay (with a {@link BackupSource}, from the backup while
 * the source is known to be out, or split between both, as a {@link SourceChoice} decides); a periodic rule (built in: (R, S), (R, s, S),
 * forecast order-up-to, anchor-and-adjust) is asked instead at every multiple of its review period,
 * after everything else at that instant but the end of a period. At time 0 it may have lots on the way,
 * orders in the post and a backlog ({@link StockStart}). With a {@code period} it records per-period
 * statistics and costs ({@link EchelonPeriods}). Reports its stock to the platform at a fixed interval.
 * While it is out (a disruption) it ships nothing and reports no stock; destroyed stock is written off.
 */
public final class DistributionCentre implements Entity {
  /** Units of stock destroyed by disruptions (counter). */
  public static final String DESTROYED_UNITS = "destroyed-units";

  private final Network network;
  private final int site;
  private final List<Product> products;
  private final EntityId platform;
  private final EntityId source;
  private final List<EntityId> sites;
  private final RefilledCentres refilled;
  private final RegionOrdinals regionOrdinals;
  private final Shipping shipping;
  private final StockRule[] stockRules;
  private final ReplenishmentRule[] rules;
  private final StockView stockView = new StockView();
  private final long[] onHand;
  private final long[] onOrder;
  private final long[] backordered;
  private final long[] demanded;
  private final ArrayDeque<Claim>[] claims;
  private final EchelonPeriods periods;
  /** The backup source and where orders go now; null without a backup. */
  private final EntityId backup;
  private final SourceChoice choice;
  private final SplitLedger[] ledgers;
  private SourceChoice.Mode mode;
  private long stockUnits;
  private double stockValue;
  private long backorderedUnits;
  private boolean down;

  /**
   * Distribution centre {@code site} of {@code network}, refilled by {@code source}; {@code sites} are the
   * entities of all sites by site index (the centres it refills among them).
   */
  @SuppressWarnings("unchecked")
  public DistributionCentre(Network network, int site, EntityId platform, EntityId source, List<EntityId> regions,
      List<EntityId> sites) {
    this.network = network;
    this.site = site;
    this.products = network.spec().products();
    this.platform = platform;
    this.source = source;
    this.sites = List.copyOf(sites);
    this.refilled = new RefilledCentres(network, site, this.sites);
    this.regionOrdinals = new RegionOrdinals(regions);
    this.shipping = new Shipping(network, site, regions);
    NodeSpec spec = network.spec().nodes().get(site);
    int n = products.size();
    stockRules = new StockRule[n];
    rules = new ReplenishmentRule[n];
    onHand = new long[n];
    onOrder = new long[n];
    backordered = new long[n];
    demanded = new long[n];
    claims = new ArrayDeque[n];
    StockCosts[] costs = new StockCosts[n];
    for (StockRule rule : spec.stock()) {
      int p = network.productIndex(rule.product());
      stockRules[p] = rule;
      rules[p] = PolicyCatalog.installed().replenishment(rule.policy());
      onHand[p] = rule.initial();
      onOrder[p] = rule.start().onOrder() + backlogOwedTo(rule.product());
      claims[p] = new ArrayDeque<>();
      costs[p] = rule.costs();
    }
    periods = spec.echelon().periodMs().map(ms -> new EchelonPeriods(ms, costs)).orElse(null);
    Optional<BackupSource> second = spec.echelon().backup();
    if (second.isPresent()) {
      BackupSource b = second.get();
      DisruptionPlan plan = network.disruptions();
      backup = this.sites.get(network.backupOfDc(site));
      choice = SourceChoice.of(plan.siteOutage(network.sourceOfDc(site)), plan.siteOutage(network.backupOfDc(site)),
          b.switchOverMs(), b.switchBack(), b.switchBackDelayMs(), b.split().isPresent());
      mode = choice.initial();
      ledgers = new SplitLedger[n];
      b.split().ifPresent(share -> {
        for (int p = 0; p < n; p++) {
          ledgers[p] = new SplitLedger(share);
        }
      });
    } else {
      backup = null;
      choice = null;
      ledgers = null;
    }
  }

  /** The units the source owes this centre of {@code product} at time 0 (its initial backlog). */
  private long backlogOwedTo(String product) {
    int from = network.sourceOfDc(site);
    NodeSpec sourceSpec = network.spec().nodes().get(from);
    return sourceSpec.stock().stream().filter(r -> r.product().equals(product))
        .mapToLong(r -> r.start().backlog()).sum();
  }

  @Override
  public void onStart(SimContext ctx) {
    shipping.start(ctx);
    for (int p = 0; p < rules.length; p++) {
      if (rules[p] != null) {
        stockUnits += onHand[p];
        stockValue += onHand[p] * products.get(p).valueEur();
      }
    }
    recordStock(ctx);
    ctx.record(Observation.level(Metrics.BACKORDERED_UNITS, 0));
    for (int p = 0; p < rules.length; p++) {
      if (rules[p] != null) {
        startPipeline(p, ctx);
      }
    }
    for (int p = 0; p < rules.length; p++) {
      review(p, ctx);
      if (rules[p] != null && rules[p].reviewPeriodMs() > 0) {
        ctx.schedule(rules[p].reviewPeriodMs(), new MfgMessage.ReviewDue(p));
      }
    }
    if (periods != null) {
      periods.start(ctx);
    }
    if (choice != null) {
      for (int i = 0; i < choice.switches(); i++) {
        ctx.schedule(choice.switchAtMs(i) - ctx.now(), new MfgMessage.SourceSwitch(0, choice.switchTo(i).ordinal()));
      }
    }
    DisruptionPlan plan = network.disruptions();
    SiteOutages.schedule(plan, site, ctx);
    for (DisruptionPlan.Factor loss : plan.stockLoss(site)) {
      ctx.schedule(loss.fromMs(), new MfgMessage.StockLoss(loss.value()));
    }
    report(ctx);
  }

  /** Sends product {@code p}'s initial lots on their way and its initial orders to the source; books its backlog. */
  private void startPipeline(int p, SimContext ctx) {
    StockStart start = stockRules[p].start();
    List<Long> lots = start.inTransit();
    long shippingMs = network.shippingDelayMs(site);
    for (int i = 0; i < lots.size(); i++) {
      int units = lots.get(i).intValue();
      if (units > 0) {
        long transit = (i + 1) * shippingMs / lots.size();
        ctx.spawn(new EntitySpec("ship", new Shipment(ctx.self(),
            List.of(new MfgMessage.StockArrived(p, units)), transit, 0, units)));
      }
    }
    List<Long> orders = start.ordersInTransit();
    long orderMs = network.orderDelayMs(site);
    for (int i = 0; i < orders.size(); i++) {
      int units = orders.get(i).intValue();
      if (units > 0) {
        ctx.send(source, (i + 1) * orderMs / orders.size(), new MfgMessage.Replenish(ctx.self(), p, units));
      }
    }
    if (start.backlog() > 0) {
      int customer = customerSite();
      claims[p].addLast(Claim.restock(sites.get(customer), customer, start.backlog()));
      backordered[p] += start.backlog();
      changeBackordered(start.backlog(), ctx);
    }
  }

  /** The one distribution centre refilled from this one (the model checks there is exactly one). */
  private int customerSite() {
    for (int s = 0; s < sites.size(); s++) {
      if (network.sourceOfDc(s) == site) {
        return s;
      }
    }
    throw new IllegalStateException("no distribution centre is refilled from site " + site);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.Assign assign) {
      CustomerOrder o = assign.order();
      ctx.record(new Observation.Count(Metrics.RECEIVED_UNITS, o.units()));
      int p = o.product();
      requireStocked(p, ctx);
      demand(p, o.units());
      if (!down && claims[p].isEmpty() && onHand[p] >= o.units()) {
        issue(o, ctx);
        filledAtOnce(o.units());
      } else if (stockRules[p].lostSales()) {
        ctx.record(new Observation.Count(Metrics.LOST_SALES_UNITS, o.units()));
        ctx.send(o.region(), network.spec().platform().orderLatencyMs(), new MfgMessage.OrderLost(o.seq(), o.units()));
      } else {
        claims[p].addLast(Claim.of(o));
        backordered[p] += o.units();
        changeBackordered(o.units(), ctx);
      }
      review(p, ctx);
    } else if (message instanceof MfgMessage.Replenish order) {
      int p = order.product();
      requireStocked(p, ctx);
      demand(p, order.units());
      filledAtOnce(!down && claims[p].isEmpty() ? Math.min(onHand[p], order.units()) : 0);
      claims[p].addLast(Claim.restock(order.dc(), refilled.siteOf(order.dc()), order.units()));
      backordered[p] += order.units();
      changeBackordered(order.units(), ctx);
      serveClaims(p, ctx);
      review(p, ctx);
    } else if (message instanceof MfgMessage.StockArrived arrived) {
      int p = arrived.product();
      ctx.record(new Observation.Count(Metrics.STOCK_RECEIVED_UNITS, arrived.units()));
      onOrder[p] -= arrived.units();
      changeStock(p, arrived.units(), ctx);
      serveClaims(p, ctx);
      review(p, ctx);
    } else if (message instanceof MfgMessage.NodeDown nodeDown) {
      down = nodeDown.down();
      if (!down) {
        for (int p = 0; p < rules.length; p++) {
          if (rules[p] != null) {
            serveClaims(p, ctx);
          }
        }
      }
    } else if (message instanceof MfgMessage.StockLoss loss) {
      for (int p = 0; p < rules.length; p++) {
        if (rules[p] != null) {
          long lost = (long) Math.floor(loss.share() * onHand[p] + 1e-9);
          if (lost > 0) {
            changeStock(p, -lost, ctx);
            ctx.record(new Observation.Count(DESTROYED_UNITS, lost));
          }
          review(p, ctx);
        }
      }
    } else if (message instanceof MfgMessage.ReviewDue due) {
      order(due.product(), ctx);
      ctx.schedule(rules[due.product()].reviewPeriodMs(), due);
    } else if (message instanceof MfgMessage.SourceSwitch to) {
      mode = SourceChoice.mode(to.mode());
      ctx.record(Observation.count(Metrics.SOURCE_SWITCHES));
    } else if (message instanceof MfgMessage.PeriodEnd end) {
      periods.end(end, onHand, backordered, ctx);
    } else if (message instanceof MfgMessage.ReportDue) {
      report(ctx);
    } else if (message instanceof MfgMessage.Cancel cancel) {
      cancel(cancel, ctx);
    } else if (message instanceof MfgMessage.ConsolidationDue due) {
      shipping.onTimer(due, ctx);
    } else {
      throw new IllegalArgumentException("a distribution centre does not handle " + message);
    }
  }

  private void requireStocked(int p, SimContext ctx) {
    if (rules[p] == null) {
      throw new IllegalStateException(ctx.self() + " does not stock product " + p);
    }
  }

  private void demand(int p, long units) {
    demanded[p] += units;
    if (periods != null) {
      periods.demand(units);
    }
  }

  /** Units of demand arriving now that go out at once (for the period's fill rate). */
  private void filledAtOnce(long units) {
    if (periods != null && units > 0) {
      periods.filled(units);
    }
  }

  /** Serves product {@code p}'s waiting claims in order: customer orders whole, centres' orders in part. */
  private void serveClaims(int p, SimContext ctx) {
    while (!down && !claims[p].isEmpty() && onHand[p] > 0) {
      Claim c = claims[p].peekFirst();
      if (c.customer()) {
        if (onHand[p] < c.units) {
          return;
        }
        claims[p].pollFirst();
        owe(p, -c.units, ctx);
        issue(c.order, ctx);
      } else {
        int units = (int) Math.min(c.units, onHand[p]);
        c.units -= units;
        if (c.units == 0) {
          claims[p].pollFirst();
        }
        owe(p, -units, ctx);
        changeStock(p, -units, ctx);
        ctx.record(new Observation.Count(Metrics.REPLENISHED_UNITS, units));
        Shipment.restock(ctx, network, site, c.site, c.stockPoint, p, units);
      }
    }
  }

  private void owe(int p, long delta, SimContext ctx) {
    backordered[p] += delta;
    changeBackordered(delta, ctx);
  }

  private void issue(CustomerOrder o, SimContext ctx) {
    changeStock(o.product(), -o.units(), ctx);
    shipping.ship(o, regionOrdinals.of(o.region()), ctx);
  }

  /** The review after a change of stock: only for a continuous rule; a periodic one waits for its {@code ReviewDue}. */
  private void review(int p, SimContext ctx) {
    if (rules[p] == null || rules[p].reviewPeriodMs() > 0) {
      return;
    }
    order(p, ctx);
  }

  private void order(int p, SimContext ctx) {
    stockView.product = p;
    stockView.nowMs = ctx.now();
    long qty = rules[p].orderQuantity(stockView);
    if (qty > 0) {
      onOrder[p] += qty;
      ctx.record(new Observation.Count(Metrics.STOCK_ORDERED_UNITS, qty));
      if (periods != null) {
        periods.ordered(qty);
      }
      if (choice == null) {
        replenish(source, p, qty, ctx);
        return;
      }
      long toPrimary = mode == SourceChoice.Mode.PRIMARY ? qty
          : mode == SourceChoice.Mode.BACKUP ? 0 : ledgers[p].primaryPart(qty);
      replenish(source, p, toPrimary, ctx);
      replenish(backup, p, qty - toPrimary, ctx);
      ctx.record(new Observation.Count(Metrics.STOCK_ORDERED_PRIMARY_UNITS, toPrimary));
      ctx.record(new Observation.Count(Metrics.STOCK_ORDERED_BACKUP_UNITS, qty - toPrimary));
    }
  }

  /** Orders {@code units} of product {@code p} from {@code from} (nothing when 0), after the link's order delay. */
  private void replenish(EntityId from, int p, long units, SimContext ctx) {
    if (units > 0) {
      ctx.send(from, network.orderDelayMs(site),
          new MfgMessage.Replenish(ctx.self(), p, (int) Math.min(Integer.MAX_VALUE, units)));
    }
  }

  /** One product's stock as its replenishment rule sees it; reused. */
  private final class StockView implements ReplenishmentRule.StockPoint {
    private int product;
    private long nowMs;

    @Override
    public long onHand() {
      return onHand[product];
    }

    @Override
    public long onOrder() {
      return onOrder[product];
    }

    @Override
    public long backordered() {
      return backordered[product];
    }

    @Override
    public long nowMs() {
      return nowMs;
    }

    @Override
    public long demandedUnits() {
      return demanded[product];
    }
  }

  private void cancel(MfgMessage.Cancel cancel, SimContext ctx) {
    for (int p = 0; p < claims.length; p++) {
      if (claims[p] == null) {
        continue;
      }
      Iterator<Claim> it = claims[p].iterator();
      while (it.hasNext()) {
        Claim c = it.next();
        if (c.customer() && c.order.seq() == cancel.seq() && c.order.region().equals(cancel.region())) {
          it.remove();
          owe(p, -c.units, ctx);
          ctx.record(new Observation.Count(Metrics.CANCELLED_UNITS, c.units));
          ctx.send(cancel.region(), network.spec().platform().orderLatencyMs(),
              new MfgMessage.OrderLost(c.order.seq(), c.order.units()));
          review(p, ctx);
          return;
        }
      }
    }
  }

  private void report(SimContext ctx) {
    int[] stock = new int[onHand.length];
    for (int p = 0; p < stock.length; p++) {
      stock[p] = down ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, onHand[p] - backordered[p]));
    }
    ctx.send(platform, network.spec().platform().infoDelayMs(), new MfgMessage.Status(site, 0, 0, stock));
    ctx.schedule(network.spec().platform().statusIntervalMs(), MfgMessage.ReportDue.INSTANCE);
  }

  private void changeStock(int p, long delta, SimContext ctx) {
    onHand[p] += delta;
    stockUnits += delta;
    stockValue += delta * products.get(p).valueEur();
    recordStock(ctx);
  }

  private void recordStock(SimContext ctx) {
    ctx.record(new Observation.Daily(Metrics.STOCK_UNITS, stockUnits));
    ctx.record(Observation.level(Metrics.STOCK_VALUE_EUR, stockValue));
  }

  private void changeBackordered(long delta, SimContext ctx) {
    backorderedUnits += delta;
    ctx.record(Observation.level(Metrics.BACKORDERED_UNITS, backorderedUnits));
  }
}
