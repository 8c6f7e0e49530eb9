package org.dmsim.scenarios.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.policy.AnchorAndAdjust;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.junit.jupiter.api.Test;

/**
 * A Beer Game session on the bundled {@code beer-game.yaml}: computer players, players' orders, the timer,
 * seats and refusals, each checked against ordinary runs of the game file.
 */
class BeerGameTest {
  static final Path GAME = Path.of("library", "beer-game.yaml");
  private static final long TURN_MS = GameSettings.DEFAULT_TURN_SECONDS * 1000L;

  static BeerGame game(GameSettings settings) throws Exception {
    return BeerGame.create(GAME, settings, new SplittableRandom(7));
  }

  @Test
  void allComputerPlayers_playTheChainOfTheGameFileExactly() throws Exception {
    BeerGame game = game(GameSettings.of(2));
    game.start(0);
    for (int turn = 1; turn <= 36; turn++) {
      assertThat(game.tick(turn * TURN_MS - 1)).isFalse();
      assertThat(game.tick(turn * TURN_MS)).as("turn %d", turn).isTrue();
    }
    assertThat(game.state()).isEqualTo(GameState.FINISHED);

    Scenarios file = Scenarios.load(GAME);
    List<EchelonSeries> byFile = EchelonSeries.of(file.network(),
        Simulation.run(file, SimulationOptions.of(file).withReplications(1)).runs().get(0));
    Debrief d = game.debrief();
    assertThat(d.weeks()).isEqualTo(36);
    for (int r = 0; r < 4; r++) {
      Debrief.EchelonDebrief rule = d.byRule().get(r);
      assertThat(rule.orders()).isEqualTo(units(byFile.get(r).orders()));
      assertThat(rule.onHand()).isEqualTo(units(byFile.get(r).onHand()));
      assertThat(rule.backlog()).isEqualTo(units(byFile.get(r).backlog()));
      assertThat(rule.totalCost()).isEqualTo(byFile.get(r).totalCost());
      for (Debrief.TeamDebrief team : d.teams()) {
        Debrief.EchelonDebrief e = team.echelons().get(r);
        assertThat(e.playedBy()).isEqualTo("computer");
        assertThat(e).usingRecursiveComparison().ignoringFields("playedBy").isEqualTo(rule);
      }
    }
    // the supply-line rule's cost in docs/beer-game.md
    assertThat(d.byRuleCostEur()).isCloseTo(1104.5, within(1e-9));
    assertThat(d.teams().get(0).totalCost()).isCloseTo(1104.5, within(1e-9));
  }

