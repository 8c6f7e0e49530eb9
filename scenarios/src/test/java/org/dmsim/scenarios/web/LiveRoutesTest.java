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
import java.time.Duration;
import org.dmsim.scenarios.cli.CliRun;
import org.dmsim.scenarios.live.LiveSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WebServer#live}'s routes ({@link LiveRoutes}), over HTTP on 127.0.0.1 (a free port), without a browser. */
class LiveRoutesTest {
  private static final Path TINY = Path.of("library/tiny-factory.yaml");
  private static final Path DEMO = Path.of("library/eu-demo.yaml");

  @TempDir
  Path dir;

  private WebServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void serve(Path file) throws Exception {
    server = WebServer.live(LiveSession.open(file), () -> {
      try {
        return LiveSession.open(file);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "127.0.0.1", 0, 1000, dir.resolve("recording.yaml"));
  }

  @Test
  void serves_onTheLoopbackAddressOnly_byDefaultAsked() throws Exception {
    serve(TINY);
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(server.url()).startsWith("http://127.0.0.1:").endsWith("/");
  }

  @Test
  void page_andItsAssets_comeFromTheServerAndNameNoOtherHost() throws Exception {
    serve(TINY);
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("/assets/live.js", "/assets/live.css").doesNotContain("http://", "https://", "//cdn");
    for (String asset : new String[] {"/assets/live.js", "/assets/live.css"}) {
      HttpResponse<String> a = get(asset);
      assertThat(a.statusCode()).as(asset).isEqualTo(200);
      assertThat(a.body()).as(asset).doesNotContain("https://", "http://cdn");
    }
    assertThat(get("/assets/nothing.js").statusCode()).isEqualTo(404);
    assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void network_hasEveryVariantsSitesAndTheBaseMapAroundThem() throws Exception {
    serve(DEMO);
    JsonNode n = json(get("/api/network"));
    assertThat(n.path("name").asText()).isEqualTo("eu-demo-live");
    assertThat(n.path("variants")).hasSize(2);
    assertThat(n.path("variants").get(0).path("name").asText()).isEqualTo("centralized");
    JsonNode kassel = find(n.path("variants").get(0).path("nodes"), "plant-kassel");
    assertThat(kassel.path("kind").asText()).isEqualTo("plant");
    assertThat(kassel.path("lat").asDouble()).isBetween(51.0, 51.6);
    assertThat(n.path("variants").get(1).path("lanes").size()).isGreaterThan(10);
    assertThat(n.path("basemap").size()).isGreaterThan(20);
    JsonNode box = n.path("box");
    assertThat(box.path("minLat").asDouble()).isLessThan(kassel.path("lat").asDouble());
    assertThat(box.path("maxLon").asDouble()).isGreaterThan(kassel.path("lon").asDouble());
  }

  @Test
  void state_atTheStart_isDayZeroPausedWithEverySiteWorking() throws Exception {
    serve(TINY);
    JsonNode s = json(get("/api/state"));
    assertThat(s.path("day").asDouble()).isZero();
    assertThat(s.path("horizonDays").asDouble()).isEqualTo(30.0);
    assertThat(s.path("playing").asBoolean()).isFalse();
    assertThat(s.path("variants")).hasSize(1);
    assertThat(s.path("variants").get(0).path("sites").path("plant-frankfurt").asText()).isEqualTo("WORKING");
    assertThat(s.path("variants").get(0).path("fillRate")).isEmpty();
    assertThat(s.has("digest")).isFalse();
  }

  @Test
  void step_advancesTheGivenDays_andTheDailySeriesGrowByThem() throws Exception {
    serve(TINY);
    JsonNode one = json(post("/api/step", ""));
    assertThat(one.path("day").asDouble()).isEqualTo(1.0);
    assertThat(one.path("variants").get(0).path("fillRate")).hasSize(1);
    JsonNode six = json(post("/api/step", "{\"days\": 5}"));
    assertThat(six.path("day").asDouble()).isEqualTo(6.0);
    assertThat(six.path("variants").get(0).path("dueUnits")).hasSize(6);
    assertThat(six.path("version").asLong()).isGreaterThan(one.path("version").asLong());
  }

  @Test
  void play_advancesOnItsOwn_andPauseStopsIt() throws Exception {
    serve(TINY);
    post("/api/pace", "{\"dayMs\": 20}");
    assertThat(json(post("/api/play", "")).path("playing").asBoolean()).isTrue();
    JsonNode s = json(get("/api/state"));
    for (int i = 0; i < 200 && s.path("day").asDouble() < 3; i++) {
      Thread.sleep(25);
      s = json(get("/api/state"));
    }
    assertThat(s.path("day").asDouble()).isGreaterThanOrEqualTo(3.0);
    JsonNode paused = json(post("/api/pause", ""));
    assertThat(paused.path("playing").asBoolean()).isFalse();
    Thread.sleep(150);
    assertThat(json(get("/api/state")).path("day").asDouble()).isEqualTo(paused.path("day").asDouble());
  }

  @Test
  void badRequests_are400NamingTheFieldAndWhatItExpects_andChangeNothing() throws Exception {
    serve(DEMO);
    JsonNode before = json(post("/api/step", "{\"days\": 2}"));
    assertRefused(post("/api/knockout", "{\"site\": \"plant-nowhere\", \"days\": 14}"),
        "site: 'plant-nowhere' is not a node or supplier of centralized, distributed", "dc-roissy");
    assertRefused(post("/api/knockout", "{\"site\": \"plant-kassel\", \"days\": 14}"),
        "is not a node or supplier of distributed");
    assertRefused(post("/api/knockout", "{\"site\": \"dc-roissy\", \"days\": -3}"),
        "days: expected a number of days above 0 and at most 3650, got -3");
    assertRefused(post("/api/knockout", "{\"site\": \"dc-roissy\", \"days\": \"many\"}"),
        "days: expected a number, got \"many\"");
    assertRefused(post("/api/knockout", "{\"days\": 3}"), "site: expected a text, got nothing");
    assertRefused(post("/api/knockout", "knock it out"), "body: expected a JSON object");
    assertRefused(post("/api/disaster", "{\"lat\": 95, \"lon\": 9, \"radiusKm\": 100, \"days\": 3}"),
        "lat: expected degrees north from -90 to 90, got 95");
    assertRefused(post("/api/surge", "{\"factor\": 2, \"days\": 3, \"region\": \"mars\"}"), "region: no region 'mars'");
    assertRefused(post("/api/pace", "{\"dayMs\": 1}"), "dayMs: expected 10 to 60000");
    assertRefused(post("/api/step", "{\"days\": 1.5}"), "days: expected a whole number, got 1.5");
    assertRefused(post("/api/step", "{\"days\": 0}"), "days: expected a whole number of days from 1 to 365");
    JsonNode after = json(get("/api/state"));
    assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
    assertThat(after.path("day").asDouble()).isEqualTo(2.0);
    assertThat(after.path("interventions")).isEmpty();
  }

  @Test
  void knockout_ofASiteOfEveryVariant_isDownInBoth_andTheRecordingReplaysToTheLiveDigest() throws Exception {
    serve(DEMO);
    post("/api/step", "{\"days\": 20}");
    JsonNode hit = json(post("/api/knockout", "{\"site\": \"dc-roissy\", \"days\": 10}"));
    for (JsonNode v : hit.path("variants")) {
      assertThat(v.path("sites").path("dc-roissy").asText()).as(v.path("name").asText()).isEqualTo("DOWN");
      assertThat(v.path("sites").path("dc-zaragoza").asText()).isEqualTo("WORKING");
    }
    assertThat(hit.path("interventions").get(0).path("atDay").asDouble()).isEqualTo(20.0);
    JsonNode disaster = json(post("/api/disaster", "{\"lat\": 51.31, \"lon\": 9.5, \"radiusKm\": 25, \"days\": 7}"));
    assertThat(disaster.path("variants").get(0).path("sites").path("plant-kassel").asText()).isEqualTo("DOWN");
    JsonNode end = json(post("/api/step", "{\"days\": 365}"));
    assertThat(end.path("finished").asBoolean()).isTrue();
    String digest = end.path("digest").asText();
    assertThat(digest).matches("[0-9a-f]{64}");

    HttpResponse<String> recording = get("/api/recording");
    assertThat(recording.statusCode()).isEqualTo(200);
    assertThat(recording.body()).contains("type: node-outage", "dc-roissy", "type: regional-disaster");
    Path written = dir.resolve("recording.yaml");
    assertThat(Files.readString(written)).isEqualTo(recording.body());
    assertThat(replayDigest(written)).isEqualTo(digest);
  }

  @Test
  void restart_goesBackToDayZeroWithoutInterventions() throws Exception {
    serve(TINY);
    post("/api/step", "{\"days\": 4}");
    post("/api/knockout", "{\"site\": \"plant-frankfurt\", \"days\": 2}");
    JsonNode s = json(post("/api/restart", ""));
    assertThat(s.path("day").asDouble()).isZero();
    assertThat(s.path("interventions")).isEmpty();
    assertThat(s.path("variants").get(0).path("sites").path("plant-frankfurt").asText()).isEqualTo("WORKING");
  }

  private static void assertRefused(HttpResponse<String> r, String... parts) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(Json.MAPPER.readTree(r.body()).path("error").asText()).contains(parts);
  }

  private static JsonNode find(JsonNode nodes, String id) {
    for (JsonNode n : nodes) {
      if (n.path("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no node " + id + " in " + nodes);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  private static String replayDigest(Path recording) {
    return CliRun.of("run", recording.toString(), "--variants-anywhere", "--quiet", "--out",
        recording.resolveSibling("replay").toString()).digest();
  }

}
