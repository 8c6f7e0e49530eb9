package org.dmsim.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.time.Durations;
import org.junit.jupiter.api.Test;

/** The field table holds together: references resolve, defaults are valid values, and they match the model's. */
class ScenarioFormatTest {
  @Test
  void sections_everyMappingNamesASection() {
    List<String> names = ScenarioFormat.SECTIONS.stream().map(Section::name).toList();
    List<String> referenced = new ArrayList<>();
    for (Section s : ScenarioFormat.SECTIONS) {
      s.fields().forEach(f -> collect(f.type(), referenced));
    }
    assertThat(referenced).isNotEmpty();
    assertThat(names).containsAll(referenced).doesNotHaveDuplicates();
  }

  @Test
  void defaults_areValuesOfTheirTypeInTheirRange() {
    for (Section s : ScenarioFormat.SECTIONS) {
      for (Field f : s.fields()) {
        if (!(f.presence() instanceof Presence.Default)) {
          continue;
        }
        String at = s.name() + "." + f.name();
        if (f.type() instanceof FieldType.Decimal) {
          assertThat(f.range().contains(f.defaultDouble())).as(at).isTrue();
        } else if (f.type() instanceof FieldType.Int) {
          assertThat(f.defaultLong()).as(at).isBetween(f.range().minLong(), f.range().maxLong());
        } else if (f.type() instanceof FieldType.Duration) {
          assertThat(Durations.tryParseMillis(f.defaultYaml())).as(at).isPresent();
        } else if (f.type() instanceof FieldType.Words w) {
          assertThat(w.words()).as(at).contains(f.defaultYaml());
        }
      }
    }
  }

  @Test
  void defaults_matchTheModelsOwn() {
    assertThat(ScenarioFormat.NODE.field("discipline").defaultYaml()).isEqualTo(Names.of(Discipline.FIFO));
    assertThat(ScenarioFormat.COSTS.field("holdingRatePerYear").defaultDouble())
        .isEqualTo(CostSpec.NONE.holdingRatePerYear());
    assertThat(ScenarioFormat.COSTS.field("latenessPenaltyEurPerUnitDay").defaultDouble())
        .isEqualTo(CostSpec.NONE.latenessPenaltyEurPerUnitDay());
    assertThat(ScenarioFormat.TRANSPORT.field("modes").defaultYaml())
        .isEqualTo("[" + String.join(", ", TransportSpec.ROAD.modes().stream().map(Names::of).toList()) + "]");
    assertThat(ScenarioFormat.LANE.field("mode").type()).isEqualTo(new FieldType.Words(
        List.of(TransportMode.values()).stream().map(Names::of).toList()));
  }

  @Test
  void range_integerBoundsAndText() {
    assertThat(Range.above(0).minLong()).isEqualTo(1);
    assertThat(Range.fromBelow(0, 10).maxLong()).isEqualTo(9);
    assertThat(Range.closed(1, 10_000).text()).isEqualTo("1 … 10000");
    assertThat(Range.fromBelow(0, 1).text()).isEqualTo("≥ 0, < 1");
    assertThat(Range.fromBelow(0, 1).contains(1)).isFalse();
    assertThat(Range.ANY.text()).isEmpty();
    assertThat(Range.ANY.minLong()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void field_rangeOnAText_isRefused() {
    assertThatThrownBy(() -> ScenarioFormat.PRODUCT.field("id").within(Range.above(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numeric");
    assertThatThrownBy(() -> ScenarioFormat.PRODUCT.field("nope")).hasMessageContaining("products[] has no field nope");
  }

  private static void collect(FieldType type, List<String> out) {
    if (type instanceof FieldType.Mapping m) {
      out.add(m.section());
    } else if (type instanceof FieldType.ListOf l) {
      collect(l.item(), out);
    } else if (type instanceof FieldType.AnyOf a) {
      a.types().forEach(t -> collect(t, out));
    }
  }
}
