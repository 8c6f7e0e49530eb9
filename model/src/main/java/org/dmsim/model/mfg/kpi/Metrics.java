package org.dmsim.model.mfg.kpi;

/**
 * Names of the metrics the manufacturing network's entities record. Units are part of every name;
 * {@code -by-day} metrics are binned sums by simulated day, {@code -15min} metrics histograms in
 * 15-minute cells.
 */
public final class Metrics {
  // region
  /** Orders placed. */
  public static final String ORDERS = "orders";
  /** Units ordered. */
  public static final String ORDERED_UNITS = "ordered-units";
  /** Units ordered, by day. */
  public static final String ORDERED_UNITS_BY_DAY = "ordered-units-by-day";
  /** Orders due within the run. */
  public static final String DUE_ORDERS = "due-orders";
  /** Units of orders due within the run. */
  public static final String DUE_UNITS = "due-units";
  /** Orders due, by due day. */
  public static final String DUE_ORDERS_BY_DAY = "due-orders-by-day";
  /** Orders delivered by their due date, by due day. */
  public static final String ON_TIME_ORDERS_BY_DUE_DAY = "on-time-orders-by-due-day";
  /** Units due, by due day. */
  public static final String DUE_UNITS_BY_DAY = "due-units-by-day";
  /** Orders delivered. */
  public static final String DELIVERED_ORDERS = "delivered-orders";
  /** Units delivered. */
  public static final String DELIVERED_UNITS = "delivered-units";
  /** Units delivered, by delivery day (throughput). */
  public static final String DELIVERED_UNITS_BY_DAY = "delivered-units-by-day";
  /** Orders due within the run delivered by their due date. */
  public static final String ON_TIME_ORDERS = "on-time-orders";
  /** Units due within the run delivered by their due date. */
  public static final String ON_TIME_UNITS = "on-time-units";
  /** Units delivered by their due date, by due day. */
  public static final String ON_TIME_UNITS_BY_DUE_DAY = "on-time-units-by-due-day";
  /** Placement to delivery, ms (tally). */
  public static final String LEAD_TIME_MS = "lead-time-ms";
  /** Placement to delivery, histogram of orders in 15-minute cells. */
  public static final String LEAD_TIME_15MIN = "lead-time-orders-by-15min";
  /** Units times days late, per late order (tally; its sum is the total). */
  public static final String LATE_UNIT_DAYS = "late-unit-days";
  /** Orders lost (cancelled after the customer's patience ran out). */
  public static final String LOST_ORDERS = "lost-orders";
  /** Units lost. */
  public static final String LOST_UNITS = "lost-units";
  /** Units lost, by day. */
  public static final String LOST_UNITS_BY_DAY = "lost-units-by-day";
  /** Orders neither delivered nor lost (level): L of Little's law. */
  public static final String OPEN_ORDERS = "open-orders";
  /** Placement to delivery or loss, ms (tally): W of Little's law. */
  public static final String TIME_IN_SYSTEM_MS = "time-in-system-ms";
  /** Units ordered and neither delivered nor lost (daily level). */
  public static final String BACKLOG_UNITS = "backlog-units";

  // platform
  /** Units of orders received by the platform. */
  public static final String PLATFORM_RECEIVED_UNITS = "platform-received-units";
  /** Units of orders the platform assigned to nodes. */
  public static final String ASSIGNED_UNITS = "assigned-units";
  /** Units the platform assigned, by day. */
  public static final String ASSIGNED_UNITS_BY_DAY = "assigned-units-by-day";
  /** Units cancelled while waiting at the platform. */
  public static final String PLATFORM_LOST_UNITS = "platform-lost-units";
  /** Units waiting at the platform for a node with capacity (level). */
  public static final String PENDING_UNITS = "pending-units";
  /** Orders that went to another node than the policy's first choice (fallback). */
  public static final String FALLBACK_ORDERS = "fallback-orders";

