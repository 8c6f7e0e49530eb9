package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.EntityId;
import org.dmsim.model.event.Message;

/** The messages of the manufacturing network, grouped by who sends them. */
public sealed interface MfgMessage extends Message {
  /** Priority of disruption edges: before the ordinary events of their instant. */
  int DISRUPTION_PRIORITY = -1000;

  // --- customer region ---

  /** A region's reminder to itself: the next order candidate of demand line {@code line} is due. */
  record NextOrder(int line) implements MfgMessage {}

  /** A region's reminder that an order's patience is up; after deliveries at the same instant. */
  record PatienceUp(long seq) implements MfgMessage {
    @Override
    public int priority() {
      return LAST;
    }
  }

  /** An order reaches the platform. */
  record OrderPlaced(CustomerOrder order) implements MfgMessage {}

  /** A region asks for an order to be cancelled: it has waited too long. */
  record CancelRequest(EntityId region, long seq) implements MfgMessage {}

  // --- platform ---

  /** The platform gives a node an order to fill. */
  record Assign(CustomerOrder order) implements MfgMessage {}

  /** The platform passes a cancellation on to the node holding the order. */
  record Cancel(EntityId region, long seq) implements MfgMessage {}

  /** Whoever held an order confirms to its region that it is cancelled: a lost sale. */
  record OrderLost(long seq, int units) implements MfgMessage {}

  // --- nodes ---

  /** A node's reminder to report its status. */
  record ReportDue() implements MfgMessage {
    /** The shared instance. */
    public static final ReportDue INSTANCE = new ReportDue();
  }

  /**
   * A distribution centre's reminder to review {@code product} under its periodic replenishment rule.
   * Handled after every other event at its instant but its {@link PeriodEnd} ({@link Message#LAST} − 1),
   * so that the review sees all the demand and arrivals of the period that ends then.
   */
  record ReviewDue(int product) implements MfgMessage {
    @Override
    public int priority() {
      return Message.LAST - 1;
    }
  }

  /**
   * A distribution centre's reminder that its period ends: handled after every other event at its
   * instant ({@link Message#LAST}), reviews included, so that the period's statistics are complete.
   */
  record PeriodEnd(int period) implements MfgMessage {
    @Override
    public int priority() {
      return Message.LAST;
    }
  }

  /**
   * A node's status as the platform receives it (as old as the information delay).
   *
   * @param node        the node's ordinal among producing nodes and distribution centres
   * @param waitingJobs jobs waiting for material or a machine
   * @param machinesUp  machines not broken down
   * @param stock       units on hand per product index (distribution centres); empty for producing nodes. The
   *                    message keeps a copy of its own and hands out copies, so that neither sender nor
   *                    receiver can change what the other sees
   */
  record Status(int node, int waitingJobs, int machinesUp, int[] stock) implements MfgMessage {
    public Status {
      stock = stock.clone();
    }

    /** Units on hand per product index: a copy. */
    @Override
    public int[] stock() {
      return stock.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Status s && node == s.node && waitingJobs == s.waitingJobs && machinesUp == s.machinesUp
          && java.util.Arrays.equals(stock, s.stock);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(node, waitingJobs, machinesUp, java.util.Arrays.hashCode(stock));
    }

    @Override
    public String toString() {
      return "Status[node=" + node + ", waitingJobs=" + waitingJobs + ", machinesUp=" + machinesUp + ", stock="
          + java.util.Arrays.toString(stock) + "]";
    }
  }

  /**
   * A node gives one of its machines a job: step {@code step} of a product for {@code units} units, after
   * the job waited {@code waitMs} in the node's queue for this step (0 when it found a free machine).
   */
  record StartJob(long job, int product, int variant, int step, int units, long waitMs) implements MfgMessage {}

  /** A machine's reminder that its current work is done, valid if {@code epoch} is still current. */
  record WorkDone(long epoch) implements MfgMessage {}

  /** A machine's reminder that it breaks down now, valid if {@code epoch} is still current. */
  record Breakdown(long epoch) implements MfgMessage {}

  /** A machine's reminder that its repair is finished. */
  record Repaired() implements MfgMessage {
    /** The shared instance. */
    public static final Repaired INSTANCE = new Repaired();
  }

  /** A machine tells its node that a job's step is done; {@code scrapped} units were scrapped and remade. */
  record JobFinished(long job, int machine, int scrapped) implements MfgMessage {}

  /** A machine tells its node that it broke down ({@code up} false) or was repaired. */
  record MachineState(int machine, boolean up) implements MfgMessage {}

  /** A node's reminder that the consolidation wait for shipments to a destination is over. */
  record ConsolidationDue(int destination, long epoch) implements MfgMessage {}

  /** A distribution centre orders stock from its production node. */
  record Replenish(EntityId dc, int product, int units) implements MfgMessage {}

  /** A node orders components from a supplier. */
  record BuyComponents(EntityId node, int component, int units) implements MfgMessage {}

  /** A supplier's reminder that an order is ready to dispatch. */
  record DispatchComponents(EntityId node, int component, int units) implements MfgMessage {}

  // --- disruptions (each entity schedules its own edges at its start; they come first at their instant) ---

  /** A site's reminder that it goes down ({@code down}) or comes back. */
  record NodeDown(boolean down) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /**
   * A producing node's reminder that its orders of {@code component} go to the sources of
   * {@link SourceChoice.Mode} number {@code mode} from now on (its sourcing rule's timeline).
   */
  record SourceSwitch(int component, int mode) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /** A producing node's reminder that it loses ({@code lost}) or regains {@code machines} of its machines. */
  record CapacityLost(int machines, boolean lost) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /** A node stops ({@code on}) or restarts one of its machines; a job in hand keeps its progress. */
  record Halt(boolean on) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /** A distribution centre's reminder that {@code share} of its stock on hand is destroyed now. */
  record StockLoss(double share) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /** The platform's reminder that it goes down ({@code down}) or comes back. */
  record PlatformDown(boolean down) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  /** The platform's reminder that its status feeds go stale ({@code stale}) or recover. */
  record PlatformStale(boolean stale) implements MfgMessage {
    @Override
    public int priority() {
      return DISRUPTION_PRIORITY;
    }
  }

  // --- shipments ---

  /** A shipment delivers an order to its region. */
  record Delivered(CustomerOrder order) implements MfgMessage {}

  /** A shipment delivers stock to a distribution centre. */
  record StockArrived(int product, int units) implements MfgMessage {}

  /** A shipment delivers components to a production node. */
  record ComponentsArrived(int component, int units) implements MfgMessage {}

  /** A shipment's reminder that it has arrived and can end. */
  record Arrived() implements MfgMessage {
    /** The shared instance. */
    public static final Arrived INSTANCE = new Arrived();
  }
}
