package org.dmsim.model.mfg.entity;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.StockRule;

/**
 * A distribution centre: serves make-to-stock orders from stock on hand, backorders them first come
 * first served when stock is short, and after every change reviews each product's inventory position
 * (on hand + on order − backordered) with its {@link ReplenishmentRule} (built in: (s, S), (r, Q),
 * base stock), ordering replenishment from its production node; a periodic rule (built in: (R, S),
 * (R, s, S), forecast order-up-to, anchor-and-adjust) is asked instead at every multiple of its review
 * period, after everything else at that instant. Reports its stock to the platform at a fixed interval.
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
  private final RegionOrdinals regionOrdinals;
  private final Shipping shipping;
  private final ReplenishmentRule[] rules;
  private final StockView stockView = new StockView();
  private final long[] onHand;
  private final long[] onOrder;
  private final long[] backordered;
  private final long[] demanded;
  private final ArrayDeque<CustomerOrder>[] backorders;
  private long stockUnits;
  private double stockValue;
  private long backorderedUnits;
  private boolean down;

  /** Distribution centre {@code site} of {@code network}, refilled by {@code source}. */
  @SuppressWarnings("unchecked")
  public DistributionCentre(Network network, int site, EntityId platform, EntityId source, List<EntityId> regions) {
    this.network = network;
    this.site = site;
    this.products = network.spec().products();
    this.platform = platform;
    this.source = source;
    this.regionOrdinals = new RegionOrdinals(regions);
    this.shipping = new Shipping(network, site, regions);
    NodeSpec spec = network.spec().nodes().get(site);
    int n = products.size();
    rules = new ReplenishmentRule[n];
    onHand = new long[n];
    onOrder = new long[n];
    backordered = new long[n];
    demanded = new long[n];
    backorders = new ArrayDeque[n];
    for (StockRule rule : spec.stock()) {
      int p = network.productIndex(rule.product());
      rules[p] = PolicyCatalog.installed().replenishment(rule.policy());
      onHand[p] = rule.initial();
      backorders[p] = new ArrayDeque<>();
    }
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
      review(p, ctx);
      if (rules[p] != null && rules[p].reviewPeriodMs() > 0) {
        ctx.schedule(rules[p].reviewPeriodMs(), new MfgMessage.ReviewDue(p));
      }
    }
    DisruptionPlan plan = network.disruptions();
    SiteOutages.schedule(plan, site, ctx);
    for (DisruptionPlan.Factor loss : plan.stockLoss(site)) {
      ctx.schedule(loss.fromMs(), new MfgMessage.StockLoss(loss.value()));
    }
    report(ctx);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.Assign assign) {
      CustomerOrder o = assign.order();
      ctx.record(new Observation.Count(Metrics.RECEIVED_UNITS, o.units()));
      int p = o.product();
      if (rules[p] == null) {
        throw new IllegalStateException(ctx.self() + " does not stock product " + p);
      }
      demanded[p] += o.units();
      if (!down && backorders[p].isEmpty() && onHand[p] >= o.units()) {
        issue(o, ctx);
      } else {
        backorders[p].addLast(o);
        backordered[p] += o.units();
        changeBackordered(o.units(), ctx);
      }
      review(p, ctx);
    } else if (message instanceof MfgMessage.StockArrived arrived) {
      int p = arrived.product();
      ctx.record(new Observation.Count(Metrics.STOCK_RECEIVED_UNITS, arrived.units()));
      onOrder[p] -= arrived.units();
      changeStock(p, arrived.units(), ctx);
      serveBackorders(p, ctx);
      review(p, ctx);
    } else if (message instanceof MfgMessage.NodeDown nodeDown) {
      down = nodeDown.down();
      if (!down) {
        for (int p = 0; p < rules.length; p++) {
          if (rules[p] != null) {
            serveBackorders(p, ctx);
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

  private void serveBackorders(int p, SimContext ctx) {
    while (!down && !backorders[p].isEmpty() && onHand[p] >= backorders[p].peekFirst().units()) {
      CustomerOrder o = backorders[p].pollFirst();
      backordered[p] -= o.units();
      changeBackordered(-o.units(), ctx);
      issue(o, ctx);
    }
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
      ctx.send(source, network.spec().platform().orderLatencyMs(),
          new MfgMessage.Replenish(ctx.self(), p, (int) Math.min(Integer.MAX_VALUE, qty)));
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
    for (int p = 0; p < backorders.length; p++) {
      if (backorders[p] == null) {
        continue;
      }
      Iterator<CustomerOrder> it = backorders[p].iterator();
      while (it.hasNext()) {
        CustomerOrder o = it.next();
        if (o.seq() == cancel.seq() && o.region().equals(cancel.region())) {
          it.remove();
          backordered[p] -= o.units();
          changeBackordered(-o.units(), ctx);
          ctx.record(new Observation.Count(Metrics.CANCELLED_UNITS, o.units()));
          ctx.send(cancel.region(), network.spec().platform().orderLatencyMs(),
              new MfgMessage.OrderLost(o.seq(), o.units()));
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
