package org.dmsim.scenarios.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of a Beer Game session, over random games and random input. */
class BeerGameProperties {
  /**
   * Causality: a week's figures, once shown, never change — whatever is ordered later, and whether the
   * player ordered, fell silent or never ordered (random seats, orders, silences and an early end).
   */
  @Test
  void weeksShownNeverChange() {
    qt().withExamples(12).withShrinkCycles(0)
        .forAll(longs().all(), integers().between(1, 10), integers().between(1, 15))
        .checkAssert((seed, turns, humans) -> {
          SplittableRandom random = new SplittableRandom(seed);
          BeerGame game = game(turns);
          List<String> tokens = new ArrayList<>();
          for (Role r : Role.values()) {
            if ((humans & (1 << r.ordinal())) != 0) {
              tokens.add(game.join(game.code(), r.label(), 1, r.label()));
            }
          }
          game.start(0);
          List<List<PlayerView>> seen = new ArrayList<>();
          int played = random.nextInt(1, turns + 1);
          for (int week = 1; week <= played; week++) {
            List<PlayerView> views = new ArrayList<>();
            for (String token : tokens) {
              views.add(game.playerView(token, 0));
              // an edge-heavy order: often 0, sometimes the cap, sometimes nothing at all
              int pick = random.nextInt(6);
              if (pick > 0 && game.state() == GameState.RUNNING) {
                long cases = pick == 1 ? 0 : pick == 2 ? OrderEntry.MAX_CASES : random.nextInt(0, 30);
                game.order(token, Long.toString(cases), 0);
              }
            }
            seen.add(views);
            if (game.state() == GameState.RUNNING && game.weeksPlayed() < week) {
              game.closeTurn(0);
            }
          }
          if (game.state() != GameState.FINISHED) {
            game.end();
          }
          Debrief d = game.debrief();
          assertThat(d.weeks()).isEqualTo(played);
          for (int week = 1; week <= played; week++) {
            for (PlayerView v : seen.get(week - 1)) {
              Debrief.EchelonDebrief e = d.teams().get(0).echelons().get(Role.parse(v.role()).ordinal());
              assertThat(v.turn()).isEqualTo(week);
              assertThat(v.onHand()).isEqualTo(e.onHand().get(week - 1));
              assertThat(v.backlog()).isEqualTo(e.backlog().get(week - 1));
              assertThat(v.incomingOrder()).isEqualTo(e.demand().get(week - 1));
            }
          }
        });
  }

  @Test
  void anOrderIsTakenIffItIsAWholeNumberFromZeroToTheCap() {
    qt().withExamples(500).forAll(longs().between(-2_000, 2_000)).checkAssert(n -> {
      if (n >= 0 && n <= OrderEntry.MAX_CASES) {
        assertThat(OrderEntry.parse(Long.toString(n))).isEqualTo(n);
        assertThat(OrderEntry.parse(" " + n + " ")).isEqualTo(n);
      } else {
        assertThatThrownBy(() -> OrderEntry.parse(Long.toString(n))).isInstanceOf(GameRefused.class)
            .hasMessageStartingWith("order: expected a whole number of cases from 0 to 1000");
      }
    });
  }

  @Test
  void anyTextIsEitherAnOrderInRangeOrRefusedWithWhatIsExpected() {
    qt().withExamples(500).forAll(strings().ascii().ofLengthBetween(0, 12)).checkAssert(text -> {
      try {
        assertThat(OrderEntry.parse(text)).isBetween(0L, OrderEntry.MAX_CASES);
        assertThat(text.strip()).matches("[+-]?[0-9]+");
      } catch (GameRefused refused) {
        assertThat(refused.getMessage()).startsWith("order: expected a whole number of cases from 0 to 1000, got");
      }
    });
  }

  private static BeerGame game(int turns) {
    try {
      return BeerGame.create(BeerGameTest.GAME, GameSettings.of(1).withTurns(turns), new SplittableRandom(1));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
