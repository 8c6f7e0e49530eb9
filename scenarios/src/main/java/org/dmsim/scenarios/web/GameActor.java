package org.dmsim.scenarios.web;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.dmsim.scenarios.game.BeerGame;
import org.dmsim.scenarios.game.GameRefused;
import org.dmsim.scenarios.game.GameState;
import org.dmsim.scenarios.game.Role;

/**
 * The one owner of a {@link BeerGame} (which is confined to one thread): answers the players' and the
 * facilitator's requests in turn, closes turns whose timer ran out (a tick every {@link #TICK}), and
 * writes the saved game when the game is over. The facilitator's requests need the facilitator's key;
 * a refused request is answered 400 (403 for a wrong key) with the game's message and changes nothing.
 * Wall-clock time only paces the turns; what the chains do depends on the orders alone.
 */
final class GameActor extends AbstractBehavior<GameMessage> {
  /** How often the turn timer is checked. */
  static final Duration TICK = Duration.ofMillis(250);

  private final BeerGame game;
  private final byte[] key;
  private final Path savedFile;
  private final LongSupplier clock;
  private boolean saved;

  private GameActor(ActorContext<GameMessage> context, BeerGame game, String key, Path savedFile, LongSupplier clock) {
    super(context);
    this.game = game;
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.savedFile = savedFile;
    this.clock = clock;
  }

  /** The actor of {@code game}, the facilitator's {@code key}; the saved game goes to {@code savedFile}. */
  static Behavior<GameMessage> create(BeerGame game, String key, Path savedFile, LongSupplier clock) {
    return Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(GameMessage.Tick.INSTANCE, TICK);
      return Behaviors.setup(ctx -> new GameActor(ctx, game, key, savedFile, clock));
    });
  }

  @Override
  public Receive<GameMessage> createReceive() {
    return newReceiveBuilder()
        .onMessage(GameMessage.Lobby.class, m -> answer(m, this::lobby))
        .onMessage(GameMessage.Join.class, m -> answer(m, () -> join(m)))
        .onMessage(GameMessage.Me.class, m -> answer(m, () -> Json.MAPPER.writeValueAsString(
            game.rejoin(m.token(), clock.getAsLong()))))
        .onMessage(GameMessage.Order.class, m -> answer(m, () -> Json.MAPPER.writeValueAsString(
            game.order(m.token(), m.text(), clock.getAsLong()))))
        .onMessage(GameMessage.Admin.class, m -> facilitator(m, m.key(), this::facilitatorView))
        .onMessage(GameMessage.Act.class, m -> facilitator(m, m.key(), () -> act(m.action())))
        .onMessage(GameMessage.GetDebrief.class, m -> answer(m, this::debrief))
        .onMessage(GameMessage.GetSaved.class, m -> facilitator(m, m.key(), null))
        .onMessage(GameMessage.Tick.class, m -> {
          game.tick(clock.getAsLong());
          saveWhenOver();
          return this;
        })
        .build();
  }

  /** A JSON answer that may be refused. */
  @FunctionalInterface
  private interface Answer {
    String json() throws JsonProcessingException;
  }

  private Behavior<GameMessage> answer(GameMessage.Request m, Answer a) {
    Reply reply;
    try {
      reply = Reply.json(a.json());
    } catch (GameRefused e) {
      reply = Reply.refused(e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a view that cannot be written as JSON", e);
    }
    saveWhenOver();
    m.replyTo().tell(reply);
    return this;
  }

  private Behavior<GameMessage> facilitator(GameMessage.Request m, String given, Answer a) {
    if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
      m.replyTo().tell(new Reply(403, Reply.JSON, Json.error("key: only the facilitator's page (the URL dmsim printed, "
          + "with its key) may do this")));
      return this;
    }
    if (a == null) {
      Reply reply;
      try {
        reply = new Reply(200, Reply.YAML, game.save().yaml(savedFile.getParent()));
      } catch (GameRefused e) {
        reply = Reply.refused(e.getMessage());
      }
      m.replyTo().tell(reply);
      return this;
    }
    return answer(m, a);
  }

  private String lobby() {
    ObjectNode o = Json.object();
    o.put("state", game.state().name());
    o.put("teams", game.settings().teams());
    o.put("turns", game.settings().turns());
    Arrays.stream(Role.values()).forEach(r -> o.withArray("roles").add(r.label()));
    return Json.text(o);
  }

  private String join(GameMessage.Join m) throws JsonProcessingException {
    String token = game.join(m.code(), m.name(), m.team(), m.role());
    ObjectNode view = Json.MAPPER.valueToTree(game.playerView(token, clock.getAsLong()));
    view.put("token", token);
    return Json.text(view);
  }

  private String facilitatorView() throws JsonProcessingException {
    ObjectNode view = Json.MAPPER.valueToTree(game.facilitatorView(clock.getAsLong()));
    Arrays.stream(Role.values()).forEach(r -> view.withArray("roles").add(r.label()));
    return Json.text(view);
  }

  private String act(String action) throws JsonProcessingException {
    long now = clock.getAsLong();
    switch (action) {
      case "start" -> game.start(now);
      case "pause" -> game.pause(now);
      case "resume" -> game.resume(now);
      case "end" -> game.end();
      case "close-turn" -> game.closeTurn(now);
      default -> throw new GameRefused("action: expected start, pause, resume, close-turn or end, got \"" + action + "\"");
    }
    return facilitatorView();
  }

  private String debrief() throws JsonProcessingException {
    if (game.state() != GameState.FINISHED) {
      throw new GameRefused("debrief: it opens when the game is over (" + game.weeksPlayed() + " of "
          + game.settings().turns() + " weeks played)");
    }
    return Json.MAPPER.writeValueAsString(game.debrief());
  }

  /** Writes the saved game once, when the game is over (a game ended before its first week has none). */
  private void saveWhenOver() {
    if (saved || game.state() != GameState.FINISHED) {
      return;
    }
    saved = true;
    if (game.weeksPlayed() == 0) {
      return;
    }
    try {
      game.save().writeTo(savedFile);
    } catch (IOException | RuntimeException e) {
      getContext().getLog().error("cannot write the saved game to {}: {}", savedFile, e.toString());
    }
  }
}
