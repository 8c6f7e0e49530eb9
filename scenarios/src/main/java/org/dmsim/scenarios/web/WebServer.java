package org.dmsim.scenarios.web;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.dmsim.scenarios.game.BeerGame;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import akka.http.javadsl.server.Route;
import org.dmsim.scenarios.live.LiveSession;
import org.dmsim.sim.actor.AkkaBaseConfig;

/**
 * {@code dmsim live}'s server: an actor system with the actor that owns the session or game (on the
 * blocking dispatcher) and an Akka HTTP server of its routes, bound to {@code host:port}: {@link #live}
 * serves a {@link LiveSession} ({@link LiveRoutes}), {@link #game} a Beer Game ({@link GameRoutes}).
 * {@link #close()} unbinds and ends the actor system.
 */
public final class WebServer implements AutoCloseable {
  /** How long {@link #close()} waits for the actor system to end. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final ActorSystem<Void> system;
  private final ServerBinding binding;

  private WebServer(ActorSystem<Void> system, ServerBinding binding) {
    this.system = system;
    this.binding = binding;
  }

  /**
   * Serves {@code first} on {@code host:port} ({@code 0}: any free port), pacing one simulated day per
   * {@code dayMs} ms; a restart opens a fresh session with {@code reopen}; the recording is written to
   * {@code recordingFile}.
   *
   * @throws java.io.UncheckedIOException or another runtime exception if the address cannot be bound
   */
  public static WebServer live(LiveSession first, Supplier<LiveSession> reopen, String host, int port, long dayMs,
      Path recordingFile) {
    return start(host, port, system -> {
      ActorRef<SessionMessage> session = system.systemActorOf(LiveSessionActor.create(first, reopen, dayMs, recordingFile),
          "session", DispatcherSelector.blocking());
      return new LiveRoutes(session, system.scheduler()).routes();
    });
  }

  /**
   * Serves the Beer Game {@code game} on {@code host:port}: the players' page, and the facilitator's page
   * for whoever has {@code key}; the saved game is written to {@code savedFile} when the game is over.
   */
  public static WebServer game(BeerGame game, String key, String host, int port, Path savedFile) {
    return start(host, port, system -> {
      ActorRef<GameMessage> actor = system.systemActorOf(GameActor.create(game, key, savedFile,
          System::currentTimeMillis), "game", DispatcherSelector.blocking());
      return new GameRoutes(actor, system.scheduler()).routes();
    });
  }

  /** A new facilitator's key: 128 random bits from a {@link SecureRandom}, in hex. */
  public static String newKey() {
    byte[] bits = new byte[16];
    new SecureRandom().nextBytes(bits);
    return HexFormat.of().formatHex(bits);
  }

  /** Starts the actor system, builds the routes with it and binds them; ends the system if anything fails. */
  private static WebServer start(String host, int port, Function<ActorSystem<Void>, Route> routes) {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "dmsim-live", config());
    try {
      ServerBinding binding = Http.get(system).newServerAt(host, port).bind(routes.apply(system)).toCompletableFuture()
          .join();
      return new WebServer(system, binding);
    } catch (RuntimeException e) {
      system.terminate();
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** The address the server listens on. */
  public InetSocketAddress address() {
    return binding.localAddress();
  }

  /** The page's URL. */
  public String url() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
  }

  /** Unbinds and ends the actor system (waits at most {@link #STOP_TIMEOUT}). */
  @Override
  public void close() {
    try {
      binding.unbind().toCompletableFuture().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception ignored) {
      // ending the actor system below closes the socket anyway
    }
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception ignored) {
      // the JVM is ending or the test is over; nothing is left to keep
    }
  }

  static Config config() {
    return ConfigFactory.load(ConfigFactory.parseString(String.join("\n",
        "akka.http.server.request-timeout = 150s",
        "akka.http.server.server-header = dmsim")).withFallback(AkkaBaseConfig.of()));
  }

}
