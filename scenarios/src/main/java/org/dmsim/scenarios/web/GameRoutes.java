package org.dmsim.scenarios.web;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Scheduler;
import akka.actor.typed.javadsl.AskPattern;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.unmarshalling.Unmarshaller;
import java.util.function.Function;

/**
 * The Beer Game's routes: the player's page {@code /play} (and {@code /} leads there), the facilitator's
 * page {@code /game?key=...}, the debrief {@code /debrief}, their assets, and the API — for players
 * {@code GET /api/game/lobby}, {@code POST /api/game/join}, {@code GET /api/game/me?token=},
 * {@code POST /api/game/order}; for the facilitator (with {@code ?key=}) {@code GET /api/game/admin},
 * {@code POST /api/game/admin/start|pause|resume|close-turn|end}, {@code GET /api/game/saved}; for both
 * {@code GET /api/game/debrief}. docs/classroom.md lists the fields.
 */
final class GameRoutes extends AllDirectives {
  private final ActorRef<GameMessage> game;
  private final Scheduler scheduler;

  GameRoutes(ActorRef<GameMessage> game, Scheduler scheduler) {
    this.game = game;
    this.scheduler = scheduler;
  }

  Route routes() {
    return concat(
        pathSingleSlash(() -> redirect(akka.http.javadsl.model.Uri.create("/play"), StatusCodes.SEE_OTHER)),
        path("play", () -> get(() -> getFromResource(LiveRoutes.ASSETS + "play.html", ContentTypes.TEXT_HTML_UTF8))),
        path("game", () -> get(() -> getFromResource(LiveRoutes.ASSETS + "game.html", ContentTypes.TEXT_HTML_UTF8))),
        path("debrief", () -> get(() -> getFromResource(LiveRoutes.ASSETS + "debrief.html", ContentTypes.TEXT_HTML_UTF8))),
        pathPrefix("assets", () -> get(() -> getFromResourceDirectory(LiveRoutes.ASSETS + "assets"))),
        pathPrefix("api", () -> pathPrefix("game", () -> concat(
            path("lobby", () -> get(() -> ask(GameMessage.Lobby::new))),
            path("join", () -> post(() -> body(f -> {
              String code = f.textOr("code", "");
              String name = f.textOr("name", "");
              long team = f.wholeNumber("team", -1);
              String role = f.textOr("role", "");
              int t = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, team));
              return replyTo -> new GameMessage.Join(code, name, t, role, replyTo);
            }))),
            path("me", () -> get(() -> parameterOptional("token", token ->
                ask(replyTo -> new GameMessage.Me(token.orElse(""), replyTo))))),
            path("order", () -> post(() -> body(f -> {
              String token = f.textOr("token", "");
              String order = f.orderText("order");
              return replyTo -> new GameMessage.Order(token, order, replyTo);
            }))),
            path("debrief", () -> get(() -> ask(GameMessage.GetDebrief::new))),
            path("saved", () -> get(() -> parameterOptional("key", key ->
                ask(replyTo -> new GameMessage.GetSaved(key.orElse(""), replyTo))))),
            pathPrefix("admin", () -> parameterOptional("key", key -> concat(
                pathEnd(() -> get(() -> ask(replyTo -> new GameMessage.Admin(key.orElse(""), replyTo)))),
                path(action -> post(() -> ask(replyTo -> new GameMessage.Act(key.orElse(""), action, replyTo)))))))))),
        complete(StatusCodes.NOT_FOUND, "no such page"));
  }

  private Route body(RequestFields.Builder<GameMessage> build) {
    return entity(Unmarshaller.entityToString(), text -> {
      Function<ActorRef<Reply>, GameMessage> request;
      try {
        request = build.build(RequestFields.parse(text));
      } catch (RequestFields.BadField e) {
        return complete(LiveRoutes.response(Reply.refused(e.getMessage())));
      }
      return ask(request);
    });
  }

  private Route ask(Function<ActorRef<Reply>, GameMessage> request) {
    return completeWithFuture(AskPattern.<GameMessage, Reply>ask(game, request::apply, LiveRoutes.ASK_TIMEOUT, scheduler)
        .thenApply(LiveRoutes::response));
  }
}
