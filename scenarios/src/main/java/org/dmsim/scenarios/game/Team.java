package org.dmsim.scenarios.game;

import java.util.EnumMap;
import java.util.Map;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * One team: four seats and its chain as simulated after the last turn that closed. Mutable, confined to
 * the game's thread.
 */
final class Team {
  private final int number;
  private final EnumMap<Role, Seat> seats = new EnumMap<>(Role.class);
  private ChainWeeks latest;

  Team(int number, int turns, ChainWeeks start) {
    this.number = number;
    for (Role r : Role.values()) {
      seats.put(r, new Seat(r, turns));
    }
    this.latest = start;
  }

  int number() {
    return number;
  }

  Seat seat(Role role) {
    return seats.get(role);
  }

  /** The chain after the last turn that closed (before any, the chain played by the rule). */
  ChainWeeks latest() {
    return latest;
  }

  /**
   * Closes turn {@code week}: each seat's order of the week is decided ({@link Seat#decide}), and the chain
   * is run again with the orders of weeks 1 to {@code week} — a seat the rule plays by its computer rule,
   * which orders in the run what it ordered before and decides this week's order. Weeks up to
   * {@code week + 1} are then final: no order of a later week reaches a stage before the end of the next
   * (every link has an order delay).
   */
  void close(int week, GameChain chain, int turns) {
    EnumMap<Role, RuleRef> policies = new EnumMap<>(Role.class);
    for (Seat s : seats.values()) {
      s.decide(week);
      policies.put(s.role(), s.byRule() ? chain.computerRule(s.role()) : chain.scripted(s.orders(week), week));
    }
    latest = chain.run(policies, turns);
    for (Seat s : seats.values()) {
      if (s.byRule()) {
        s.ruleOrdered(week, latest.order(s.role(), week));
      }
    }
  }

  /** Every stage by the orders of its first {@code weeks} weeks: the policies of the saved game. */
  Map<Role, RuleRef> scripted(GameChain chain, int weeks) {
    EnumMap<Role, RuleRef> policies = new EnumMap<>(Role.class);
    for (Seat s : seats.values()) {
      policies.put(s.role(), chain.scripted(s.orders(weeks), weeks));
    }
    return policies;
  }
}
