package org.dmsim.reports.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * The {@link NetworkGeometry} of a network design. Lane flows follow the <em>normal assignment</em>,
 * not a run: each region's mean demand of a product (orders a day × mean order size) goes to the site
 * the platform ranks first for it; a distribution centre's outflow comes from its source; a producing
 * site draws its components (bill of materials × its output) from the supplier it buys each from. A
 * run's results hold no per-lane counts (adding them would change every digest), and the normal
 * assignment shows what a design is built to do, which is what a map of it should show.
 */
public final class NetworkGeometries {
  private NetworkGeometries() {}

  /** The geometry of {@code spec}, named {@code variant}; {@code spec} must be valid. */
  public static NetworkGeometry of(String variant, ManufacturingSpec spec) {
    Network network = new Network(spec);
    List<NetworkGeometry.Node> nodes = new ArrayList<>();
    for (NodeSpec n : spec.nodes()) {
      nodes.add(new NetworkGeometry.Node(n.id(), kind(n.kind()), n.location().latitudeDeg(),
          n.location().longitudeDeg(), n.machines().stream().mapToInt(g -> g.count()).sum()));
    }
    for (SupplierSpec s : spec.suppliers()) {
      nodes.add(new NetworkGeometry.Node(s.id(), NetworkGeometry.Node.SUPPLIER, s.location().latitudeDeg(),
          s.location().longitudeDeg(), 0));
    }
    for (RegionSpec r : spec.regions()) {
      nodes.add(new NetworkGeometry.Node(r.id(), NetworkGeometry.Node.REGION, r.location().latitudeDeg(),
          r.location().longitudeDeg(), 0));
    }
    Map<String, Double> flows = new LinkedHashMap<>();
    double[][] made = new double[spec.nodes().size()][spec.products().size()];
    for (int r = 0; r < spec.regions().size(); r++) {
      RegionSpec region = spec.regions().get(r);
      for (DemandSpec line : region.demand()) {
        int p = network.productIndex(line.product());
        if (network.rankingSize(r, p) == 0) {
          continue;
        }
        int site = network.rankedSite(r, p, 0);
        double units = line.ordersPerDay() * line.orderSize().mean();
        add(flows, spec.nodes().get(site).id(), region.id(), units);
        int maker = site;
        if (!spec.nodes().get(site).kind().produces()) {
          maker = network.producerOfDc(site);
          // Each link of the chain carries the flow: source to centre, centre to centre, up to the producer.
          for (int at = site; maker >= 0 && at != maker; at = network.sourceOfDc(at)) {
            add(flows, spec.nodes().get(network.sourceOfDc(at)).id(), spec.nodes().get(at).id(), units);
          }
        }
        if (maker >= 0) {
          made[maker][p] += units;
        }
      }
    }
    for (int s = 0; s < spec.nodes().size(); s++) {
      for (int p = 0; p < spec.products().size(); p++) {
        for (int line = 0; line < network.bomSize(p) && made[s][p] > 0; line++) {
          int supplier = network.supplierFor(s, network.bomComponent(p, line));
          if (supplier >= 0) {
            add(flows, spec.suppliers().get(supplier).id(), spec.nodes().get(s).id(),
                made[s][p] * network.bomQuantity(p, line));
          }
        }
      }
    }
    List<NetworkGeometry.Lane> lanes = new ArrayList<>();
    flows.forEach((key, units) -> {
      String[] ends = key.split("\u0000");
      lanes.add(new NetworkGeometry.Lane(ends[0], ends[1], units));
    });
    return new NetworkGeometry(variant, nodes, lanes);
  }

  private static void add(Map<String, Double> flows, String from, String to, double units) {
    flows.merge(from + "\u0000" + to, units, Double::sum);
  }

  private static String kind(NodeKind k) {
    return switch (k) {
      case PLANT -> NetworkGeometry.Node.PLANT;
      case MICROFACTORY -> NetworkGeometry.Node.MICROFACTORY;
      case DISTRIBUTION_CENTRE -> NetworkGeometry.Node.DISTRIBUTION_CENTRE;
    };
  }
}
