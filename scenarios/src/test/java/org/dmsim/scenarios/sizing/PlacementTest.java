package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@link Placement}: the order candidate sites open in. */
class PlacementTest {
  private static final String NETWORK = """
      format: 2
      name: placement
      horizon: 10d
      products:
        - {id: part, weightKg: 1, valueEur: 1, routing: [{process: cnc, time: {kind: deterministic, value: 1h}}]}
      machineTypes:
        - {id: cell, capabilities: [cnc]}
      nodes:
        - {id: mf-b-small, kind: microfactory, location: {lat: 40.0, lon: 0.0}, machines: [{type: cell, count: 1}]}
        - {id: mf-a-big, kind: microfactory, location: {lat: 50.0, lon: 0.1}, machines: [{type: cell, count: 1}]}
        - {id: mf-c-big, kind: microfactory, location: {lat: 50.0, lon: -0.1}, machines: [{type: cell, count: 1}]}
        - {id: mf-d-mid, kind: microfactory, location: {lat: 45.0, lon: 0.0}, machines: [{type: cell, count: 1}]}
      regions:
        - {id: r-big, location: {lat: 50.0, lon: 0.0}, demand: [{product: part, ordersPerDay: 30, promisedLeadTime: 2d}]}
        - {id: r-mid, location: {lat: 45.0, lon: 0.0}, demand: [{product: part, ordersPerDay: 20, promisedLeadTime: 2d}]}
        - {id: r-small, location: {lat: 40.0, lon: 0.0}, demand: [{product: part, ordersPerDay: 5, promisedLeadTime: 2d}]}
      platform:
        location: {lat: 45.0, lon: 0.0}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 1h
        statusInterval: 1h
      """;

  private static ManufacturingSpec spec() throws Exception {
    return ScenarioLoader.parse(NETWORK, "placement.yaml").network();
  }

  @Test
  void rank_largestDemand_ordersByNearestRegionsDemandThenId() throws Exception {
    List<String> ranked = Placement.LARGEST_DEMAND.rank(spec(), List.of("mf-b-small", "mf-c-big", "mf-d-mid", "mf-a-big"));
    assertEquals(List.of("mf-a-big", "mf-c-big", "mf-d-mid", "mf-b-small"), ranked);
  }

  @Test
  void rank_listed_keepsTheListsOrder() throws Exception {
    List<String> listed = List.of("mf-d-mid", "mf-a-big", "mf-b-small");
    assertEquals(listed, Placement.LISTED.rank(spec(), listed));
  }

  @Test
  void rank_unknownNode_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> Placement.LARGEST_DEMAND.rank(spec(), List.of("mf-x")));
  }

  @Test
  void keepFirst_dropsTheCandidatesAfterK() throws Exception {
    ManufacturingSpec two = SiteDesigns.keepFirst(spec(), List.of("mf-a-big", "mf-c-big", "mf-d-mid"), 2);
    assertEquals(List.of("mf-b-small", "mf-a-big", "mf-c-big"), two.nodes().stream().map(n -> n.id()).toList());
    assertEquals(3, SiteDesigns.producingSites(two));
  }
}
