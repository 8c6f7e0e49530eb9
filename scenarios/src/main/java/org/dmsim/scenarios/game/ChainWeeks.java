package org.dmsim.scenarios.game;

import java.util.EnumMap;
import java.util.Map;
import org.dmsim.model.mfg.kpi.EchelonSeries;

/**
 * One run of a game's chain, week by week and stage by stage: what a player of each role sees at the
 * end of each week. Week w (1-based) is the period that ends at w × period; its figures are those at
 * that stage's review, where a player decides: every lot and order that arrives by then is in, the
 * week's own order not yet placed (an order changes nothing at its own stage that week).
 *
 * @param stages        each role's series
 * @param startNetStock each role's on hand less owed at time 0, units
 */
record ChainWeeks(Map<Role, EchelonSeries> stages, Map<Role, Long> startNetStock) {
  ChainWeeks {
    stages = new EnumMap<>(stages);
    startNetStock = new EnumMap<>(startNetStock);
  }

  /** Weeks in the run. */
  int weeks() {
    return stages.get(Role.RETAILER).periods();
  }

  EchelonSeries of(Role role) {
    return stages.get(role);
  }

  long onHand(Role role, int week) {
    return (long) stages.get(role).onHand()[week - 1];
  }

  long backlog(Role role, int week) {
    return (long) stages.get(role).backlog()[week - 1];
  }

  /** The units ordered of {@code role}'s stage in {@code week}: the incoming order. */
  long demand(Role role, int week) {
    return (long) stages.get(role).demand()[week - 1];
  }

  /** What {@code role}'s stage ordered at the end of {@code week}. */
  long order(Role role, int week) {
    return (long) stages.get(role).orders()[week - 1];
  }

  /**
   * The units {@code role}'s stage received in {@code week}: the change of its net stock (on hand less owed)
   * plus the week's demand. Exact because a game's stages backorder every unit they cannot ship (a unit
   * demanded is shipped or owed, never lost).
   */
  long received(Role role, int week) {
    long before = week == 1 ? startNetStock.get(role) : onHand(role, week - 1) - backlog(role, week - 1);
    return onHand(role, week) - backlog(role, week) - before + demand(role, week);
  }

  /** {@code role}'s holding and backlog cost of weeks 1 to {@code week}, EUR. */
  double costThrough(Role role, int week) {
    double[] cost = stages.get(role).cost();
    double sum = 0;
    for (int i = 0; i < week; i++) {
      sum += cost[i];
    }
    return sum;
  }
}
