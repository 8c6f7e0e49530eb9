package org.dmsim.scenarios.game;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import java.util.Objects;

/**
 * What the facilitator's page shows: the game's code and state, and who sits in every seat.
 *
 * @param code        the code players join with
 * @param state       where the game is
 * @param turn        the open turn (while running or paused), the last week played once over, 1 in the lobby
 * @param turns       weeks in the game
 * @param turnSeconds the turn timer, s
 * @param secondsLeft seconds until the timer closes the turn (as in {@link PlayerView#secondsLeft()})
 * @param teams       the teams, in order
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public record FacilitatorView(String code, GameState state, int turn, int turns, int turnSeconds, long secondsLeft,
    List<TeamSeats> teams) {
  public FacilitatorView {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    teams = List.copyOf(teams);
  }

  /**
   * One team's seats.
   *
   * @param team  the team, from 1
   * @param seats retailer, wholesaler, distributor, factory
   */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public record TeamSeats(int team, List<SeatStatus> seats) {
    public TeamSeats {
      seats = List.copyOf(seats);
    }
  }

  /**
   * One seat.
   *
   * @param role            the role
   * @param sitter          the player's name, or {@code computer}
   * @param human           whether a player sits there
   * @param orderedThisTurn whether that player has entered an order for the open turn (false for the computer,
   *                        which orders when the turn closes)
   */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public record SeatStatus(String role, String sitter, boolean human, boolean orderedThisTurn) {
    public SeatStatus {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(sitter, "sitter");
    }
  }
}
