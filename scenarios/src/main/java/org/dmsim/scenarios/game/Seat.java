package org.dmsim.scenarios.game;

import java.util.Arrays;

/**
 * One role of one team: who sits there and the orders it has placed week by week. A seat is played by
 * the rule until its player enters an order: while {@link #byRule()}, each week's order is whatever the
 * computer player's rule orders in the simulation; from the first order entered on, the seat's orders are
 * the ones entered (a week without one repeats the last). Mutable, confined to the game's thread.
 */
final class Seat {
  private final Role role;
  private final long[] orders;
  private String player = "";
  private String token = "";
  private boolean byRule = true;
  private long entered = -1;

  Seat(Role role, int turns) {
    this.role = role;
    this.orders = new long[turns];
  }

  Role role() {
    return role;
  }

  /** Whether a player sits here (else the computer plays it). */
  boolean human() {
    return !player.isEmpty();
  }

  /** The player's name, or {@code computer}. */
  String sitter() {
    return human() ? player : "computer";
  }

  String token() {
    return token;
  }

  void seat(String playerName, String seatToken) {
    this.player = playerName;
    this.token = seatToken;
  }

  /** Whether every order so far is the rule's (no order was ever entered here). */
  boolean byRule() {
    return byRule;
  }

  /** Whether an order is entered for the open turn. */
  boolean ordered() {
    return entered >= 0;
  }

  /** The order entered for the open turn, or -1. */
  long entered() {
    return entered;
  }

  void enter(long cases) {
    entered = cases;
  }

  /** The order of {@code week} (1-based), once decided. */
  long order(int week) {
    return orders[week - 1];
  }

  /** The orders of the first {@code weeks} weeks. */
  long[] orders(int weeks) {
    return Arrays.copyOf(orders, weeks);
  }

  /**
   * Decides this seat's order of {@code week} when the turn closes, if a player decides it: the order
   * entered, else the last order, else (never ordered) none — the rule decides it in the run.
   */
  void decide(int week) {
    if (entered >= 0) {
      orders[week - 1] = entered;
      byRule = false;
    } else if (!byRule) {
      orders[week - 1] = orders[week - 2];
    }
    entered = -1;
  }

  /** Records the rule's order of {@code week}, read from the run, for a seat the rule plays. */
  void ruleOrdered(int week, long cases) {
    orders[week - 1] = cases;
  }
}
