package org.dmsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterValuesTest {
  @Test
  void parse_list_keepsItemsInOrderAsWritten() {
    assertThat(ParameterValues.parse("3, 2,4")).containsExactly("3", "2", "4");
    assertThat(ParameterValues.parse("7d,14d")).containsExactly("7d", "14d");
    assertThat(ParameterValues.parse("nearest,least-loaded")).containsExactly("nearest", "least-loaded");
    assertThat(ParameterValues.parse("5")).containsExactly("5");
  }

  @Test
  void parse_integerRange_includesBothEnds() {
    assertThat(ParameterValues.parse("1..4")).containsExactly("1", "2", "3", "4");
    assertThat(ParameterValues.parse("-1..1")).containsExactly("-1", "0", "1");
    assertThat(ParameterValues.parse("3..3")).containsExactly("3");
  }

  @Test
  void parse_evenlySpaced_givesExactDecimals() {
    assertThat(ParameterValues.parse("0.5..0.9/5")).containsExactly("0.5", "0.6", "0.7", "0.8", "0.9");
    assertThat(ParameterValues.parse("0..1/3")).containsExactly("0", "0.5", "1");
    assertThat(ParameterValues.parse("10..40/4")).containsExactly("10", "20", "30", "40");
    assertThat(ParameterValues.parse("0..1/4")).containsExactly("0", "0.333333333333", "0.666666666667", "1");
  }

  @Test
  void parse_badRanges_sayWhatWasExpected() {
    assertThatThrownBy(() -> ParameterValues.parse("4..1")).hasMessage("expected a range A..B with A <= B, found '4..1'");
    assertThatThrownBy(() -> ParameterValues.parse("0.5..0.9"))
        .hasMessageStartingWith("expected whole numbers at both ends of a range A..B");
    assertThatThrownBy(() -> ParameterValues.parse("0.5..0.9/1"))
        .hasMessage("expected a count N from 2 to 1000 after '/' in A..B/N, found 1");
    assertThatThrownBy(() -> ParameterValues.parse("0.5..0.9/x"))
        .hasMessage("expected a whole count N >= 2 after '/' in A..B/N, found 'x'");
    assertThatThrownBy(() -> ParameterValues.parse("a..b/3"))
        .hasMessage("expected numbers at both ends of a range A..B/N, found 'a..b/3'");
    assertThatThrownBy(() -> ParameterValues.parse("0.9..0.5/3"))
        .hasMessage("expected a range A..B/N with A < B, found '0.9..0.5/3'");
    assertThatThrownBy(() -> ParameterValues.parse("1..5000"))
        .hasMessage("expected at most 1000 values, found a range '1..5000' of 5000");
  }

  @Test
  void parse_badLists_sayWhatWasExpected() {
    assertThatThrownBy(() -> ParameterValues.parse("")).hasMessageStartingWith("expected values: a list (2,3,4)")
        .hasMessageEndingWith("found nothing");
    assertThatThrownBy(() -> ParameterValues.parse("1,,2")).hasMessageEndingWith("found an empty item in '1,,2'");
    assertThatThrownBy(() -> ParameterValues.parse("1,2,1")).hasMessage("expected distinct values, found '1' twice");
  }
}
