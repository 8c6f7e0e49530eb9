package org.dmsim.scenarios.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;

/**
 * Writes a {@link SyntheticNetwork} as a format-2 scenario: products, machine types and the platform in
 * YAML, and the sites and regions either in the YAML too or in two CSV files it imports
 * ({@code docs/scenario-format.md}, "Nodes and regions from CSV files"). The text depends on the
 * request alone — no date, version or path — so the same request gives the same bytes.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * The files of {@code network} as {@code request} asks: the scenario first, then any CSV files.
   *
   * @throws IllegalArgumentException when a file would be larger than the loader reads, saying what to do
   */
  public static List<GeneratedFile> of(SyntheticNetwork network, GeneratorRequest request) {
    List<GeneratedFile> files = new ArrayList<>();
    String sitesCsv = network.name() + "-sites.csv";
    String demandCsv = network.name() + "-demand.csv";
    files.add(new GeneratedFile(network.name() + ".yaml", yaml(network, request, sitesCsv, demandCsv)));
    if (request.csv()) {
      files.add(new GeneratedFile(sitesCsv, sites(network)));
      files.add(new GeneratedFile(demandCsv, demand(network)));
    }
    for (GeneratedFile f : files) {
      long bytes = f.text().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > ScenarioLoader.MAX_FILE_BYTES) {
        throw new IllegalArgumentException(f.name() + " would be " + (bytes / 1024) + " KiB, more than the "
            + (ScenarioLoader.MAX_FILE_BYTES / 1024) + " KiB a scenario file may have; "
            + (request.csv() ? "ask for fewer sites or regions" : "add --csv to put sites and demand in CSV files"));
      }
    }
    return files;
  }

  private static String yaml(SyntheticNetwork n, GeneratorRequest r, String sitesCsv, String demandCsv) {
    StringBuilder y = new StringBuilder();
    y.append("# ").append(n.name()).append(" - a synthetic network made by 'dmsim generate'.\n")
        .append("#\n")
        .append("# Made with: dmsim generate --sites ").append(r.sites()).append(" --regions ").append(r.regions())
        .append(" --design ").append(r.design().word()).append(" --seed ").append(r.seed())
        .append(" --horizon ").append(SimTime.format(r.horizonMs())).append(r.csv() ? " --csv" : "").append('\n')
        .append("# The same command writes the same bytes. Sites and regions are drawn from European cities\n")
        .append("# weighted by population; demand loads the machining cells to about ")
        .append(Math.round(100 * NetworkGenerator.TARGET_CNC_UTILIZATION)).append(" % of their time.\n")
        .append("# Design: ").append(r.design() == NetworkDesign.CENTRALIZED
            ? "centralized - plants in the largest cities, sized by their population."
            : "distributed - microfactories spread by population, two machining cells each.").append('\n')
        .append("# How it is drawn: docs/scenario-format.md, \"Generated networks\".\n\n");
    y.append("format: 2\n")
        .append("name: ").append(n.name()).append('\n')
        .append("description: A synthetic ").append(r.design().word()).append(" network of ").append(r.sites())
        .append(" sites and ").append(r.regions()).append(" regions in European cities.\n")
        .append("horizon: ").append(SimTime.format(r.horizonMs())).append('\n')
        .append("seed: ").append(r.seed()).append('\n')
        .append("replications: 2\n\n");
    if (r.csv()) {
      y.append("import:\n")
          .append("  nodes: ").append(sitesCsv).append("\n")
          .append("  regions: ").append(demandCsv).append("\n\n");
    }
    y.append("""
        products:
          - id: housing
            weightKg: 4
            valueEur: 180
            routing:
              - process: cnc
                time: {kind: lognormal, mean: 50min, cv: 0.4}
              - process: finishing
                time: 20min
          - id: bracket
            weightKg: 0.5
            valueEur: 25
            routing:
              - process: cnc
                time: {kind: exponential, mean: 15min}

        machineTypes:
          - id: cnc
            capabilities: [cnc]
          - id: finisher
            capabilities: [finishing]

        """);
    SyntheticNetwork.Region hub = n.regions().get(0);
    for (SyntheticNetwork.Region g : n.regions()) {
      if (g.housingOrdersPerDay() > hub.housingOrdersPerDay()) {
        hub = g;
      }
    }
    y.append("platform:\n")
        .append("  location: {lat: ").append(deg(hub.lat())).append(", lon: ")
        .append(deg(hub.lon())).append("}   # at the region with the most demand\n")
        .append("""
              allocation: nearest
              maxQueuePerMachine: 3      # a site with more waiting jobs per machine is full: the next nearest takes the order
              orderLatency: 1h
              infoDelay: 1h
              statusInterval: 1h
            """);
    if (!r.csv()) {
      y.append("\nnodes:\n");
      for (SyntheticNetwork.Site s : n.sites()) {
        y.append("  - {id: ").append(s.id()).append(", kind: ").append(s.kind()).append(", location: {lat: ")
            .append(deg(s.lat())).append(", lon: ").append(deg(s.lon())).append("}, machines: [{type: cnc, count: ")
            .append(s.cncMachines()).append("}, {type: finisher, count: ").append(s.finishers())
            .append("}], fixedCostEurPerDay: ").append(s.fixedCostEurPerDay()).append("}\n");
      }
      y.append("\nregions:\n");
      for (SyntheticNetwork.Region g : n.regions()) {
        y.append("  - id: ").append(g.id()).append("   # ").append(g.place().name()).append('\n')
            .append("    location: {lat: ").append(deg(g.lat())).append(", lon: ").append(deg(g.lon())).append("}\n")
            .append("    demand:\n")
            .append("      - {product: housing, ordersPerDay: ").append(rate(g.housingOrdersPerDay()))
            .append(", promisedLeadTime: 3d}\n")
            .append("      - {product: bracket, ordersPerDay: ").append(rate(g.bracketOrdersPerDay()))
            .append(", orderSize: 4, promisedLeadTime: 2d, patience: 7d}\n");
      }
    }
    return y.toString();
  }

  private static String sites(SyntheticNetwork n) {
    StringBuilder c = new StringBuilder("# The sites of ").append(n.name()).append(".yaml, made by 'dmsim generate'.\n")
        .append("id,kind,lat,lon,machines,fixedCostEurPerDay\n");
    for (SyntheticNetwork.Site s : n.sites()) {
      c.append(s.id()).append(',').append(s.kind()).append(',').append(deg(s.lat())).append(',').append(deg(s.lon()))
          .append(",cnc:").append(s.cncMachines()).append(";finisher:").append(s.finishers()).append(',')
          .append(s.fixedCostEurPerDay()).append('\n');
    }
    return c.toString();
  }

  private static String demand(SyntheticNetwork n) {
    StringBuilder c = new StringBuilder("# The demand of ").append(n.name())
        .append(".yaml, made by 'dmsim generate': two rows per region.\n")
        .append("region,lat,lon,product,ordersPerDay,orderSize,promisedLeadTime,patience\n");
    for (SyntheticNetwork.Region g : n.regions()) {
      String at = g.id() + "," + deg(g.lat()) + "," + deg(g.lon());
      c.append(at).append(",housing,").append(rate(g.housingOrdersPerDay())).append(",,3d,\n");
      c.append(at).append(",bracket,").append(rate(g.bracketOrdersPerDay())).append(",4,2d,7d\n");
    }
    return c.toString();
  }

  private static String deg(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String rate(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
