package org.dmsim.model.mfg.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalEncodingTest {
  private record Pair(String a, double b) {}

  private static byte[] encode(Object v) {
    return new CanonicalEncoding().value(v).bytes();
  }

  @Test
  void unorderedSetsAndMaps_encodeAlikeWhateverTheirIterationOrder() {
    Map<String, Integer> forward = new LinkedHashMap<>();
    forward.put("x", 1);
    forward.put("y", 2);
    Map<String, Integer> backward = new java.util.HashMap<>();
    backward.put("y", 2);
    backward.put("x", 1);
    assertThat(encode(Set.of("a", "b", "c"))).isEqualTo(encode(new java.util.HashSet<>(List.of("c", "b", "a"))));
    assertThat(encode(backward)).isEqualTo(encode(Map.of("x", 1, "y", 2)));
    assertThat(encode(new TreeMap<>(forward))).isNotEqualTo(encode(List.of("x", 1, "y", 2)));
  }

  @Test
  void differentValues_encodeDifferently() {
    assertThat(encode(List.of("ab", "c"))).isNotEqualTo(encode(List.of("a", "bc")));
    assertThat(encode(new Pair("a", 0.0))).isNotEqualTo(encode(new Pair("a", -0.0)));
    assertThat(encode(Optional.empty())).isNotEqualTo(encode(Optional.of("")));
    assertThat(encode(1L)).isNotEqualTo(encode(1.0));
    assertThat(encode(new Pair("a", Double.NaN))).isEqualTo(encode(new Pair("a", Double.longBitsToDouble(0x7ff8000000000001L))));
  }

  @Test
  void unknownType_isAnError() {
    assertThatThrownBy(() -> encode(new Object())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no canonical encoding for a java.lang.Object");
  }
}
