package org.dmsim.scenarios.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.format.Section;
import org.dmsim.scenarios.sizing.MachineDesigns;
import org.dmsim.scenarios.sizing.Placement;
import org.dmsim.scenarios.sizing.SizedQuantity;
import org.dmsim.scenarios.sizing.SiteDesigns;
import org.dmsim.scenarios.sizing.SizingStudy;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a sizing file ({@code format: 2}, {@code kind: sizing}) into a {@link SizingStudy}: its fields
 * ({@link ScenarioFormat#SIZING}), what it sizes (sites, or machines per group at its candidates), its
 * design (read as an experiment's variant is, through {@link ExperimentReader}, and like one without
 * disruptions of its own), its candidates and its cases (read as an experiment's, against the design).
 * Every problem carries this file's (or the design file's) name, line and column.
 */
final class SizingReader {
  static final String KIND = "sizing";
  private static final Section S = ScenarioFormat.SIZING;
  private static final String SIZING = "a sizing study: a mapping with the fields " + String.join(", ", S.names());
  private static final String FORMAT = "2, the format of sizing files";
  private static final String NAME = "a study name of lower-case letters, digits and '-', not starting with '-' "
      + "(e.g. eu-planner-size)";
  private static final String DESIGN = "a scenario file's path, relative to this file's directory (e.g. "
      + "eu-spare-parts-distributed.yaml)";
  private static final String CANDIDATES = "a non-empty list of node ids of the design, each once";
  private static final String TARGET = "a number, the indicator's target (e.g. 0.95)";
  private static final String MACHINES_TO = "the most machines per group tried (required with size: machines; e.g. 8)";
  private static final String SIZED_SITES = "a non-empty list of plants and microfactories of the design, each once";

  private final ValueReader in;
  private final Problems problems;
  private final ExperimentReader experiments;
  private final Path file;

  SizingReader(Problems problems, Path file, boolean designAnywhere) {
    this.problems = problems;
    this.in = new ValueReader(problems);
    this.file = file;
    this.experiments = new ExperimentReader(problems, file, List.of(), designAnywhere);
  }

  /** Reads a sizing document; empty when there were problems. */
  Optional<SizingStudy> read(Document document) {
    if (document.isEmpty()) {
      problems.add(document.source(), 1, 1, "", SIZING, "an empty document");
      return Optional.empty();
    }
    Value root = document.root();
    if (!(root.node() instanceof MappingNode)) {
      in.wrongDocument(root, SIZING);
      return Optional.empty();
    }
    Optional<Fields> top = in.fields(root, S.names(), SIZING, key -> key.equals("variants")
        ? Optional.of("a field of experiment files; a sizing study has one design") : Optional.empty());
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    f.required("format", FORMAT).ifPresent(v -> in.integer(v, 2, 2, FORMAT));
    f.required("kind", "kind: sizing, which makes this file a sizing study")
        .ifPresent(v -> in.word(v, List.of(KIND), w -> w));
    Optional<String> name = f.required("name", NAME).flatMap(v -> in.name(v, NAME));
    String description = f.optional("description").flatMap(in::text).orElse("");
    Optional<Long> seed = f.optional("seed").map(v -> in.integer(v, Long.MIN_VALUE, Long.MAX_VALUE, ScenarioReader.SEED))
        .orElse(Optional.of(ScenarioReader.DEFAULT_SEED));
    Optional<Long> warmup = f.optional("warmup").map(v -> in.duration(v, S.field("warmup"), S.field("warmup").expected()))
        .orElse(Optional.of(0L));
    Optional<Value> horizonValue = f.optional("horizon");
    Optional<Long> horizon = horizonValue.flatMap(v -> in.duration(v, S.field("horizon"), true));
    Optional<String> indicator = f.optional("indicator").map(this::indicator).orElse(Optional.of("fill_during_disruption"));
    Optional<Double> target = f.required("target", TARGET).flatMap(v -> in.decimal(v, x -> true, TARGET));
    Optional<Double> confidence = f.optional("confidence").map(v -> in.decimal(v, S.field("confidence")))
        .orElse(Optional.of(0.95));
    Optional<Long> batch = f.optional("batch").map(v -> in.integer(v, S.field("batch"))).orElse(Optional.of(5L));
    Optional<Value> maxValue = f.optional("maxReplications");
    Optional<Long> max = maxValue.map(v -> in.integer(v, S.field("maxReplications"))).orElse(Optional.of(40L));
    if (maxValue.isPresent() && max.isPresent() && batch.isPresent() && max.get() < batch.get()) {
      in.report(maxValue.get(), "at least batch (" + batch.get() + ")", Long.toString(max.get()));
    }
    Optional<SizedQuantity> quantity = f.optional("size")
        .map(v -> in.word(v, SizedQuantity.words(), w -> SizedQuantity.of(w).orElseThrow()))
        .orElse(Optional.of(SizedQuantity.SITES));
    boolean machines = quantity.isPresent() && quantity.get() == SizedQuantity.MACHINES;
    Optional<Value> placementValue = f.optional("placement");
    Optional<Placement> placement;
    if (machines) {
      placementValue.ifPresent(v -> in.report(v, "no placement with size: machines (placement orders the sites that "
          + "open with size: sites; machines are sized at every candidate)", v.scalarText().map(ValueReader::quote)
          .orElse("a placement")));
      placement = Optional.of(Placement.LISTED);
    } else {
      placement = placementValue.map(v -> in.word(v, Placement.words(), w -> Placement.of(w).orElseThrow()))
          .orElse(Optional.of(Placement.LARGEST_DEMAND));
    }

    Optional<Value> designValue = f.required("design", DESIGN);
    Optional<Scenario> design = designValue.flatMap(experiments::design);
    Optional<ManufacturingSpec> spec = design.map(d -> horizon.map(d.network()::withHorizon).orElse(d.network()));
    if (spec.isPresent() && warmup.isPresent() && warmup.get() >= spec.get().horizonMs()) {
      in.report(f.optional("warmup").orElse(root), "a warm-up shorter than the horizon", warmup.get() + " ms");
    }
    Optional<List<String>> candidates = spec.flatMap(s -> machines ? sizedSites(f, s) : candidates(f, s));
    Optional<Value> fromValue = f.optional("from");
    Optional<Long> from = fromValue.map(v -> in.integer(v, S.field("from"))).orElse(Optional.of(1L));
    Optional<Value> toValue = machines ? f.required("to", MACHINES_TO) : f.optional("to");
    Optional<Long> to = toValue.map(v -> in.integer(v, S.field("to")))
        .orElse(machines ? Optional.empty() : candidates.map(c -> (long) Math.max(1, c.size())));
    if (quantity.isPresent() && !machines && candidates.isPresent() && to.isPresent()
        && to.get() > candidates.get().size()) {
      in.report(toValue.orElse(root), "at most the number of candidates (" + candidates.get().size() + ")",
          Long.toString(to.get()));
    } else if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
      in.report(fromValue.orElse(root), "at most to (" + to.get() + ")", Long.toString(from.get()));
    }
    Optional<List<Experiment.Case>> cases = f.required("cases", "a non-empty list of cases: mappings with the fields "
        + String.join(", ", ScenarioFormat.CASE.names()))
        .flatMap(v -> spec.flatMap(s -> experiments.casesOfDesign(v, designValue.get(), design.get(), s.horizonMs())));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    ManufacturingSpec full = spec.orElseThrow();
    List<String> ranked = placement.orElseThrow().rank(full, candidates.orElseThrow());
    return Optional.of(new SizingStudy(name.orElseThrow(), file.toString(), description, full,
        designValue.get().scalarText().orElse(""), quantity.orElseThrow(), placement.orElseThrow(), ranked,
        Math.toIntExact(from.orElseThrow()), Math.toIntExact(to.orElseThrow()), cases.orElseThrow(), seed.orElseThrow(), warmup.orElseThrow(),
        indicator.orElseThrow(), target.orElseThrow(), confidence.orElseThrow(), Math.toIntExact(batch.orElseThrow()),
        Math.toIntExact(max.orElseThrow())));
  }

  private Optional<String> indicator(Value v) {
    List<String> names = ExperimentRunner.indicatorNames();
    return in.word(v, names, w -> w);
  }

  /** The sites whose machines are sized (size: machines): the list written (producing nodes, once each) or all. */
  private Optional<List<String>> sizedSites(Fields f, ManufacturingSpec spec) {
    Optional<Value> value = f.optional("candidates");
    if (value.isEmpty()) {
      return Optional.of(MachineDesigns.producingNodes(spec));
    }
    List<String> producing = MachineDesigns.producingNodes(spec);
    List<String> ids = spec.nodes().stream().map(NodeSpec::id).toList();
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<List<String>> items = in.items(value.get(), SIZED_SITES, false, item -> in.scalar(item, SIZED_SITES)
        .flatMap(s -> {
          String id = s.getValue().strip();
          if (!ids.contains(id)) {
            in.report(item, "a plant or microfactory of the design " + spec.name(),
                ValueReader.quote(id) + ValueReader.suggestion(id, producing));
            return Optional.empty();
          }
          if (!producing.contains(id)) {
            in.report(item, "a plant or microfactory of the design " + spec.name() + " (a site with machines)",
                ValueReader.quote(id) + ", a distribution centre");
            return Optional.empty();
          }
          return in.once(seen, id, item, "a candidate listed once") ? Optional.of(id) : Optional.<String>empty();
        }));
    return items.map(ArrayList::new);
  }

  /** The candidates: the list written (each a droppable node of the design, once) or the default. */
  private Optional<List<String>> candidates(Fields f, ManufacturingSpec spec) {
    Optional<Value> value = f.optional("candidates");
    if (value.isEmpty()) {
      List<String> all = SiteDesigns.droppableMicrofactories(spec);
      if (all.isEmpty()) {
        in.report(f.optional("design").orElseThrow(), "a design with microfactories that no other node refers to "
            + "(the default candidates), or a candidates list", "none in " + spec.name());
        return Optional.empty();
      }
      return Optional.of(all);
    }
    List<String> ids = spec.nodes().stream().map(NodeSpec::id).toList();
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<List<String>> items = in.items(value.get(), CANDIDATES, false, item -> in.scalar(item, CANDIDATES)
        .flatMap(s -> {
          String id = s.getValue().strip();
          if (!ids.contains(id)) {
            in.report(item, "a node of the design " + spec.name(), ValueReader.quote(id) + ValueReader.suggestion(id, ids));
            return Optional.empty();
          }
          if (!in.once(seen, id, item, "a candidate listed once")) {
            return Optional.empty();
          }
          Optional<String> why = SiteDesigns.whyNotDroppable(spec, id);
          if (why.isPresent()) {
            in.report(item, "a node the design can do without", ValueReader.quote(id) + ", which the design needs: "
                + "without it, " + why.get());
            return Optional.empty();
          }
          return Optional.of(id);
        }));
    return items.map(ArrayList::new);
  }
}