  @Test
  void fourPlayers_playThirtySixTurns_theirOrdersAreTheChainsAndEachViewIsThatWeek() throws Exception {
    BeerGame game = game(GameSettings.of(1));
    List<String> tokens = new ArrayList<>();
    for (Role r : Role.values()) {
      tokens.add(game.join(game.code(), "player " + r.label(), 1, r.label()));
    }
    game.start(0);
    long[][] entered = new long[4][36];
    List<List<PlayerView>> seen = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int turn = 1; turn <= 36; turn++) {
      List<PlayerView> views = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        PlayerView v = game.playerView(tokens.get(r), turn * 1000L);
        assertThat(v.turn()).isEqualTo(turn);
        assertThat(v.lastOrder()).isEqualTo(turn == 1 ? 4 : entered[r][turn - 2]);
        views.add(v);
        entered[r][turn - 1] = random.nextInt(0, 20);
        game.order(tokens.get(r), Long.toString(entered[r][turn - 1]), turn * 1000L);
      }
      seen.add(views);
    }
    assertThat(game.state()).isEqualTo(GameState.FINISHED);

    Debrief d = game.debrief();
    double total = 0;
    for (int r = 0; r < 4; r++) {
      Debrief.EchelonDebrief e = d.teams().get(0).echelons().get(r);
      assertThat(e.playedBy()).isEqualTo("player " + Role.values()[r].label());
      assertThat(e.orders()).containsExactlyElementsOf(boxed(entered[r]));
      double cost = 0;
      for (int week = 1; week <= 36; week++) {
        PlayerView v = seen.get(week - 1).get(r);
        assertThat(v.onHand()).as("week %d", week).isEqualTo(e.onHand().get(week - 1));
        assertThat(v.backlog()).isEqualTo(e.backlog().get(week - 1));
        assertThat(v.incomingOrder()).isEqualTo(e.demand().get(week - 1));
        cost += e.cost().get(week - 1);
        assertThat(v.costSoFar()).isCloseTo(cost, within(1e-9));
      }
      total += e.totalCost();
      // each stage's incoming orders are the orders of the stage below, two weeks (the order delay) later
      if (r > 0) {
        Debrief.EchelonDebrief below = d.teams().get(0).echelons().get(r - 1);
        for (int week = 3; week <= 36; week++) {
          assertThat(e.demand().get(week - 1)).isEqualTo(below.orders().get(week - 3));
        }
      }
    }
    assertThat(d.teams().get(0).totalCost()).isCloseTo(total, within(1e-9));
    // classic start: lots of 4 arrive in weeks 1 and 2 at every stage
    assertThat(seen.get(0).get(1).incomingShipment()).isEqualTo(4);
    assertThat(seen.get(1).get(1).incomingShipment()).isEqualTo(4);
  }

  /**
   * The timing: what a player sees before ordering in week t is what the rule sees at that review. A player
   * who never orders is played by the rule; fed the figures of their page (and the supply line, counted
   * from what was ordered and received), Sterman's rule orders exactly what the run ordered for them.
   */
  @Test
  void aPlayersPage_showsWhatTheRuleSeesAtItsReview() throws Exception {
    BeerGame game = game(GameSettings.of(1));
    String retailer = game.join(game.code(), "Ann", 1, "retailer");
    String wholesaler = game.join(game.code(), "Bob", 1, "wholesaler");
    game.start(0);
    AnchorAndAdjust rule = new AnchorAndAdjust(7 * 86_400_000L, 0.25, 0.25, 1, 24, 4);
    long onOrder = 4 + 4 + 4 + 4; // lots in transit and orders in transit at the start
    long demanded = 0;
    long[] ordered = new long[36];
    SplittableRandom random = new SplittableRandom(11);
    for (int week = 1; week <= 36; week++) {
      PlayerView v = game.playerView(wholesaler, 0);
      onOrder -= v.incomingShipment();
      demanded += v.incomingOrder();
      long expected = rule.orderQuantity(stock(v.onHand(), v.backlog(), onOrder, demanded));
      game.order(retailer, Integer.toString(random.nextInt(0, 16)), 0);
      game.closeTurn(0);
      ordered[week - 1] = expected;
      onOrder += expected;
      assertThat(game.debrief().teams().get(0).echelons().get(1).orders().get(week - 1)).as("week %d", week)
          .isEqualTo(expected);
    }
    assertThat(game.debrief().teams().get(0).echelons().get(1).playedBy()).isEqualTo("Bob");
  }

  @Test
  void timer_closesTheTurn_aSilentPlayerRepeatsTheLastOrder_oneWhoNeverOrderedIsPlayedByTheRule() throws Exception {
    BeerGame game = game(GameSettings.of(1).withTurnSeconds(30).withTurns(4));
    String ann = game.join(game.code(), "Ann", 1, "retailer");
    String bob = game.join(game.code(), "Bob", 1, "factory");
    game.start(1_000);
    assertThat(game.playerView(ann, 1_000).secondsLeft()).isEqualTo(30);
    game.order(ann, "9", 5_000);
    assertThat(game.tick(30_999)).isFalse();
    assertThat(game.playerView(ann, 30_999).secondsLeft()).isEqualTo(1);
    assertThat(game.tick(31_000)).isTrue();
    assertThat(game.playerView(ann, 31_000).turn()).isEqualTo(2);
    // paused: the timer stands still and orders are refused
    game.pause(41_000);
    assertThat(game.tick(500_000)).isFalse();
    assertThat(game.playerView(ann, 500_000).secondsLeft()).isEqualTo(20);
    assertThatThrownBy(() -> game.order(ann, "3", 500_000)).isInstanceOf(GameRefused.class)
        .hasMessage("the game is paused: your order was not taken; enter it when it resumes");
    game.resume(600_000);
    assertThat(game.tick(619_999)).isFalse();
    assertThat(game.tick(620_000)).isTrue();
    game.closeTurn(620_000);
    game.closeTurn(620_000);
    assertThat(game.state()).isEqualTo(GameState.FINISHED);

    Debrief d = game.debrief();
    assertThat(d.teams().get(0).echelons().get(0).orders()).containsExactly(9L, 9L, 9L, 9L);
    // Bob never ordered: his factory ordered what the rule orders with Ann's orders upstream of nobody else
    BeerGame ruleOnly = game(GameSettings.of(1).withTurns(4));
    String annAgain = ruleOnly.join(ruleOnly.code(), "Ann", 1, "retailer");
    ruleOnly.start(0);
    for (int week = 1; week <= 4; week++) {
      ruleOnly.order(annAgain, "9", 0);
    }
    assertThat(d.teams().get(0).echelons().get(3).orders())
        .isEqualTo(ruleOnly.debrief().teams().get(0).echelons().get(3).orders());
    assertThat(d.teams().get(0).echelons().get(3).playedBy()).isEqualTo("Bob");
  }

  @Test
  void anOrderAfterTheTimerRanOut_isRefused_andTheTurnClosedWithoutIt() throws Exception {
    BeerGame game = game(GameSettings.of(1).withTurnSeconds(10));
    String ann = game.join(game.code(), "Ann", 1, "retailer");
    game.start(0);
    game.order(ann, "7", 1_000);
    assertThatThrownBy(() -> game.order(ann, "20", 12_000)).isInstanceOf(GameRefused.class)
        .hasMessage("turn 2 closed before your order came in (the timer ran out); this is turn 3: enter your order again");
    assertThat(game.weeksPlayed()).isEqualTo(2);
    assertThat(game.playerView(ann, 12_000).orderedThisTurn()).isFalse();
    assertThat(game.playerView(ann, 12_000).lastOrder()).isEqualTo(7);
  }

  @Test
  void aSecondOrderInATurn_replacesTheFirst() throws Exception {
    BeerGame game = game(GameSettings.of(1));
    String ann = game.join(game.code(), "Ann", 1, "retailer");
    String bob = game.join(game.code(), "Bob", 1, "wholesaler");
    game.start(0);
    assertThat(game.order(ann, "5", 0).orderEntered()).isEqualTo(5);
    PlayerView v = game.order(ann, " 12 ", 0);
    assertThat(v.orderedThisTurn()).isTrue();
    assertThat(v.orderEntered()).isEqualTo(12);
    assertThat(v.turn()).isEqualTo(1);
    game.order(bob, "4", 0);
    assertThat(game.playerView(ann, 0).turn()).isEqualTo(2);
    assertThat(game.playerView(ann, 0).lastOrder()).isEqualTo(12);
  }

  @Test
  void badOrders_areRefusedWithWhatIsExpected_andNothingChanges() throws Exception {
    BeerGame game = game(GameSettings.of(1));
    String ann = game.join(game.code(), "Ann", 1, "retailer");
    game.join(game.code(), "Bob", 1, "factory");
    game.start(0);
    game.order(ann, "6", 0);
    PlayerView before = game.playerView(ann, 1_000);
    FacilitatorView facilitator = game.facilitatorView(1_000);
    Map<String, String> refusals = Map.of(
        "-3", "order: expected a whole number of cases from 0 to 1000, got \"-3\": an order cannot be negative",
        "abc", "order: expected a whole number of cases from 0 to 1000, got \"abc\", which is not a number",
        "2.5", "order: expected a whole number of cases from 0 to 1000, got \"2.5\": cases come whole",
        "1001", "order: expected a whole number of cases from 0 to 1000, got \"1001\": at most 1000 cases an order",
        "99999999999999999999999", "order: expected a whole number of cases from 0 to 1000, got \"99999999999999999999…\": "
            + "at most 1000 cases an order",
        "  ", "order: expected a whole number of cases from 0 to 1000, got nothing",
        "4e3", "order: expected a whole number of cases from 0 to 1000, got \"4e3\", which is not a number");
    refusals.forEach((text, message) -> {
      assertThatThrownBy(() -> game.order(ann, text, 1_000)).isInstanceOf(GameRefused.class).hasMessage(message);
      assertThat(game.playerView(ann, 1_000)).isEqualTo(before);
      assertThat(game.facilitatorView(1_000)).isEqualTo(facilitator);
    });
    assertThat(before.orderEntered()).isEqualTo(6);
    assertThatThrownBy(() -> game.order("not-a-token", "4", 1_000)).isInstanceOf(GameRefused.class)
        .hasMessage("this seat is not known in game " + game.code() + ": join the game again with its code");
  }

  @Test
  void reconnect_keepsTheSeatAndTheOrderEntered() throws Exception {
    BeerGame game = game(GameSettings.of(3));
    String token = game.join(game.code(), "Cleo", 2, "Distributor");
    game.join(game.code(), "Dan", 3, "retailer");
    game.start(0);
    game.order(token, "8", 2_000);
    PlayerView again = game.rejoin(token, 3_000);
    assertThat(again.player()).isEqualTo("Cleo");
    assertThat(again.team()).isEqualTo(2);
    assertThat(again.role()).isEqualTo("distributor");
    assertThat(again.stage()).isEqualTo("distributor");
    assertThat(again.orderedThisTurn()).isTrue();
    assertThat(again.orderEntered()).isEqualTo(8);
    assertThat(again.secondsLeft()).isEqualTo(57);
    assertThat(game.facilitatorView(3_000).teams().get(1).seats().get(2))
        .isEqualTo(new FacilitatorView.SeatStatus("distributor", "Cleo", true, true));
  }

  @Test
  void join_takenSeat_wrongCode_badTeamOrRole_areRefusedClearly() throws Exception {
    BeerGame game = game(GameSettings.of(2));
    game.join(game.code().toLowerCase(java.util.Locale.ROOT), "Ann", 1, "retailer");
    assertThatThrownBy(() -> game.join(game.code(), "Bob", 1, "retailer")).isInstanceOf(GameRefused.class)
        .hasMessage("team 1's retailer is taken by Ann; free seats in team 1: wholesaler, distributor, factory");
    assertThatThrownBy(() -> game.join("ZZZZZ", "Bob", 1, "factory")).isInstanceOf(GameRefused.class)
        .hasMessage("code: no game has the code \"ZZZZZ\"; expected the 5-character code the facilitator shows");
    assertThatThrownBy(() -> game.join(game.code(), "Bob", 3, "factory")).isInstanceOf(GameRefused.class)
        .hasMessage("team: expected a team from 1 to 2, got 3");
    assertThatThrownBy(() -> game.join(game.code(), "Bob", 1, "brewer")).isInstanceOf(GameRefused.class)
        .hasMessage("role: expected one of retailer, wholesaler, distributor, factory, got \"brewer\"");
    assertThatThrownBy(() -> game.join(game.code(), " ", 1, "factory")).isInstanceOf(GameRefused.class)
        .hasMessage("name: expected your name, 1 to 40 characters on one line");
    for (String r : List.of("wholesaler", "distributor", "factory")) {
      game.join(game.code(), "P " + r, 1, r);
    }
    assertThatThrownBy(() -> game.join(game.code(), "Bob", 1, "factory")).isInstanceOf(GameRefused.class)
        .hasMessage("team 1's factory is taken by P factory; team 1 is full, choose another team");
    game.end();
    assertThatThrownBy(() -> game.join(game.code(), "Bob", 2, "factory")).isInstanceOf(GameRefused.class)
        .hasMessage("the game is over: no seat can be taken any more");
  }

  @Test
  void fifteenTeamsOfFourPlayers_theTurnClosesWithTheLastOrder() throws Exception {
    BeerGame game = game(GameSettings.of(15));
    List<String> tokens = new ArrayList<>();
    for (int t = 1; t <= 15; t++) {
      for (Role r : Role.values()) {
        tokens.add(game.join(game.code(), "p" + t + r.label(), t, r.label()));
      }
    }
    game.start(0);
    for (int i = 0; i < tokens.size() - 1; i++) {
      game.order(tokens.get(i), Integer.toString(i % 13), 100);
    }
    FacilitatorView waiting = game.facilitatorView(100);
    assertThat(waiting.turn()).isEqualTo(1);
    assertThat(waiting.teams().get(14).seats().get(3).orderedThisTurn()).isFalse();
    assertThat(waiting.teams().get(14).seats().get(2).orderedThisTurn()).isTrue();

    PlayerView last = game.order(tokens.get(59), "5", 200);
    assertThat(last.turn()).isEqualTo(2);
    assertThat(last.orderedThisTurn()).isFalse();
    FacilitatorView next = game.facilitatorView(200);
    assertThat(next.turn()).isEqualTo(2);
    assertThat(next.secondsLeft()).isEqualTo(60);
    assertThat(next.teams()).allSatisfy(t -> assertThat(t.seats()).noneMatch(FacilitatorView.SeatStatus::orderedThisTurn));
    Debrief d = game.debrief();
    for (int i = 0; i < 60; i++) {
      long week1 = d.teams().get(i / 4).echelons().get(i % 4).orders().get(0);
      assertThat(week1).isEqualTo(i == 59 ? 5 : i % 13);
    }
  }

  @Test
  void facilitator_stateChanges_outOfOrder_areRefused() throws Exception {
    BeerGame game = game(GameSettings.of(1));
    assertThatThrownBy(() -> game.pause(0)).isInstanceOf(GameRefused.class)
        .hasMessage("pause: only a running game can be paused (it is lobby)");
    assertThatThrownBy(() -> game.save()).isInstanceOf(GameRefused.class)
        .hasMessage("save: no week has been played yet, so there is nothing to save");
    game.start(0);
    assertThatThrownBy(() -> game.start(0)).isInstanceOf(GameRefused.class)
        .hasMessage("start: the game has already started (it is running)");
    assertThatThrownBy(() -> game.resume(0)).isInstanceOf(GameRefused.class)
        .hasMessage("resume: only a paused game can be resumed (it is running)");
    game.closeTurn(0);
    game.closeTurn(0);
    game.end();
    assertThat(game.weeksPlayed()).isEqualTo(2);
    assertThat(game.debrief().weeks()).isEqualTo(2);
    assertThat(game.debrief().byRule().get(0).orders()).hasSize(2);
    assertThat(game.facilitatorView(0).turn()).isEqualTo(2);
    assertThatThrownBy(game::end).isInstanceOf(GameRefused.class).hasMessage("end: the game is already over");
  }

  @Test
  void computerParameters_replaceTheFilesOnEveryStage_andBadOnesAreRefused() throws Exception {
    Map<String, String> sterman = Map.of("theta", "0.36", "alphaS", "0.26", "beta", "0.34", "desiredStock", "17");
    BeerGame game = game(GameSettings.of(1).withComputer(sterman));
    game.start(0);
    for (int week = 1; week <= 36; week++) {
      game.closeTurn(0);
    }
    Scenarios people = Scenarios.load(GAME);
    for (String stage : List.of("retailer", "wholesaler", "distributor", "factory")) {
      people = people.with("nodes[" + stage + "].stock[beer].policy", "{rule: anchor-and-adjust, params: {period: 1w, "
          + "theta: 0.36, alphaS: 0.26, beta: 0.34, desiredStock: 17, initialForecast: 4}}");
    }
    List<EchelonSeries> expected = EchelonSeries.of(people.network(),
        Simulation.run(people, SimulationOptions.of(people).withReplications(1)).runs().get(0));
    // beer-game-sterman's cost in docs/beer-game.md
    assertThat(game.debrief().byRuleCostEur()).isCloseTo(2698.0, within(1e-9));
    for (int r = 0; r < 4; r++) {
      assertThat(game.debrief().teams().get(0).echelons().get(r).orders()).isEqualTo(units(expected.get(r).orders()));
    }
    assertThatThrownBy(() -> game(GameSettings.of(1).withComputer(Map.of("theta", "2"))))
        .isInstanceOf(GameRefused.class)
        .hasMessage("computer players: retailer's rule anchor-and-adjust: theta: expected a number from 0 to 1, found \"2\"");
    assertThatThrownBy(() -> game(GameSettings.of(1).withTurns(37))).isInstanceOf(GameRefused.class)
        .hasMessage("turns: expected 1 to 36 (the weeks of beer-game.yaml), got 37");
    assertThatThrownBy(() -> GameSettings.of(21)).isInstanceOf(GameRefused.class)
        .hasMessage("teams: expected 1 to 20, got 21");
  }

  @Test
  void aFileThatIsNotAFourStageChain_isRefused() {
    assertThatThrownBy(() -> BeerGame.create(Path.of("library", "eu-spare-parts-distributed.yaml"), GameSettings.of(1)))
        .isInstanceOf(GameRefused.class)
        .hasMessageContaining("a game file needs a chain of four distribution centres with a period");
  }

  static List<Long> units(double[] series) {
    List<Long> out = new ArrayList<>();
    for (double v : series) {
      out.add((long) v);
    }
    return out;
  }

  private static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  private static ReplenishmentRule.StockPoint stock(long onHand, long backlog, long onOrder, long demanded) {
    return new ReplenishmentRule.StockPoint() {
      @Override
      public long onHand() {
        return onHand;
      }

      @Override
      public long onOrder() {
        return onOrder;
      }

      @Override
      public long backordered() {
        return backlog;
      }

      @Override
      public long nowMs() {
        return 0;
      }

      @Override
      public long demandedUnits() {
        return demanded;
      }
    };
  }
}
