package org.dmsim.model.network;

/** Names of the metrics the network's entities record; units are part of the names. */
public final class Kpi {
  /** Orders placed (region counter). */
  public static final String ORDERS = "orders";
  /** Orders placed whose due date falls within the run (region counter). */
  public static final String ORDERS_DUE = "orders-due-in-run";
  /** Orders delivered (region counter). */
  public static final String DELIVERED = "delivered";
  /** Orders due within the run and delivered by their due date (region counter). */
  public static final String DELIVERED_ON_TIME_DUE = "delivered-on-time-due-in-run";
  /** Order placement to delivery, ms (region tally). */
  public static final String LEAD_TIME_MS = "lead-time-ms";
  /** Orders received (factory counter). */
  public static final String ORDERS_RECEIVED = "orders-received";
  /** Factory receipt to machine finish: waiting plus processing, ms (factory tally). */
  public static final String STATION_TIME_MS = "station-time-ms";
  /** Orders waiting for a machine (factory level). */
  public static final String QUEUE_LENGTH = "queue-length-orders";
  /** Jobs finished (machine counter). */
  public static final String JOBS = "jobs";
  /** Whether the machine is busy, 0 or 1 (machine level; its time average is the utilization). */
  public static final String BUSY = "busy";
  /** Shipments that arrived (shipment counter, folded into the factory's retired result). */
  public static final String SHIPMENTS_DELIVERED = "shipments-delivered";

  private Kpi() {}
}
