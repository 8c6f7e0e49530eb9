package org.dmsim.scenarios.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.scenarios.cli.Main;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A played game saved as an experiment file: read by the ordinary loader and run by the ordinary runner
 * (and {@code dmsim run}), it gives every team's weekly series exactly as the game showed them.
 */
class SavedGameTest {
  @Test
  void save_replaysEveryTeamsWeeksExactly_andDmsimRunRunsIt(@TempDir Path dir) throws Exception {
    Path gameFile = dir.resolve("beer-game.yaml");
    Files.copy(BeerGameTest.GAME, gameFile);
    BeerGame game = BeerGame.create(gameFile, GameSettings.of(3));
    String ann = game.join(game.code(), "Ann \"the brewer\"", 1, "retailer");
    String bob = game.join(game.code(), "Bob", 1, "distributor");
    String cleo = game.join(game.code(), "Cleo", 3, "factory");
    game.start(0);
    SplittableRandom random = new SplittableRandom(5);
    List<PlayerView> annSaw = new ArrayList<>();
    for (int week = 1; week <= 36; week++) {
      annSaw.add(game.playerView(ann, 0));
      game.order(ann, Integer.toString(random.nextInt(0, 25)), 0);
      if (week % 3 != 0) {
        game.order(bob, Integer.toString(random.nextInt(0, 25)), 0);
      }
      if (week > 4 && !game.playerView(cleo, 0).orderedThisTurn()) {
        game.order(cleo, Integer.toString(random.nextInt(0, 25)), 0);
      }
      if (game.weeksPlayed() < week) {
        game.closeTurn(0);
      }
    }
    assertThat(game.state()).isEqualTo(GameState.FINISHED);
    Path saved = dir.resolve("played.yaml");
    game.save().writeTo(saved);
    String yaml = Files.readString(saved);
    assertThat(yaml).contains("kind: experiment").contains("file: \"beer-game.yaml\"")
        .contains("# team-1: retailer Ann \"the brewer\", wholesaler computer, distributor Bob, factory computer")
        .contains("nodes[retailer].stock[beer].policy={rule: scripted-orders, params: {period: '1w', values: '");

    Experiment e = ScenarioLoader.loadExperiment(saved);
    assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly("team-1", "team-2", "team-3");
    List<ExperimentRun> runs = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, ProgressListener.none());
    Debrief d = game.debrief();
    for (int t = 0; t < 3; t++) {
      Experiment.Variant v = e.variants().get(t);
      assertThat(v.spec()).isEqualTo(game.chain().spec(game.savedPolicies().get(t), 36));
      List<EchelonSeries> replayed = EchelonSeries.of(v.spec(), runs.get(t).result());
      for (int r = 0; r < 4; r++) {
        Debrief.EchelonDebrief shown = d.teams().get(t).echelons().get(r);
        EchelonSeries s = replayed.get(r);
        assertThat(shown.orders()).isEqualTo(BeerGameTest.units(s.orders()));
        assertThat(shown.onHand()).isEqualTo(BeerGameTest.units(s.onHand()));
        assertThat(shown.backlog()).isEqualTo(BeerGameTest.units(s.backlog()));
        assertThat(shown.demand()).isEqualTo(BeerGameTest.units(s.demand()));
        assertThat(shown.cost()).containsExactlyElementsOf(java.util.Arrays.stream(s.cost()).boxed().toList());
      }
    }
    // what Ann saw each week is the replay's
    for (int week = 1; week <= 36; week++) {
      assertThat(annSaw.get(week - 1).onHand()).isEqualTo(d.teams().get(0).echelons().get(0).onHand().get(week - 1));
      assertThat(annSaw.get(week - 1).backlog()).isEqualTo(d.teams().get(0).echelons().get(0).backlog().get(week - 1));
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream x = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(new String[] {"run", saved.toString(), "--out", dir.resolve("out").toString()}, o, x);
    }
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("team-1").contains("team-3");
  }

  @Test
  void save_beforeTheEnd_coversTheWeeksPlayed(@TempDir Path dir) throws Exception {
    Path gameFile = dir.resolve("beer-game.yaml");
    Files.copy(BeerGameTest.GAME, gameFile);
    BeerGame game = BeerGame.create(gameFile, GameSettings.of(1));
    game.start(0);
    for (int week = 1; week <= 5; week++) {
      game.closeTurn(0);
    }
    Path saved = dir.resolve("five.yaml");
    game.save().writeTo(saved);
    Experiment e = ScenarioLoader.loadExperiment(saved);
    List<ExperimentRun> runs = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, ProgressListener.none());
    List<EchelonSeries> replayed = EchelonSeries.of(e.variants().get(0).spec(), runs.get(0).result());
    assertThat(replayed.get(0).periods()).isEqualTo(5);
    assertThat(BeerGameTest.units(replayed.get(3).orders()))
        .isEqualTo(game.debrief().teams().get(0).echelons().get(3).orders());
  }
}
