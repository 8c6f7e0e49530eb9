package org.dmsim.scenarios.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dmsim.scenarios.game.BeerGame;
import org.dmsim.scenarios.game.GameSettings;
import org.dmsim.scenarios.game.Role;
import org.dmsim.scenarios.yaml.ScenarioException;

/**
 * The load script of the multiplayer Beer Game: a game server on the loopback address and one simulated
 * player per seat, each on its own thread doing what the player's page does — join, poll its view every
 * {@link #POLL_MS}, and once a new week shows, think for a while (0 to {@code thinkMs}, seeded) and order.
 * It measures, over HTTP, how long the server takes to answer an order, the orders that close a turn
 * (every team's chain run again) on their own, and a poll.
 */
public final class GameLoad {
  /** How often a simulated player asks for its view, as the page does. */
  public static final long POLL_MS = 1000;

  private GameLoad() {}

  /**
   * What a load run measured, latencies in ms.
   *
   * @param players        players (teams × 4)
   * @param teams          teams
   * @param turns          turns played
   * @param orders         orders answered
   * @param orderMs        every order's answer time, sorted
   * @param closingMs      the answer times of the orders that closed a turn, sorted
   * @param pollMs         every poll's answer time, sorted
   * @param wallSeconds    the whole game, from the start to the last turn
   */
  public record Result(int players, int teams, int turns, int orders, double[] orderMs, double[] closingMs,
      double[] pollMs, double wallSeconds) {
    /** The {@code q}-quantile (0 to 1) of sorted {@code values}, nearest rank; NaN when empty. */
    public static double quantile(double[] values, double q) {
      if (values.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(q * values.length);
      return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
  }

  /**
   * Plays a game of {@code teams} teams and {@code turns} turns on {@code gameFile} with every seat taken
   * by a simulated player who thinks up to {@code thinkMs} before each order ({@code seed} draws the
   * thinking times and the orders).
   *
   * @throws ScenarioException if the game file cannot be read
   */
  public static Result run(Path gameFile, int teams, int turns, long thinkMs, long seed)
      throws ScenarioException, IOException, InterruptedException {
    BeerGame game = BeerGame.create(gameFile, new GameSettings(teams, turns, 3600, new TreeMap<>()));
    String key = WebServer.newKey();
    Path saved = java.nio.file.Files.createTempDirectory("dmsim-game-load").resolve("game.yaml");
    try (WebServer server = WebServer.game(game, key, "127.0.0.1", 0, saved)) {
      URI base = URI.create(server.url());
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      int players = teams * Role.values().length;
      List<String> tokens = new ArrayList<>();
      for (int t = 1; t <= teams; t++) {
        for (Role r : Role.values()) {
          JsonNode joined = send(http, base, "POST", "/api/game/join", "{\"code\": \"" + game.code() + "\", \"name\": "
              + "\"player-" + t + "-" + r.label() + "\", \"team\": " + t + ", \"role\": \"" + r.label() + "\"}", null);
          tokens.add(joined.path("token").asText());
        }
      }
      send(http, base, "POST", "/api/game/admin/start?key=" + key, "", null);
      long started = System.nanoTime();
      ConcurrentLinkedQueue<Double> orderMs = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Double> closingMs = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Double> pollMs = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(players);
      try {
        List<Future<?>> done = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        for (String token : tokens) {
          SplittableRandom random = seeds.split();
          done.add(pool.submit(() -> {
            play(http, base, token, turns, thinkMs, random, orderMs, closingMs, pollMs);
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("a simulated player failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      double wall = (System.nanoTime() - started) / 1e9;
      return new Result(players, teams, turns, orderMs.size(), sorted(orderMs), sorted(closingMs), sorted(pollMs), wall);
    }
  }

  private static void play(HttpClient http, URI base, String token, int turns, long thinkMs, SplittableRandom random,
      ConcurrentLinkedQueue<Double> orderMs, ConcurrentLinkedQueue<Double> closingMs,
      ConcurrentLinkedQueue<Double> pollMs) throws IOException, InterruptedException {
    int ordered = 0;
    while (ordered < turns) {
      double[] took = new double[1];
      JsonNode view = send(http, base, "GET", "/api/game/me?token=" + token, null, took);
      pollMs.add(took[0]);
      if (view.path("state").asText().equals("FINISHED")) {
        return;
      }
      if (view.path("turn").asInt() == ordered + 1 && !view.path("orderedThisTurn").asBoolean()) {
        Thread.sleep(thinkMs > 0 ? random.nextLong(thinkMs + 1) : 0);
        long cases = 4 + random.nextInt(9);
        JsonNode after = send(http, base, "POST", "/api/game/order", "{\"token\": \"" + token + "\", \"order\": " + cases
            + "}", took);
        orderMs.add(took[0]);
        if (after.path("turn").asInt() > ordered + 1 || after.path("state").asText().equals("FINISHED")) {
          closingMs.add(took[0]);
        }
        ordered++;
        continue;
      }
      Thread.sleep(POLL_MS);
    }
  }

  private static JsonNode send(HttpClient http, URI base, String method, String path, String body, double[] took)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (took != null) {
      took[0] = (System.nanoTime() - t0) / 1e6;
    }
    if (r.statusCode() != 200) {
      throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return Json.MAPPER.readTree(r.body());
  }

  private static double[] sorted(ConcurrentLinkedQueue<Double> q) {
    double[] a = q.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a;
  }
}
