package org.dmsim.scenarios.game;

/** Where a {@link BeerGame} is: players join in the lobby, order while it runs, and read the debrief when it is over. */
public enum GameState {
  /** Created: players join; no turn has started. */
  LOBBY,
  /** A turn is open: players order, the timer runs. */
  RUNNING,
  /** Stopped by the facilitator: no orders, the timer stands still. */
  PAUSED,
  /** Every turn played, or ended by the facilitator: the debrief and the saved game are final. */
  FINISHED
}
