package org.dmsim.scenarios.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.dmsim.scenarios.game.BeerGame;
import org.dmsim.scenarios.game.GameSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WebServer#game}'s routes ({@link GameRoutes}), over HTTP on 127.0.0.1, without a browser. */
class GameRoutesTest {
  private static final Path GAME = Path.of("library/beer-game.yaml");
  private static final String KEY = "0123456789abcdef0123456789abcdef";

  @TempDir
  Path dir;

  private WebServer server;
  private BeerGame game;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void serve() throws Exception {
    game = BeerGame.create(GAME, new GameSettings(2, 4, 600, new TreeMap<>()), new SplittableRandom(7));
    server = WebServer.game(game, KEY, "127.0.0.1", 0, dir.resolve("game.yaml"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pages_areServed_andTheRootLeadsPlayersToTheirs() throws Exception {
    for (String page : new String[] {"/play", "/game", "/debrief", "/assets/play.js", "/assets/game.js",
        "/assets/debrief.js", "/assets/charts.js", "/assets/game.css"}) {
      HttpResponse<String> r = get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.body()).as(page).doesNotContain("https://", "http://cdn");
    }
    HttpResponse<String> root = get("/");
    assertThat(root.statusCode()).isEqualTo(303);
    assertThat(root.headers().firstValue("location")).hasValue("/play");
  }

  @Test
  void join_thenMe_keepsTheSeat_andWrongCodesOrTakenSeatsAreRefused() throws Exception {
    JsonNode lobby = json(get("/api/game/lobby"));
    assertThat(lobby.path("teams").asInt()).isEqualTo(2);
    assertThat(lobby.path("roles").toString()).isEqualTo("[\"retailer\",\"wholesaler\",\"distributor\",\"factory\"]");
    assertThat(lobby.has("code")).as("the lobby does not give the code away").isFalse();

    JsonNode ann = json(post("/api/game/join", join(game.code(), "Ann", 1, "wholesaler")));
    String token = ann.path("token").asText();
    assertThat(token).hasSizeGreaterThan(15);
    JsonNode again = json(get("/api/game/me?token=" + token));
    assertThat(again.path("player").asText()).isEqualTo("Ann");
    assertThat(again.path("role").asText()).isEqualTo("wholesaler");
    assertThat(again.path("team").asInt()).isEqualTo(1);

    refused(post("/api/game/join", join(game.code(), "Bob", 1, "wholesaler")), 400,
        "team 1's wholesaler is taken by Ann; free seats in team 1: retailer, distributor, factory");
    refused(post("/api/game/join", join("ZZZZZ", "Bob", 1, "retailer")), 400, "code: no game has the code \"ZZZZZ\"");
    refused(post("/api/game/join", join(game.code(), "Bob", 3, "retailer")), 400, "team");
    refused(post("/api/game/join", "{\"code\": \"" + game.code() + "\", \"name\": \"Bob\", \"team\": \"one\"}"), 400,
        "team: expected a whole number, got \"one\"");
    refused(get("/api/game/me?token=not-a-seat"), 400, "join the game again with its code");
  }

  @Test
  void orders_badOnesAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
    String token = json(post("/api/game/join", join(game.code(), "Ann", 1, "retailer"))).path("token").asText();
    json(post("/api/game/admin/start?key=" + KEY, ""));
    for (String bad : new String[] {"\"-4\"", "\"lots\"", "\"2.5\"", "1000000", "\"\""}) {
      refused(post("/api/game/order", "{\"token\": \"" + token + "\", \"order\": " + bad + "}"), 400,
          "order: expected a whole number of cases from 0 to 1000");
    }
    refused(post("/api/game/order", "{\"token\": \"" + token + "\", \"order\": [4]}"), 400,
        "order: expected a whole number of cases, got [4]");
    JsonNode me = json(get("/api/game/me?token=" + token));
    assertThat(me.path("orderedThisTurn").asBoolean()).isFalse();
    assertThat(me.path("turn").asInt()).isEqualTo(1);

    JsonNode ordered = json(post("/api/game/order", "{\"token\": \"" + token + "\", \"order\": \" 7 \"}"));
    assertThat(ordered.path("turn").asInt()).as("the only player ordered: the turn closed").isEqualTo(2);
    assertThat(ordered.path("lastOrder").asLong()).isEqualTo(7);
  }

  @Test
  void facilitator_needsTheKey_runsTheGame_andTheDebriefAndSavedGameFollow() throws Exception {
    refused(get("/api/game/admin"), 403, "key: only the facilitator's page");
    refused(post("/api/game/admin/start?key=wrong", ""), 403, "key:");
    refused(get("/api/game/saved?key=wrong"), 403, "key:");
    refused(post("/api/game/admin/fly?key=" + KEY, ""), 400, "action: expected start, pause, resume, close-turn or end");
    refused(post("/api/game/admin/pause?key=" + KEY, ""), 400, "");
    JsonNode view = json(get("/api/game/admin?key=" + KEY));
    assertThat(view.path("code").asText()).isEqualTo(game.code());
    assertThat(view.path("state").asText()).isEqualTo("LOBBY");
    assertThat(view.path("teams").get(1).path("seats").get(3).path("sitter").asText()).isEqualTo("computer");

    String token = json(post("/api/game/join", join(game.code(), "Ann", 2, "factory"))).path("token").asText();
    json(post("/api/game/admin/start?key=" + KEY, ""));
    refused(get("/api/game/debrief"), 400, "debrief: it opens when the game is over (0 of 4 weeks played)");
    for (int week = 1; week <= 4; week++) {
      json(post("/api/game/order", "{\"token\": \"" + token + "\", \"order\": " + (week * 3) + "}"));
    }
    JsonNode over = json(get("/api/game/admin?key=" + KEY));
    assertThat(over.path("state").asText()).isEqualTo("FINISHED");

    JsonNode debrief = json(get("/api/game/debrief"));
    assertThat(debrief.path("weeks").asInt()).isEqualTo(4);
    JsonNode factory = debrief.path("teams").get(1).path("echelons").get(3);
    assertThat(factory.path("playedBy").asText()).isEqualTo("Ann");
    assertThat(factory.path("orders").toString()).isEqualTo("[3,6,9,12]");
    assertThat(debrief.path("byRule")).hasSize(4);

    HttpResponse<String> saved = get("/api/game/saved?key=" + KEY);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("scripted-orders", "3 6 9 12");
    assertThat(Files.readString(dir.resolve("game.yaml"))).isEqualTo(saved.body());
  }

  private static String join(String code, String name, int team, String role) {
    return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"team\": " + team + ", \"role\": \"" + role + "\"}";
  }

  private static void refused(HttpResponse<String> r, int status, String message) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(Json.MAPPER.readTree(r.body()).path("error").asText()).contains(message);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }
}
