/**
 * The multiplayer Beer Game's core (issue 14, without the web server): a {@link
 * org.dmsim.scenarios.game.BeerGame} session with teams, seats, a turn timer and computer players, the
 * views a server shows, the debrief, and the saved game as an experiment file. The rule it must not
 * break: the game's state is the simulation's — every figure a player sees is read from an ordinary run
 * of the game file with each stage's orders so far, and the saved file replays exactly those runs.
 */
package org.dmsim.scenarios.game;
