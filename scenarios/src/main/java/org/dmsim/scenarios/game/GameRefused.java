package org.dmsim.scenarios.game;

/**
 * A request a {@link BeerGame} turns down — a wrong code, a taken seat, an order that is not a whole
 * number of cases in range, an order while the game is paused — with a message for the person who made
 * it: what was wrong and what is expected. Nothing in the game has changed when it is thrown.
 */
public final class GameRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal saying {@code message}. */
  public GameRefused(String message) {
    super(message);
  }
}