  // production node and distribution centre
  /** Units of customer orders a node received from the platform. */
  public static final String RECEIVED_UNITS = "received-units";
  /** Units of customer orders a node cancelled before starting them. */
  public static final String CANCELLED_UNITS = "cancelled-units";
  /** Customer units waiting for components (level). */
  public static final String AWAITING_MATERIAL_UNITS = "awaiting-material-units";
  /** Customer units waiting for a machine (level). */
  public static final String QUEUED_UNITS = "queued-units";
  /** Customer units on a machine (level). */
  public static final String IN_PROCESS_UNITS = "in-process-units";
  /** Customer units made and waiting to be shipped (consolidation) (level). */
  public static final String AWAITING_SHIPMENT_UNITS = "awaiting-shipment-units";
  /** Replenishment units in production for distribution centres (level). */
  public static final String REPLENISHMENT_WIP_UNITS = "replenishment-wip-units";
  /** Value of work in process, EUR (level). */
  public static final String WIP_VALUE_EUR = "wip-value-eur";
  /** Production cost of each finished step, EUR (tally; its sum is the total). */
  public static final String PRODUCTION_COST_EUR = "production-cost-eur";
  /** Units made, counting each finished routing. */
  public static final String MADE_UNITS = "made-units";
  /** Units made, by day. */
  public static final String MADE_UNITS_BY_DAY = "made-units-by-day";
  /** Units scrapped (and remade). */
  public static final String SCRAPPED_UNITS = "scrapped-units";
  /** Units sent back to an earlier step of their routing by a step's rework. */
  public static final String REWORKED_UNITS = "reworked-units";
  /** Units of replenishment orders a production node received from distribution centres. */
  public static final String REPLENISHMENT_RECEIVED_UNITS = "replenishment-received-units";
  /** Finished units shipped to distribution centres. */
  public static final String REPLENISHED_UNITS = "replenishment-shipped-units";
  /** Orders for components placed. */
  public static final String COMPONENT_ORDERS = "component-orders";
  /** Times a production node's orders of a component moved between its primary and backup supplier. */
  public static final String SOURCE_SWITCHES = "source-switches";
  /** Units of components with a sourcing rule ordered from their primary supplier. */
  public static final String PRIMARY_ORDERED_UNITS = "component-units-ordered-primary";
  /** Units of components with a sourcing rule ordered from their backup supplier. */
  public static final String BACKUP_ORDERED_UNITS = "component-units-ordered-backup";
  /** Units of stock on hand at a distribution centre (daily level). */
  public static final String STOCK_UNITS = "stock-units";
  /** Value of stock on hand, EUR (level). */
  public static final String STOCK_VALUE_EUR = "stock-value-eur";
  /** Customer units backordered at a distribution centre (level). */
  public static final String BACKORDERED_UNITS = "backordered-units";
  /** Units a distribution centre received from its source. */
  public static final String STOCK_RECEIVED_UNITS = "stock-received-units";
  /** Units a distribution centre ordered from its source. */
  public static final String STOCK_ORDERED_UNITS = "stock-ordered-units";
  /** Units demanded of a distribution centre in each period of its {@code period} (bins: period − 1). */
  public static final String PERIOD_DEMAND_UNITS = "period-demand-units";
  /** Units of the demand of each period a distribution centre filled at once from stock (bins: period − 1). */
  public static final String PERIOD_FILLED_UNITS = "period-filled-units";
  /** Units a distribution centre ordered in each period (bins: period − 1). */
  public static final String PERIOD_ORDERED_UNITS = "period-ordered-units";
  /** A distribution centre's units on hand at the end of each period (bins: period − 1). */
  public static final String PERIOD_ON_HAND_UNITS = "period-end-on-hand-units";
  /** The units a distribution centre owes at the end of each period (bins: period − 1). */
  public static final String PERIOD_BACKLOG_UNITS = "period-end-backlog-units";
  /** A distribution centre's holding and backlog cost of each period, EUR (bins: period − 1). */
  public static final String PERIOD_COST_EUR = "period-cost-eur";
  /** Units a distribution centre with a backup source ordered from its primary source (counter). */
  public static final String STOCK_ORDERED_PRIMARY_UNITS = "stock-units-ordered-primary";
  /** Units a distribution centre with a backup source ordered from the backup (counter). */
  public static final String STOCK_ORDERED_BACKUP_UNITS = "stock-units-ordered-backup";
  /** Units of customer orders a lost-sales stock point could not fill at once (counter). */
  public static final String LOST_SALES_UNITS = "lost-sales-units";

  // machine
  /** Whether the machine is processing, 0 or 1 (level; its average is the utilization). */
  public static final String BUSY = "busy";
  /** Whether the machine is broken down, 0 or 1 (level). */
  public static final String DOWN = "down";
  /** Job steps finished. */
  public static final String JOBS = "jobs";
  /** Set-ups done. */
  public static final String SETUPS = "setups";
  /** Breakdowns. */
  public static final String BREAKDOWNS = "breakdowns";
  /** How long a job step waited in its node's queue before this machine took it, ms (one sample per step taken). */
  public static final String QUEUE_WAIT_MS = "queue-wait-ms";
  /** Job steps taken that had waited more than 0 ms in the queue. */
  public static final String WAITED_JOBS = "waited-jobs";
  /** Units of the job steps finished (good units; scrap remade inside a step is not counted again). */
  public static final String PROCESSED_UNITS = "processed-units";

  // shipment
  /** Shipments dispatched. */
  public static final String SHIPMENTS = "shipments";
  /** Customer units on the way (level of each shipment; summed over shipments). */
  public static final String IN_TRANSIT_UNITS = "in-transit-units";
  /** Units to distribution centres on the way (level). */
  public static final String IN_TRANSIT_STOCK_UNITS = "in-transit-stock-units";
  /** Transport cost per shipment, EUR (tally). */
  public static final String TRANSPORT_COST_EUR = "transport-cost-eur";
  /** Transport emissions per shipment, kg CO2e (tally). */
  public static final String TRANSPORT_CO2_KG = "transport-co2e-kg";
  /** Shipment weight, kg (tally). */
  public static final String SHIPMENT_WEIGHT_KG = "shipment-weight-kg";
  /** Transit time, ms (tally). */
  public static final String TRANSIT_MS = "transit-ms";

  /** Prefix of {@link #laneShipments}. */
  public static final String LANE_SHIPMENTS_PREFIX = "lane-shipments ";
  /** Prefix of {@link #laneUnits}. */
  public static final String LANE_UNITS_PREFIX = "lane-units ";

  /** Width of a lead-time histogram cell, ms. */
  public static final long LEAD_TIME_CELL_MS = 15 * 60_000L;

  private Metrics() {}

  /**
   * Shipments dispatched on the lane {@code from → to} (a count of the sender), recorded only in a run
   * that measures lane flow ({@code Network.measuringLaneFlow}): {@code "lane-shipments FROM->TO"}.
   */
  public static String laneShipments(String from, String to) {
    return LANE_SHIPMENTS_PREFIX + from + "->" + to;
  }

  /**
   * Customer and stock units shipped on the lane {@code from → to} (components from suppliers are not
   * counted), recorded only in a run that measures lane flow: {@code "lane-units FROM->TO"}.
   */
  public static String laneUnits(String from, String to) {
    return LANE_UNITS_PREFIX + from + "->" + to;
  }
}
