package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> REGION = List.of("id", "ordersPerDay", "orderLatency", "transit", "promisedLeadTime");

  @Test
  void closest_missingLetter_suggestsTheField() {
    assertThat(Spelling.closest("machnes", List.of("id", "machines", "processingTimeMean"))).contains("machines");
  }

  @Test
  void closest_otherCaseOrSnakeCase_suggestsTheField() {
    assertThat(Spelling.closest("OrdersPerDay", REGION)).contains("ordersPerDay");
    assertThat(Spelling.closest("orders_per_day", REGION)).contains("ordersPerDay");
  }

  @Test
  void closest_swappedLetters_countsOneEdit() {
    assertThat(Spelling.distance("tarnsit", "transit")).isEqualTo(1);
    assertThat(Spelling.closest("di", REGION)).contains("id");
  }

  @Test
  void closest_threeEditsAway_suggestsNothing() {
    assertThat(Spelling.closest("shipping", REGION)).isEmpty();
    assertThat(Spelling.closest("colour", REGION)).isEmpty();
  }

  @Test
  void closest_completeRewriteOfAShortName_suggestsNothing() {
    assertThat(Spelling.closest("x", List.of("id"))).isEmpty();
    assertThat(Spelling.closest("", List.of("id"))).isEmpty();
  }

  @Test
  void closest_tie_prefersTheFirstCandidate() {
    assertThat(Spelling.closest("ab", List.of("ax", "ay"))).contains("ax");
  }
}
