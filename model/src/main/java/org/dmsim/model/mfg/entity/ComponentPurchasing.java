package org.dmsim.model.mfg.entity;

import java.util.Optional;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.SourcingRule;

/**
 * A production node's component stock and its buying: units on hand, on order and needed by jobs
 * waiting for material, per component; after every change each component is reviewed by its
 * {@link ReplenishmentRule} (the node's {@link ComponentStock} rule, or, without one, buying only
 * what waiting jobs lack) and ordered from the supplier the network assigns — or, for a component with
 * a sourcing rule, from its primary or backup as the component's {@link SourceChoice} says at the time,
 * split by a {@link SplitLedger} under dual sourcing.
 */
final class ComponentPurchasing {
  /** Without a component stock policy: buy exactly what the waiting jobs lack. */
  private static final ReplenishmentRule SHORTFALL = stock -> Math.max(0, -stock.position());

  private final Network network;
  private final int site;
  private final EntityId[] suppliers;
  private final ReplenishmentRule[] rules;
  private final long[] onHand;
  private final long[] onOrder;
  private final long[] needed;
  private final long[] demanded;
  /** Per component with a sourcing rule: its backup supplier, its timeline, where orders go now, its split. */
  private final int[] backup;
  private final SourceChoice[] choice;
  private final SourceChoice.Mode[] mode;
  private final SplitLedger[] ledger;
  private final StockView view = new StockView();

  ComponentPurchasing(Network network, int site, EntityId[] suppliers, Optional<ComponentStock> policy) {
    this.network = network;
    this.site = site;
    this.suppliers = suppliers;
    int components = network.components().size();
    this.rules = new ReplenishmentRule[components];
    this.onHand = new long[components];
    this.onOrder = new long[components];
    this.needed = new long[components];
    this.demanded = new long[components];
    for (int c = 0; c < components; c++) {
      rules[c] = policy.isPresent() ? PolicyCatalog.installed().replenishment(policy.get().rule()) : SHORTFALL;
      onHand[c] = rules[c].initialStock();
    }
    this.backup = new int[components];
    this.choice = new SourceChoice[components];
    this.mode = new SourceChoice.Mode[components];
    this.ledger = new SplitLedger[components];
    for (int c = 0; c < components; c++) {
      backup[c] = network.backupFor(site, c);
      Optional<SourcingRule> rule = network.sourcingRule(site, c);
      if (rule.isPresent()) {
        SourcingRule r = rule.get();
        choice[c] = SourceChoice.of(network.disruptions().supplierOutage(network.supplierFor(site, c)),
            network.disruptions().supplierOutage(backup[c]), r.switchOverMs(), r.switchBack(), r.switchBackDelayMs(),
            r.split().isPresent());
        mode[c] = choice[c].initial();
        ledger[c] = r.split().map(SplitLedger::new).orElse(null);
      }
    }
  }

  /** Schedules every component's source switches on the calling node (nothing without sourcing rules). */
  void scheduleSwitches(SimContext ctx) {
    for (int c = 0; c < choice.length; c++) {
      if (choice[c] != null) {
        for (int i = 0; i < choice[c].switches(); i++) {
          ctx.schedule(choice[c].switchAtMs(i) - ctx.now(),
              new MfgMessage.SourceSwitch(c, choice[c].switchTo(i).ordinal()));
        }
      }
    }
  }

  /** Orders of {@code component} go where {@code s} says from now on. */
  void switchSource(MfgMessage.SourceSwitch s, SimContext ctx) {
    mode[s.component()] = SourceChoice.mode(s.mode());
    ctx.record(Observation.count(Metrics.SOURCE_SWITCHES));
  }

  /** Books the components {@code units} of {@code product} need as needed. */
  void need(int product, int units) {
    add(needed, product, units, 1);
    add(demanded, product, units, 1);
  }

  /** Unbooks them (a cancelled job). */
  void unneed(int product, int units) {
    add(needed, product, units, -1);
  }

  /** Whether every component {@code units} of {@code product} need is on hand. */
  boolean onHandFor(int product, int units) {
    for (int i = 0, lines = network.bomSize(product); i < lines; i++) {
      if (onHand[network.bomComponent(product, i)] < (long) network.bomQuantity(product, i) * units) {
        return false;
      }
    }
    return true;
  }

  /** Takes the components {@code units} of {@code product} need from stock (they were booked as needed). */
  void take(int product, int units) {
    add(onHand, product, units, -1);
    add(needed, product, units, -1);
  }

  /** {@code units} of {@code component} arrived from a supplier. */
  void arrived(int component, int units) {
    onHand[component] += units;
    onOrder[component] -= units;
  }

  /** Reviews every component, in index order, and orders what its rule asks for. */
  void reorder(SimContext ctx) {
    view.nowMs = ctx.now();
    for (int c = 0; c < onHand.length; c++) {
      view.component = c;
      long qty = rules[c].orderQuantity(view);
      if (qty > 0) {
        onOrder[c] += qty;
        int primary = network.supplierFor(site, c);
        if (choice[c] == null) {
          buy(primary, c, qty, ctx);
        } else {
          long toPrimary = mode[c] == SourceChoice.Mode.PRIMARY ? qty
              : mode[c] == SourceChoice.Mode.BACKUP ? 0 : ledger[c].primaryPart(qty);
          buy(primary, c, toPrimary, ctx);
          buy(backup[c], c, qty - toPrimary, ctx);
          // Recorded only for components with a sourcing rule, so that other scenarios' results stay as they were.
          ctx.record(new Observation.Count(Metrics.PRIMARY_ORDERED_UNITS, toPrimary));
          ctx.record(new Observation.Count(Metrics.BACKUP_ORDERED_UNITS, qty - toPrimary));
        }
      }
    }
  }

  /** Orders {@code units} (nothing when 0) of {@code component} from supplier {@code supplier}. */
  private void buy(int supplier, int component, long units, SimContext ctx) {
    if (units > 0) {
      ctx.send(suppliers[supplier], network.spec().platform().orderLatencyMs(),
          new MfgMessage.BuyComponents(ctx.self(), component, (int) Math.min(Integer.MAX_VALUE, units)));
      ctx.record(Observation.count(Metrics.COMPONENT_ORDERS));
    }
  }

  private void add(long[] to, int product, int units, int sign) {
    // Read by index: the network's own arrays are not handed out, and a copy per call would cost the hot path.
    for (int i = 0, lines = network.bomSize(product); i < lines; i++) {
      to[network.bomComponent(product, i)] += sign * (long) network.bomQuantity(product, i) * units;
    }
  }

  /** One component's stock as its rule sees it; reused. */
  private final class StockView implements ReplenishmentRule.StockPoint {
    private int component;
    private long nowMs;

    @Override
    public long onHand() {
      return onHand[component];
    }

    @Override
    public long onOrder() {
      return onOrder[component];
    }

    @Override
    public long backordered() {
      return needed[component];
    }

    @Override
    public long nowMs() {
      return nowMs;
    }

    @Override
    public long demandedUnits() {
      return demanded[component];
    }
  }
}
