package org.dmsim.scenarios.game;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Objects;

/**
 * What a player's page shows: their seat and their stage at the end of week {@code turn}, where they
 * decide that week's order. While the game runs, {@code turn} is the open turn; once it is over, the last
 * week played.
 *
 * @param player           the player's name
 * @param team             the team, from 1
 * @param role             {@code retailer}, {@code wholesaler}, {@code distributor} or {@code factory}
 * @param stage            the stage's node id in the game file
 * @param state            where the game is
 * @param turn             the week the figures are at, from 1
 * @param turns            weeks in the game
 * @param onHand           cases on hand, after this week's shipment came in and orders were shipped
 * @param backlog          cases owed downstream (to the customers, for the retailer)
 * @param incomingOrder    cases ordered of this stage this week (the retailer: the customers' demand)
 * @param incomingShipment cases received this week
 * @param lastOrder        this seat's most recent order (of the week before; in week 1 the start's last order
 *                         in transit)
 * @param costSoFar        holding and backlog cost of weeks 1 to {@code turn}, EUR
 * @param orderedThisTurn  whether an order is entered for the open turn
 * @param orderEntered     that order, cases; 0 when none is entered
 * @param secondsLeft      seconds until the timer closes the turn (the full turn in the lobby, the time left
 *                         when paused, 0 once over)
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public record PlayerView(String player, int team, String role, String stage, GameState state, int turn, int turns,
    long onHand, long backlog, long incomingOrder, long incomingShipment, long lastOrder, double costSoFar,
    boolean orderedThisTurn, long orderEntered, long secondsLeft) {
  public PlayerView {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(state, "state");
  }
}
