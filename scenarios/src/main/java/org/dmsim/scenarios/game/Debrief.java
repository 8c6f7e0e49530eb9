package org.dmsim.scenarios.game;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.kpi.EchelonSeries;

/**
 * The game's debrief over the weeks played: every team's chain week by week, and beside them the same
 * chain played by the rule on every stage (the computer players' rule and parameters). Each team's
 * figures are the run of its variant in the saved game.
 *
 * @param weeks         weeks played
 * @param teams         the teams, in order
 * @param byRule        the chain played by the rule, retailer to factory
 * @param byRuleCostEur the rule-played chain's total cost, EUR
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public record Debrief(int weeks, List<TeamDebrief> teams, List<EchelonDebrief> byRule, double byRuleCostEur) {
  public Debrief {
    teams = List.copyOf(teams);
    byRule = List.copyOf(byRule);
  }

  /**
   * One team.
   *
   * @param team      the team, from 1
   * @param echelons  retailer to factory
   * @param totalCost the team's cost over the weeks played, EUR
   */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public record TeamDebrief(int team, List<EchelonDebrief> echelons, double totalCost) {
    public TeamDebrief {
      echelons = List.copyOf(echelons);
    }
  }

  /**
   * One stage of a chain, week by week (index i is week i + 1).
   *
   * @param role      the role
   * @param stage     the stage's node id
   * @param playedBy  the player's name, {@code computer}, or {@code rule} in the rule-played chain
   * @param demand    cases ordered of the stage per week (the retailer: the customers')
   * @param orders    cases it ordered per week
   * @param onHand    cases on hand at each week's end
   * @param backlog   cases owed at each week's end
   * @param cost      holding and backlog cost per week, EUR
   * @param totalCost the sum of {@code cost}, EUR
   * @param bullwhip  Var(orders) / Var(demand) over the weeks ({@link EchelonSeries#bullwhip()}); NaN when its
   *                  demand did not vary
   */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public record EchelonDebrief(String role, String stage, String playedBy, List<Long> demand, List<Long> orders,
      List<Long> onHand, List<Long> backlog, List<Double> cost, double totalCost, double bullwhip) {
    public EchelonDebrief {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(playedBy, "playedBy");
      demand = List.copyOf(demand);
      orders = List.copyOf(orders);
      onHand = List.copyOf(onHand);
      backlog = List.copyOf(backlog);
      cost = List.copyOf(cost);
    }

    /** A stage's series played by {@code playedBy}. */
    static EchelonDebrief of(Role role, String playedBy, EchelonSeries s) {
      return new EchelonDebrief(role.label(), s.stage(), playedBy, units(s.demand()), units(s.orders()),
          units(s.onHand()), units(s.backlog()), euros(s.cost()), s.totalCost(), s.bullwhip());
    }

    private static List<Long> units(double[] series) {
      List<Long> out = new ArrayList<>(series.length);
      for (double v : series) {
        out.add((long) v);
      }
      return out;
    }

    private static List<Double> euros(double[] series) {
      List<Double> out = new ArrayList<>(series.length);
      for (double v : series) {
        out.add(v);
      }
      return out;
    }
  }
}
