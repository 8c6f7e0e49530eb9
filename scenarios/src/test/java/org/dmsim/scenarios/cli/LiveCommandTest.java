package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim live}: in a real process it prints the page's URL, serves it, and on Ctrl-C stops within
 * seconds with 130, keeping the recording; bad input is refused with exit 2 and a clear message before
 * anything is served.
 */
class LiveCommandTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(120)
  void live_servesThePage_andCtrlCStopsItKeepingTheRecording() throws Exception {
    Path out = dir.resolve("live");
    List<String> command = InterruptionProcessTest.signalDefault("INT");
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "live", "library/tiny-factory.yaml", "--port", "0",
        "--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile()).start();
    try {
      String url = awaitUrl(p);
      assertThat(url).startsWith("http://127.0.0.1:");
      HttpClient http = HttpClient.newHttpClient();
      assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
          .body()).contains("/assets/live.js");
      HttpResponse<String> hit = http.send(HttpRequest.newBuilder(URI.create(url + "api/knockout"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"site\": \"plant-frankfurt\", \"days\": 3}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(hit.statusCode()).as(hit.body()).isEqualTo(200);
      assertThat(Files.readString(dir.resolve("stdout"))).contains("live         tiny-factory-live: tiny-factory",
          "recording    " + out.resolve("recording.yaml"), "--variants-anywhere");

      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("dmsim live ends after SIGINT").isTrue();
      String err = Files.readString(dir.resolve("stderr"));
      assertThat(p.exitValue()).as(err).isEqualTo(130);
      assertThat(err).contains("dmsim: stopped the live server; the recording is " + out.resolve("recording.yaml"))
          .doesNotContain("Exception");
      assertThat(Files.readString(out.resolve("recording.yaml"))).contains("type: node-outage", "plant-frankfurt");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  @Timeout(120)
  void live_onAPortInUse_exits2SayingSoInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "live", "library/tiny-factory.yaml", "--port",
          String.valueOf(taken.getLocalPort()), "--out", dir.toString())
          .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(dir.resolve("stderr"));
      assertThat(p.exitValue()).as(err).isEqualTo(2);
      assertThat(err).startsWith("dmsim: live: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("choose another --port (0: any free one)").doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void live_badInput_exits2BeforeServing() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "format: 2\nname: broken\nhorizon: soon\n");
    CliRun bad = CliRun.of("live", broken.toString(), "--port", "0", "--out", dir.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains(broken + ":3:").doesNotContain("Exception");

    CliRun pace = CliRun.of("live", "library/tiny-factory.yaml", "--day-ms", "5");
    assertThat(pace.code()).isEqualTo(2);
    assertThat(pace.err()).contains("--day-ms expects 10 to 60000 ms per simulated day, got 5");

    CliRun noCase = CliRun.of("live", "library/eu-demo.yaml", "--case", "meteor", "--port", "0");
    assertThat(noCase.code()).isEqualTo(2);
    assertThat(noCase.err()).contains("--case: library/eu-demo.yaml has no case 'meteor'; its cases: baseline,");

    Path withOutage = dir.resolve("with-outage.yaml");
    Files.writeString(withOutage, Files.readString(Path.of("library/tiny-factory.yaml"))
        + "\ndisruptions:\n  - {type: node-outage, node: plant-frankfurt, at: 2d, for: 1d}\n");
    CliRun disrupted = CliRun.of("live", withOutage.toString(), "--port", "0", "--out", dir.toString());
    assertThat(disrupted.code()).isEqualTo(2);
    assertThat(disrupted.err()).contains("needs one without disruptions");
  }



  private String awaitUrl(Process p) throws Exception {
    Pattern page = Pattern.compile("page +(http://\\S+/)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      Matcher m = page.matcher(Files.readString(dir.resolve("stdout")));
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("dmsim live printed no URL: alive " + p.isAlive() + ", stderr:\n"
        + Files.readString(dir.resolve("stderr")));
  }

  @Test
  @Timeout(120)
  void liveGame_printsTheCodeAndBothPages_andCtrlCBeforeTheEndSavesNothing() throws Exception {
    Path out = dir.resolve("game");
    List<String> command = InterruptionProcessTest.signalDefault("INT");
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "live", "library/beer-game.yaml", "--game",
        "--teams", "3", "--turn-seconds", "30", "--port", "0", "--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile()).start();
    try {
      awaitLine(p, "stop ");
      String printed = Files.readString(dir.resolve("stdout"));
      assertThat(printed).contains("game         library/beer-game.yaml: 3 teams, 36 weeks, 30 s a turn");
      Matcher code = Pattern.compile("code +([A-Z0-9]{5})").matcher(printed);
      Matcher players = Pattern.compile("players +(http://127\\.0\\.0\\.1:\\d+/)play").matcher(printed);
      assertThat(code.find()).as(printed).isTrue();
      assertThat(players.find()).as(printed).isTrue();
      assertThat(printed).containsPattern("facilitator  http://127\\.0\\.0\\.1:\\d+/game\\?key=[0-9a-f]{32}");
      HttpResponse<String> joined = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(players.group(1) + "api/game/join")).POST(HttpRequest.BodyPublishers.ofString(
              "{\"code\": \"" + code.group(1) + "\", \"name\": \"Ann\", \"team\": 3, \"role\": \"factory\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);

      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String err = Files.readString(dir.resolve("stderr"));
      assertThat(p.exitValue()).as(err).isEqualTo(130);
      assertThat(err).contains("dmsim: stopped the game server; the game was not over, so nothing was saved");
      assertThat(out.resolve("game.yaml")).doesNotExist();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void liveGame_badSettingsOrAFileThatIsNoGame_exit2() {
    CliRun teams = CliRun.of("live", "library/beer-game.yaml", "--game", "--teams", "0", "--out", dir.toString());
    assertThat(teams.code()).isEqualTo(2);
    assertThat(teams.err()).contains("--teams: expected 1 to 20, got 0");
    CliRun timer = CliRun.of("live", "library/beer-game.yaml", "--game", "--turn-seconds", "1", "--out", dir.toString());
    assertThat(timer.code()).isEqualTo(2);
    assertThat(timer.err()).contains("--turn-seconds: expected 5 to 3600, got 1");
    CliRun computer = CliRun.of("live", "library/beer-game.yaml", "--game", "--computer", "beta=7", "--out",
        dir.toString());
    assertThat(computer.code()).isEqualTo(2);
    assertThat(computer.err()).contains("beta");
    CliRun notAGame = CliRun.of("live", "library/tiny-factory.yaml", "--game", "--out", dir.toString());
    assertThat(notAGame.code()).isEqualTo(2);
    assertThat(notAGame.err()).doesNotContain("Exception");
  }

  private void awaitLine(Process p, String start) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.readString(dir.resolve("stdout")).lines().anyMatch(l -> l.startsWith(start))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("dmsim printed no line '" + start + "': alive " + p.isAlive() + ", stderr:\n"
        + Files.readString(dir.resolve("stderr")));
  }
}
