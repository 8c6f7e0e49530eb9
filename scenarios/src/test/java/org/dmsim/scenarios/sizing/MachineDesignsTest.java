package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@link MachineDesigns}: designs with k machines in every group of the sized sites. */
class MachineDesignsTest {
  private static final String NETWORK = """
      format: 2
      name: machines
      horizon: 10d
      products:
        - {id: part, weightKg: 1, valueEur: 1, stocked: true, routing: [{process: cnc, time: {kind: deterministic, value: 1h}}]}
      machineTypes:
        - {id: cell, capabilities: [cnc]}
        - {id: printer, capabilities: [cnc]}
      nodes:
        - id: plant-a
          kind: plant
          location: {lat: 50.0, lon: 0.0}
          machines: [{type: cell, count: 5}, {type: printer, count: 2}]
        - {id: mf-b, kind: microfactory, location: {lat: 45.0, lon: 0.0}, machines: [{type: cell, count: 1}]}
        - id: dc-c
          kind: distribution-centre
          location: {lat: 45.0, lon: 0.1}
          replenishFrom: plant-a
          stock: [{product: part, policy: base-stock, level: 10}]
      regions:
        - {id: r-a, location: {lat: 50.0, lon: 0.0}, demand: [{product: part, ordersPerDay: 3, promisedLeadTime: 2d}]}
      platform:
        location: {lat: 45.0, lon: 0.0}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 1h
        statusInterval: 1h
      """;

  private static ManufacturingSpec spec() throws Exception {
    return ScenarioLoader.parse(NETWORK, "machines.yaml").network();
  }

  private static List<MachineGroup> groups(ManufacturingSpec spec, String id) {
    return spec.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().machines();
  }

  @Test
  void withMachinesPerGroup_setsEveryGroupOfTheSizedSitesAndNothingElse() throws Exception {
    ManufacturingSpec three = MachineDesigns.withMachinesPerGroup(spec(), List.of("plant-a"), 3);
    assertEquals(List.of(new MachineGroup("cell", 3), new MachineGroup("printer", 3)), groups(three, "plant-a"));
    assertEquals(List.of(new MachineGroup("cell", 1)), groups(three, "mf-b"));
    assertEquals(7, SiteDesigns.machines(three));
    assertEquals(spec().nodes().stream().map(NodeSpec::id).toList(), three.nodes().stream().map(NodeSpec::id).toList());
    assertTrue(three.problems().isEmpty(), three.problems().toString());
  }

  @Test
  void withMachinesPerGroup_everySite_growsWithK() throws Exception {
    List<String> sites = MachineDesigns.producingNodes(spec());
    assertEquals(List.of("plant-a", "mf-b"), sites);
    assertEquals(3, SiteDesigns.machines(MachineDesigns.withMachinesPerGroup(spec(), sites, 1)));
    assertEquals(12, SiteDesigns.machines(MachineDesigns.withMachinesPerGroup(spec(), sites, 4)));
    assertEquals(2, SiteDesigns.producingSites(MachineDesigns.withMachinesPerGroup(spec(), sites, 4)));
  }

  @Test
  void withMachinesPerGroup_keepsTheRestOfTheNode() throws Exception {
    NodeSpec before = spec().nodes().get(0);
    NodeSpec after = MachineDesigns.withMachinesPerGroup(spec(), List.of("plant-a"), 9).nodes().get(0);
    assertEquals(new NodeSpec(before.id(), before.kind(), before.location(), after.machines(), before.dispatching(),
        before.unitCostEur(), before.fixedCostEurPerDay(), before.quality(), before.shifts(), before.componentStock(),
        before.replenishFrom(), before.stock(), before.echelon(), before.sourcing()), after);
  }

  @Test
  void withMachinesPerGroup_zero_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> MachineDesigns.withMachinesPerGroup(spec(), List.of("mf-b"), 0));
  }
}
