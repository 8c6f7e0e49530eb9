package org.dmsim.scenarios.web;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Scheduler;
import akka.actor.typed.javadsl.AskPattern;
import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.CacheControl;
import akka.http.javadsl.model.headers.CacheDirectives;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.unmarshalling.Unmarshaller;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.concurrent.CompletionStage;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.scenarios.live.Intervention;

/**
 * The live page's routes: the page and its assets from the jar ({@code /}, {@code /assets/...}), and the
 * API the page calls — {@code GET /api/network}, {@code GET /api/state}, {@code GET /api/recording},
 * {@code POST /api/play|pause|step|restart|pace}, and the interventions {@code POST /api/knockout},
 * {@code /api/disaster}, {@code /api/surge} with a JSON body. A bad body or field is answered 400 with
 * {@code {"error": "..."}} naming the field and what it expects; nothing changes then. docs/live.md lists
 * every route with its fields.
 */
final class LiveRoutes extends AllDirectives {
  /** How long a request waits for the session (an intervention re-runs the variants from day 0). */
  static final Duration ASK_TIMEOUT = Duration.ofSeconds(120);
  /** Where the page and its assets are, on the class path. */
  static final String ASSETS = "org/dmsim/scenarios/web/";

  private final ActorRef<SessionMessage> session;
  private final Scheduler scheduler;
  /** Numbers the regional disasters of the server's sessions, for their names in the recording. */
  private final AtomicInteger disasters = new AtomicInteger();

  LiveRoutes(ActorRef<SessionMessage> session, Scheduler scheduler) {
    this.session = session;
    this.scheduler = scheduler;
  }

  Route routes() {
    return concat(
        pathSingleSlash(() -> get(() -> getFromResource(ASSETS + "live.html", ContentTypes.TEXT_HTML_UTF8))),
        pathPrefix("assets", () -> get(() -> getFromResourceDirectory(ASSETS + "assets"))),
        pathPrefix("api", () -> concat(
            path("network", () -> get(() -> ask(SessionMessage.GetNetwork::new))),
            path("state", () -> get(() -> ask(SessionMessage.GetState::new))),
            path("recording", () -> get(() -> ask(SessionMessage.GetRecording::new))),
            path("play", () -> post(() -> ask(SessionMessage.Play::new))),
            path("pause", () -> post(() -> ask(SessionMessage.Pause::new))),
            path("restart", () -> post(() -> ask(SessionMessage.Restart::new))),
            path("step", () -> post(() -> body(f -> {
              long days = f.wholeNumber("days", 1);
              return replyTo -> new SessionMessage.Step(days, replyTo);
            }))),
            path("pace", () -> post(() -> body(f -> {
              long dayMs = f.wholeNumber("dayMs", -1);
              return replyTo -> new SessionMessage.SetPace(dayMs, replyTo);
            }))),
            path("knockout", () -> post(() -> body(f -> {
              String site = f.text("site");
              long forMs = f.days("days");
              return intervene(now -> new Intervention.SiteOutage(site, now, forMs));
            }))),
            path("disaster", () -> post(() -> body(f -> {
              GeoPoint centre = f.place();
              double radiusKm = f.number("radiusKm");
              long forMs = f.days("days");
              String name = "live-disaster-" + disasters.incrementAndGet();
              return intervene(now -> new Intervention.RegionalDisaster(name, centre, radiusKm, now, forMs));
            }))),
            path("surge", () -> post(() -> body(f -> {
              double factor = f.number("factor");
              long forMs = f.days("days");
              String region = f.textOr("region", "*");
              String product = f.textOr("product", "*");
              return intervene(now -> new Intervention.DemandSurge(region, product, factor, now, forMs));
            }))))),
        complete(StatusCodes.NOT_FOUND, "no such page"));
  }

  private static Function<ActorRef<Reply>, SessionMessage> intervene(
      LongFunction<Intervention> at) {
    return replyTo -> new SessionMessage.Intervene(at, replyTo);
  }

  /** Reads the JSON body (an empty body is {}), builds the request from its fields, or answers 400. */
  private Route body(RequestFields.Builder<SessionMessage> build) {
    return entity(Unmarshaller.entityToString(), text -> {
      Function<ActorRef<Reply>, SessionMessage> request;
      try {
        request = build.build(RequestFields.parse(text));
      } catch (RequestFields.BadField e) {
        return respond(Reply.refused(e.getMessage()));
      }
      return ask(request::apply);
    });
  }

  private Route ask(Function<ActorRef<Reply>, SessionMessage> request) {
    CompletionStage<HttpResponse> reply = AskPattern.<SessionMessage, Reply>ask(session, request::apply, ASK_TIMEOUT,
        scheduler).thenApply(LiveRoutes::response);
    return completeWithFuture(reply);
  }

  private Route respond(Reply reply) {
    return complete(response(reply));
  }

  static HttpResponse response(Reply reply) {
    ContentType type = Reply.YAML.equals(reply.contentType())
        ? MediaTypes.applicationWithFixedCharset("yaml", HttpCharsets.UTF_8).toContentType()
        : ContentTypes.APPLICATION_JSON;
    return HttpResponse.create().withStatus(reply.status()).withEntity(type, reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .addHeader(CacheControl.create(CacheDirectives.NO_STORE));
  }
}
