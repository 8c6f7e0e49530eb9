package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.junit.jupiter.api.Test;

class DisruptionYamlTest {
  private static ManufacturingSpec network() throws ScenarioException {
    return ScenarioLoader.load(Path.of("src", "test", "resources", "experiment", "central.yaml")).network();
  }

  @Test
  void list_writesEachFieldExactly_andAnEmptyListAsBrackets() {
    assertThat(DisruptionYaml.list(List.of())).isEqualTo("[]\n");
    assertThat(DisruptionYaml.list(List.of(new Disruption.RegionalDisaster("flood", new GeoPoint(51.31, -0.0),
        0.1 + 0.2, 86_400_001L, 2 * 86_400_000L + 1)))).isEqualTo("""
        - type: regional-disaster
          name: "flood"
          centre: {lat: 51.31, lon: -0.0}
          radiusKm: 0.30000000000000004
          at: 86400001ms
          for: 1d
        """);
  }

  @Test
  void read_generator_isRefused() throws Exception {
    String yaml = """
        - generate: poisson
          type: supplier-failure
          targets: [supplier-steel]
          perYear: 2
          duration: 3d
        """;
    assertThatThrownBy(() -> DisruptionYaml.read(yaml, "disruptions", network())).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("disruptions:1:1").hasMessageContaining("expected fixed disruptions only");
  }

  @Test
  void read_shareAboveOne_reportsLineColumnAndField() throws Exception {
    String yaml = """
        - type: stock-destroyed
          node: dc-paris
          share: 1.5
          at: 3d
        """;
    assertThatThrownBy(() -> DisruptionYaml.read(yaml, "disruptions", network())).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("disruptions:3:3: [0].share: expected a share of the stock on hand destroyed")
        .hasMessageContaining("found \"1.5\"");
  }
}
