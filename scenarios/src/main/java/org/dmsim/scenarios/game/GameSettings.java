package org.dmsim.scenarios.game;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the facilitator chooses when creating a {@link BeerGame}.
 *
 * @param teams             teams, 1 to {@link #MAX_TEAMS}, each with the four roles
 * @param turns             weeks to play, 1 to the weeks of the game file (36 in the classic game)
 * @param turnSeconds       how long a turn stays open before the timer closes it, 5 to 3600 s
 * @param computerOverrides parameters of the computer players' rule that replace the game file's on every
 *                          stage (e.g. {@code theta: 0.36, beta: 0.34}); empty to play the file's rules
 */
public record GameSettings(int teams, int turns, int turnSeconds, SortedMap<String, String> computerOverrides) {
  /** The most teams a game may have. */
  public static final int MAX_TEAMS = 20;
  /** The classic game's length, weeks. */
  public static final int DEFAULT_TURNS = 36;
  /** The default turn timer, s. */
  public static final int DEFAULT_TURN_SECONDS = 60;

  public GameSettings {
    if (teams < 1 || teams > MAX_TEAMS) {
      throw new GameRefused("teams: expected 1 to " + MAX_TEAMS + ", got " + teams);
    }
    if (turns < 1) {
      throw new GameRefused("turns: expected at least 1, got " + turns);
    }
    if (turnSeconds < 5 || turnSeconds > 3600) {
      throw new GameRefused("turnSeconds: expected 5 to 3600, got " + turnSeconds);
    }
    computerOverrides = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(
        Objects.requireNonNull(computerOverrides, "computerOverrides")));
  }

  /** {@code teams} teams, 36 turns of 60 s, computer players by the game file's rules. */
  public static GameSettings of(int teams) {
    return new GameSettings(teams, DEFAULT_TURNS, DEFAULT_TURN_SECONDS, new TreeMap<>());
  }

  /** These settings with {@code n} turns. */
  public GameSettings withTurns(int n) {
    return new GameSettings(teams, n, turnSeconds, computerOverrides);
  }

  /** These settings with a turn timer of {@code seconds}. */
  public GameSettings withTurnSeconds(int seconds) {
    return new GameSettings(teams, turns, seconds, computerOverrides);
  }

  /** These settings with the computer players' rule parameters {@code overrides} (replacing earlier ones). */
  public GameSettings withComputer(Map<String, String> overrides) {
    return new GameSettings(teams, turns, turnSeconds, new TreeMap<>(overrides));
  }
}
