package org.dmsim.scenarios.web;

import akka.actor.typed.ActorRef;

/** What the routes ask the {@link GameActor}; every request is answered with one {@link Reply}. */
sealed interface GameMessage {
  /** A request from a page, answered on {@code replyTo}. */
  sealed interface Request extends GameMessage {
    ActorRef<Reply> replyTo();
  }

  /** What the join form needs: the number of teams and the roles (no code, no names). */
  record Lobby(ActorRef<Reply> replyTo) implements Request {}

  /** A player takes a seat; answered with the seat's token and the player's view. */
  record Join(String code, String name, int team, String role, ActorRef<Reply> replyTo) implements Request {}

  /** The player's view of the seat with {@code token} (a reload or reconnect asks this). */
  record Me(String token, ActorRef<Reply> replyTo) implements Request {}

  /** The player of {@code token} orders {@code text} (checked: a whole number of cases). */
  record Order(String token, String text, ActorRef<Reply> replyTo) implements Request {}

  /** The facilitator's view; {@code key} must be the facilitator's. */
  record Admin(String key, ActorRef<Reply> replyTo) implements Request {}

  /** The facilitator starts, pauses, resumes or ends the game, or closes the turn now. */
  record Act(String key, String action, ActorRef<Reply> replyTo) implements Request {}

  /** The debrief, once the game is over. */
  record GetDebrief(ActorRef<Reply> replyTo) implements Request {}

  /** The played game as an experiment file (YAML) that {@code dmsim run} replays; facilitator only. */
  record GetSaved(String key, ActorRef<Reply> replyTo) implements Request {}

  /** The turn timer: closes the open turn when its time has run out. */
  enum Tick implements GameMessage { INSTANCE }
}
