package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {
  record Option(String name, double service, double cost) {}

  @Test
  void nonDominated_keepsTheCheapestAtEachServiceAndDropsTheDominated() {
    Option cheapPoor = new Option("cheap-poor", 0.80, 10);
    Option dearGood = new Option("dear-good", 0.99, 30);
    Option middle = new Option("middle", 0.95, 20);
    Option worse = new Option("worse", 0.90, 25);          // middle is better and cheaper
    Option tiedCostWorse = new Option("tied", 0.94, 20);  // same cost as middle, lower service
    List<Option> front = Pareto.nonDominated(List.of(cheapPoor, worse, dearGood, middle, tiedCostWorse),
        Option::service, Option::cost);
    assertThat(front).extracting(Option::name).containsExactly("cheap-poor", "dear-good", "middle");
  }

  @Test
  void nonDominated_equalAlternativesBothStay_andUndefinedOnesNeverCount() {
    Option a = new Option("a", 0.9, 10);
    Option twin = new Option("twin", 0.9, 10);
    Option undefined = new Option("nan", Double.NaN, 1);
    Option noCost = new Option("no-cost", 1.0, Double.NaN);
    assertThat(Pareto.nonDominated(List.of(a, twin, undefined, noCost), Option::service, Option::cost))
        .extracting(Option::name).containsExactly("a", "twin");
  }
}
