package org.dmsim.model.mfg.compile;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.entity.DistributionCentre;
import org.dmsim.model.mfg.entity.Platform;
import org.dmsim.model.mfg.entity.ProductionNode;
import org.dmsim.model.mfg.entity.Region;
import org.dmsim.model.mfg.entity.Supplier;
import org.dmsim.model.mfg.entity.Workstation;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * Wires a manufacturing scenario into a simulation plan: one node each for the platform, every
 * site (with its machines as children {@code <site>/m01…}), every region and every supplier. The
 * lookahead is the shortest order latency, information delay or lane transit.
 */
public final class NetworkPlan {
  private NetworkPlan() {}

  /** The plan of {@code spec}. */
  public static SimulationPlan of(ManufacturingSpec spec) {
    return of(new Network(spec));
  }

  /** The plan of a compiled network. */
  public static SimulationPlan of(Network network) {
    ManufacturingSpec spec = network.spec();
    SimulationPlan.Builder b = SimulationPlan.builder(spec.name());
    b.node(ManufacturingSpec.PLATFORM, dir -> new Platform(network, sites(dir, spec), regions(dir, spec)));
    for (int s = 0; s < spec.nodes().size(); s++) {
      int site = s;
      NodeSpec n = spec.nodes().get(s);
      if (n.kind().produces()) {
        int count = network.machineCount(s);
        List<String> machineNames = new ArrayList<>();
        int digits = String.valueOf(count).length();
        b.node(n.id(), dir -> new ProductionNode(network, site, dir.id(ManufacturingSpec.PLATFORM),
            ids(dir, machineNames), sites(dir, spec), regions(dir, spec), suppliers(dir, spec)));
        for (int m = 0; m < count; m++) {
          int machine = m;
          machineNames.add(b.child(n.id(), "m" + String.format("%0" + digits + "d", m + 1),
              dir -> new Workstation(spec.products(), network.machineOf(site, machine), n.shifts(), dir.id(n.id()),
                  machine)));
        }
      } else {
        b.node(n.id(), dir -> new DistributionCentre(network, site, dir.id(ManufacturingSpec.PLATFORM),
            dir.id(n.replenishFrom().orElseThrow()), regions(dir, spec), sites(dir, spec)));
      }
    }
    for (RegionSpec r : spec.regions()) {
      b.node(r.id(), dir -> new Region(network, r, dir.id(ManufacturingSpec.PLATFORM)));
    }
    for (int p = 0; p < spec.suppliers().size(); p++) {
      int supplier = p;
      b.node(spec.suppliers().get(p).id(), dir -> new Supplier(network, supplier, sites(dir, spec)));
    }
    return b.build(network.lookaheadMs(), spec.horizonMs());
  }

  private static List<EntityId> ids(EntityDirectory dir, List<String> names) {
    List<EntityId> out = new ArrayList<>();
    names.forEach(n -> out.add(dir.id(n)));
    return out;
  }

  private static List<EntityId> sites(EntityDirectory dir, ManufacturingSpec spec) {
    List<EntityId> out = new ArrayList<>();
    spec.nodes().forEach(n -> out.add(dir.id(n.id())));
    return out;
  }

  private static List<EntityId> regions(EntityDirectory dir, ManufacturingSpec spec) {
    List<EntityId> out = new ArrayList<>();
    spec.regions().forEach(r -> out.add(dir.id(r.id())));
    return out;
  }

  private static List<EntityId> suppliers(EntityDirectory dir, ManufacturingSpec spec) {
    List<EntityId> out = new ArrayList<>();
    for (SupplierSpec s : spec.suppliers()) {
      out.add(dir.id(s.id()));
    }
    return out;
  }
}
