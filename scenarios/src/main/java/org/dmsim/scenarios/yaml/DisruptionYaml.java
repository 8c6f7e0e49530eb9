package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Fixed disruptions written as entries of a {@code disruptions} list that read back to the same values:
 * times in whole ms ({@link Durations#format}), numbers by {@link Double#toString}, which
 * {@link Double#parseDouble} turns back into the same double. The one place that writes them (a live
 * session's recording, a run description), and the reader of such a list: every entry through the same
 * checks as a scenario file's.
 */
public final class DisruptionYaml {
  private DisruptionYaml() {}

  /**
   * One fixed disruption as an entry of a {@code disruptions} list, every field written exactly:
   * {@code indent} then {@code - type: …}, each further field on its own line two spaces deeper.
   */
  public static String entry(Disruption d, String indent) {
    StringBuilder e = new StringBuilder(160);
    e.append(indent).append("- type: ").append(d.type()).append('\n');
    String in = indent + "  ";
    if (d instanceof Disruption.NodeOutage n) {
      field(e, in, "node", quote(n.node()));
    } else if (d instanceof Disruption.CapacityLoss c) {
      field(e, in, "node", quote(c.node()));
      field(e, in, "share", number(c.machineShare()));
    } else if (d instanceof Disruption.RegionalDisaster r) {
      field(e, in, "name", quote(r.name()));
      field(e, in, "centre", "{lat: " + number(r.centre().latitudeDeg()) + ", lon: " + number(r.centre().longitudeDeg()) + "}");
      field(e, in, "radiusKm", number(r.radiusKm()));
    } else if (d instanceof Disruption.BorderClosure b) {
      field(e, in, "name", quote(b.name()));
      field(e, in, "centre", "{lat: " + number(b.centre().latitudeDeg()) + ", lon: " + number(b.centre().longitudeDeg()) + "}");
      field(e, in, "radiusKm", number(b.radiusKm()));
    } else if (d instanceof Disruption.LaneClosure l) {
      field(e, in, "from", quote(l.from()));
      field(e, in, "to", quote(l.to()));
      if (l.slowdown() != 0) {
        field(e, in, "factor", number(l.slowdown()));
      }
    } else if (d instanceof Disruption.SupplierFailure s) {
      field(e, in, "supplier", quote(s.supplier()));
    } else if (d instanceof Disruption.DemandSurge s) {
      field(e, in, "region", quote(s.region()));
      field(e, in, "product", quote(s.product()));
      field(e, in, "factor", number(s.factor()));
    } else if (d instanceof Disruption.StockDestroyed s) {
      field(e, in, "node", quote(s.node()));
      field(e, in, "share", number(s.share()));
    }
    field(e, in, "at", Durations.format(d.startMs()));
    if (!(d instanceof Disruption.StockDestroyed)) {
      field(e, in, "for", Durations.format(d.endMs() - d.startMs()));
    }
    return e.toString();
  }

  /** {@code list} as a YAML list at the top of a document, {@code []} when empty; {@link #read} reads it back. */
  public static String list(List<Disruption> list) {
    if (list.isEmpty()) {
      return "[]\n";
    }
    StringBuilder y = new StringBuilder(list.size() * 120);
    for (Disruption d : list) {
      y.append(entry(d, ""));
    }
    return y.toString();
  }

  /**
   * The fixed disruptions of a YAML list ({@link #list}), in its order, each checked as a scenario file's
   * and each id it names looked up in {@code network}. Starts are not checked against a horizon.
   *
   * @param source what problems call the text
   * @throws ScenarioException with every problem, at {@code source:line:column}
   */
  public static List<Disruption> read(String yaml, String source, ManufacturingSpec network) throws ScenarioException {
    Objects.requireNonNull(yaml, "yaml");
    Problems problems = new Problems();
    Optional<Document> document = YamlFiles.compose(yaml, source, null, problems);
    if (document.isEmpty()) {
      throw problems.toException(source);
    }
    if (document.get().isEmpty()) {
      problems.add(source, 1, 1, "", DisruptionReader.DISRUPTIONS, "an empty document");
      throw problems.toException(source);
    }
    ValueReader in = new ValueReader(problems);
    List<DisruptionReader.Reference> references = new ArrayList<>();
    Value root = document.get().root();
    Optional<DisruptionReader.Read> read = new DisruptionReader(in, new DistributionReader(in), references::add)
        .read(root, Optional.empty(), "");
    DisruptionTargets targets = DisruptionTargets.of(network);
    for (DisruptionReader.Reference r : references) {
      targets.check(r).ifPresent(miss -> in.report(r.value(), miss.expected() + ValueReader.listed(miss.candidates()),
          ValueReader.quote(r.id()) + miss.what().map(w -> ", " + w).orElse(", not declared in the network")));
    }
    if (read.isPresent() && !read.get().generators().isEmpty()) {
      in.report(root, "fixed disruptions only", read.get().generators().size() + " generator(s)");
    }
    if (!problems.isEmpty()) {
      throw problems.toException(source);
    }
    return read.orElseThrow().fixed();
  }

  private static void field(StringBuilder e, String indent, String name, String value) {
    e.append(indent).append(name).append(": ").append(value).append('\n');
  }

  /** A double as YAML reads it back to the same value: {@link Double#toString} round-trips exactly. */
  private static String number(double v) {
    return Double.toString(v).toLowerCase(Locale.ROOT);
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
