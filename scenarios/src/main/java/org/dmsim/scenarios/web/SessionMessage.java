package org.dmsim.scenarios.web;

import java.util.function.LongFunction;
import akka.actor.typed.ActorRef;
import org.dmsim.scenarios.live.Intervention;

/** What the routes ask the {@link LiveSessionActor}; every request is answered with one {@link Reply}. */
sealed interface SessionMessage {
  /** A request from the page, answered on {@code replyTo}. */
  sealed interface Request extends SessionMessage {
    ActorRef<Reply> replyTo();
  }

  /** The network the maps draw ({@link LiveNetworkJson}). */
  record GetNetwork(ActorRef<Reply> replyTo) implements Request {}

  /** The session's state ({@link LiveStateJson}). */
  record GetState(ActorRef<Reply> replyTo) implements Request {}

  /** Play: one simulated day every {@code dayMs} of wall time until paused or the end of the run. */
  record Play(ActorRef<Reply> replyTo) implements Request {}

  /** Pause. */
  record Pause(ActorRef<Reply> replyTo) implements Request {}

  /** Pause and step {@code days} simulated days. */
  record Step(long days, ActorRef<Reply> replyTo) implements Request {}

  /** Pause and start again from day 0, without interventions. */
  record Restart(ActorRef<Reply> replyTo) implements Request {}

  /** Set the pace: {@code dayMs} ms of wall time per simulated day. */
  record SetPace(long dayMs, ActorRef<Reply> replyTo) implements Request {}

  /** Apply the intervention {@code at} makes of the current simulated time (ms) to every variant. */
  record Intervene(LongFunction<Intervention> at, ActorRef<Reply> replyTo) implements Request {}

  /** The session so far as an experiment file (YAML) that {@code dmsim run} replays. */
  record GetRecording(ActorRef<Reply> replyTo) implements Request {}

  /** The pacing timer: one simulated day. */
  enum Tick implements SessionMessage { INSTANCE }
}
