package org.dmsim.scenarios.yaml;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.disruption.DisruptionSchedule;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads an experiment file ({@code format: 2}, {@code kind: experiment}) into an {@link Experiment}:
 * its own fields, then each variant's scenario file through {@link ScenarioLoader#load}, then each
 * case's disruptions against every variant. Problems in this file are reported here; a variant file's
 * own problems keep that file's name, line and column.
 *
 * <p>The variants must be designs of one market — scenarios naming the same market file — so that
 * replication {@code r} of every variant meets the same orders, and a case's disruptions must name
 * only ids every variant declares, so that they hit every design.
 */
final class ExperimentReader {
  static final String KIND = "experiment";
  static final List<String> FIELDS = ScenarioFormat.EXPERIMENT.names();
  static final List<String> VARIANT_FIELDS = ScenarioFormat.VARIANT.names();
  static final List<String> CASE_FIELDS = ScenarioFormat.CASE.names();

  private static final String EXPERIMENT = "an experiment: a mapping with the fields " + String.join(", ", FIELDS);
  private static final String FORMAT = "2, the format of experiment files";
  private static final String KIND_FIELD = "kind: experiment, which makes this file an experiment";
  private static final String NAME = "an experiment name of lower-case letters, digits and '-', not starting with "
      + "'-' (e.g. eu-disruption-suite)";
  private static final String WARMUP = "a warm-up: a duration from the start of each run (e.g. 28d)";
  private static final String VARIANTS =
      "a non-empty list of variants: mappings with the fields " + String.join(", ", VARIANT_FIELDS);
  private static final String VARIANT = "a variant: a mapping with the fields " + String.join(", ", VARIANT_FIELDS);
  private static final String VARIANT_NAME = "a variant name of lower-case letters, digits and '-', not starting "
      + "with '-' (e.g. centralized)";
  private static final String FILE = "a scenario file's path, relative to this file's directory (e.g. "
      + "eu-spare-parts-centralized.yaml)";
  private static final String SET = "a list of overrides of the variant file's fields, each PATH=VALUE (e.g. "
      + "platform.allocation=least-loaded)";
  private static final String SET_ITEM = "an override PATH=VALUE (e.g. nodes[plant-lyon].machines[cnc-5axis].count=4)";
  private static final String READABLE = "a readable scenario file";
  private static final String CASES =
      "a non-empty list of cases: mappings with the fields " + String.join(", ", CASE_FIELDS);
  private static final String CASE = "a case: a mapping with the fields " + String.join(", ", CASE_FIELDS);
  private static final String CASE_NAME = "a case name of lower-case letters, digits and '-', not starting with '-' "
      + "(e.g. plant-outage)";

  private final ValueReader in;
  private final Problems problems;
  private final Path file;
  private final boolean variantsAnywhere;
  /** Whether every variant listed could be read, so that a check over the variants read covers them all. */
  private boolean everyVariantRead;
  /** The overrides of every variant, after each variant's own: the command line's. */
  private final List<FieldOverride> everyVariant;
  /** The overrides of single variants, by variant name, after {@link #everyVariant}: a sweep point's. */
  private final Map<String, List<FieldOverride>> byVariant;
  /** Each variant file read so far with its overrides, so that a file two variants name alike is read and reported once. */
  private final Map<List<Object>, Optional<Scenario>> loaded = new LinkedHashMap<>();

  /**
   * @param problems where problems go: this file's, and each variant file's under that file's name
   * @param file     the experiment file: variant paths are relative to its directory
   */
  ExperimentReader(Problems problems, Path file) {
    this(problems, file, List.of());
  }

  /** As above, with overrides applied to every variant's file after the variant's own {@code set:}. */
  ExperimentReader(Problems problems, Path file, List<FieldOverride> everyVariant) {
    this(problems, file, everyVariant, false);
  }

  /**
   * As above; {@code variantsAnywhere} lets variants name files outside the experiment's folder tree,
   * which are refused otherwise.
   */
  ExperimentReader(Problems problems, Path file, List<FieldOverride> everyVariant, boolean variantsAnywhere) {
    this(problems, file, everyVariant, Map.of(), variantsAnywhere);
  }

  /** As above, with {@code byVariant}'s overrides applied to the variant they name, after every variant's. */
  ExperimentReader(Problems problems, Path file, List<FieldOverride> everyVariant,
      Map<String, List<FieldOverride>> byVariant, boolean variantsAnywhere) {
    this.variantsAnywhere = variantsAnywhere;
    this.everyVariant = List.copyOf(everyVariant);
    this.byVariant = Map.copyOf(byVariant);
    this.problems = problems;
    this.in = new ValueReader(problems);
    this.file = file;
  }

  /** Reads an experiment document; empty when there were problems. */
  Optional<Experiment> read(Document document) {
    if (document.isEmpty()) {
      problems.add(document.source(), 1, 1, "", EXPERIMENT, "an empty document");
      return Optional.empty();
    }
    Value rootValue = document.root();
    if (!saysExperiment(rootValue)) {
      return Optional.empty();
    }
    Optional<Fields> top = in.fields(rootValue, FIELDS, EXPERIMENT, ExperimentReader::whyNotTop);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    f.required("format", FORMAT).ifPresent(v -> in.integer(v, 2, 2, FORMAT));
    Optional<String> name = f.required("name", NAME).flatMap(v -> in.name(v, NAME));
    String description = f.optional("description").flatMap(in::text).orElse("");
    Optional<Long> seed = f.optional("seed")
        .map(v -> in.integer(v, Long.MIN_VALUE, Long.MAX_VALUE, ScenarioReader.SEED))
        .orElse(Optional.of(ScenarioReader.DEFAULT_SEED));
    Optional<Long> replications = f.optional("replications")
        .map(v -> in.integer(v, 1, ScenarioReader.MAX_REPLICATIONS, ScenarioReader.REPLICATIONS))
        .orElse(Optional.of((long) ScenarioReader.DEFAULT_REPLICATIONS));
    Optional<Value> warmupValue = f.optional("warmup");
    Optional<Long> warmupMs = warmupValue.map(v -> in.duration(v, ScenarioFormat.EXPERIMENT.field("warmup"), WARMUP)).orElse(Optional.of(0L));
    Optional<Value> horizonValue = f.optional("horizon");
    Optional<Long> horizonOverride = horizonValue.flatMap(v -> in.duration(v, ScenarioFormat.EXPERIMENT.field("horizon"), true));

    // The variants that could be read are checked against each other and the cases even when another could not.
    List<Variant> variants = f.required("variants", VARIANTS).map(this::variants).orElseGet(List::of);
    Optional<Horizon> horizon = horizonValue.isPresent()
        ? horizonOverride.map(ms -> new Horizon(ms, horizonValue.get().scalarText().orElse("").strip()))
        : commonHorizon(variants);
    warmupValue.ifPresent(v -> checkWarmup(v, warmupMs, horizon));
    sameMarket(variants);

    Optional<List<Experiment.Case>> cases = f.required("cases", CASES).flatMap(v -> cases(v, horizon, variants));

    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    List<Experiment.Variant> out = new ArrayList<>();
    for (Variant v : variants) {
      ManufacturingSpec spec = v.scenario().network();
      out.add(new Experiment.Variant(v.name(), horizonOverride.map(spec::withHorizon).orElse(spec),
          v.path().toString(), v.scenario().parts().stream().map(Scenario.Part::source).toList(),
          v.set().stream().map(FieldOverride::text).toList()));
    }
    return Optional.of(new Experiment(name.orElseThrow(), file.toString(), out, cases.orElseThrow(), seed.orElseThrow(),
        Math.toIntExact(replications.orElseThrow()), warmupMs.orElseThrow(), description));
  }

  /**
   * The one design of a sizing file, read as a variant's scenario file is ({@code value} names it,
   * relative to the sizing file); empty after reporting why not.
   */
  Optional<Scenario> design(Value value) {
    designPath = path(value);
    return designPath.flatMap(p -> scenario(value, p, everyVariant));
  }

  /** The path of the sizing file's design, once {@link #design} has read it. */
  private Optional<Path> designPath = Optional.empty();

  /**
   * The cases of a sizing file, read as an experiment's against its one design, the design named at
   * {@code fileValue}; empty after reporting why not.
   */
  Optional<List<Experiment.Case>> casesOfDesign(Value value, Value fileValue, Scenario design, long horizonMs) {
    everyVariantRead = true;
    return cases(value, Optional.of(new Horizon(horizonMs, Durations.format(horizonMs))),
        List.of(new Variant("design", fileValue, designPath.orElseThrow(), design, List.of())));
  }

  /** Whether the file says {@code kind: experiment}; reports it when it does not. */
  private boolean saysExperiment(Value root) {
    if (!(root.node() instanceof MappingNode)) {
      in.wrongDocument(root, EXPERIMENT);
      return false;
    }
    Optional<Value> kind = ValueReader.topField(root, "kind");
    if (kind.isEmpty()) {
      problems.add(root.document().source(), root.at(), "kind", KIND_FIELD, "nothing (the field is missing)");
      return false;
    }
    Optional<String> word = in.word(kind.get(), ScenarioReader.KINDS, w -> w);
    if (word.isPresent() && word.get().equals(Parts.MARKET)) {
      in.report(kind.get(), KIND_FIELD, "\"market\", a market file; name it in a scenario with market: FILE");
      return false;
    }
    if (word.isPresent() && word.get().equals(SizingReader.KIND)) {
      in.report(kind.get(), KIND_FIELD, "\"sizing\", a sizing file; run it with dmsim size");
      return false;
    }
    if (word.isPresent() && !word.get().equals(KIND)) {
      in.report(kind.get(), KIND_FIELD, ValueReader.quote(word.get()) + ", a scenario file; load it as a scenario");
      return false;
    }
    return word.isPresent();
  }

  private static Optional<String> whyNotTop(String key) {
    if (key.equals("disruptions")) {
      return Optional.of("a field of each case; list the disruptions under cases");
    }
    if (ManufacturingReader.SCENARIO_FIELDS.contains(key)) {
      return Optional.of("a field of scenario files; an experiment takes its networks from the files under variants");
    }
    return Optional.empty();
  }

  // ---- variants --------------------------------------------------------------------------------

  /** A variant whose scenario file could be read. */
  private record Variant(String name, Value fileValue, Path path, Scenario scenario, List<FieldOverride> set) {}

  /** The variants that could be read, each of the others having given a problem. */
  private List<Variant> variants(Value value) {
    Optional<List<Value>> items = in.list(value, VARIANTS, false);
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, Value> names = new LinkedHashMap<>();
    List<Variant> out = new ArrayList<>();
    for (Value item : items.get()) {
      variant(item, names).ifPresent(out::add);
    }
    everyVariantRead = out.size() == items.get().size();
    return out;
  }

  private Optional<Variant> variant(Value value, Map<String, Value> names) {
    Optional<Fields> fields = in.fields(value, VARIANT_FIELDS, VARIANT, key ->
        ManufacturingReader.SCENARIO_FIELDS.contains(key)
            ? Optional.of("a field of scenario files; write it in the variant's file") : Optional.empty());
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> nameValue = f.required("name", VARIANT_NAME);
    Optional<String> name = nameValue.flatMap(v -> in.name(v, VARIANT_NAME))
        .filter(n -> in.once(names, n, nameValue.get(), "a variant name no other variant has"));
    Optional<Value> fileValue = f.required("file", FILE);
    Optional<Path> path = fileValue.flatMap(this::path);
    Optional<List<FieldOverride>> set = f.optional("set").map(this::overrides).orElse(Optional.of(List.of()))
        .map(own -> {
          List<FieldOverride> all = new ArrayList<>(own);
          all.addAll(everyVariant);
          name.ifPresent(n -> all.addAll(byVariant.getOrDefault(n, List.of())));
          return all;
        });
    Optional<Scenario> scenario = set.flatMap(s -> path.flatMap(p -> scenario(fileValue.get(), p, s)));
    if (name.isEmpty() || scenario.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Variant(name.get(), fileValue.get(), path.get(), scenario.get(), set.get()));
  }

  /**
   * A variant's {@code set:} list, each item an override positioned where its text starts in this file
   * (after the opening quote of a quoted item), so that problems in it are reported there.
   */
  private Optional<List<FieldOverride>> overrides(Value value) {
    return in.items(value, SET, true, item -> in.scalar(item, SET_ITEM).flatMap(s -> {
      int quote = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
      FieldOverride o = new FieldOverride(item.document().source(), item.line(), item.at().getColumn() + 1 + quote,
          s.getValue());
      if (o.isMarketPath()) {
        in.report(item, "an override of the design, not of products or regions: the variants share one market, so "
            + "that every variant meets the same orders", ValueReader.quote(s.getValue()));
        return Optional.empty();
      }
      return Optional.of(o);
    }));
  }

  /** The variant file's path, resolved against this file's directory. */
  private Optional<Path> path(Value value) {
    return in.scalar(value, FILE).flatMap(s -> {
      String text = s.getValue().strip();
      try {
        if (!text.isEmpty()) {
          Path resolved = file.resolveSibling(Path.of(text)).normalize();
          if (!variantsAnywhere && !insideFolder(resolved)) {
            in.report(value, FILE, ValueReader.quote(text) + ", which is outside the experiment's folder (allow it "
                + "with --variants-anywhere)");
            return Optional.empty();
          }
          return Optional.of(resolved);
        }
      } catch (InvalidPathException e) {
        in.report(value, FILE, ValueReader.quote(text) + ", which is not a valid path here: " + e.getReason());
        return Optional.empty();
      }
      in.report(value, FILE, ValueReader.quote(s.getValue()));
      return Optional.empty();
    });
  }

  /** Whether a variant file lies in the experiment file's folder or below it (after resolving ".."). */
  private boolean insideFolder(Path variant) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    return folder == null || variant.toAbsolutePath().normalize().startsWith(folder);
  }

  /**
   * The variant file's scenario, read once per file: a scenario without disruption
   * generators. Problems inside it keep its own name and position; one that has no position (it
   * cannot be read) is reported at {@code value}, where the experiment names it.
   */
  private Optional<Scenario> scenario(Value value, Path path, List<FieldOverride> set) {
    List<Object> key = List.of(path, set.stream().map(FieldOverride::text).toList());
    if (loaded.containsKey(key)) {
      return loaded.get(key);
    }
    Optional<Scenario> read = load(value, path, set);
    loaded.put(key, read);
    return read;
  }

  private Optional<Scenario> load(Value value, Path path, List<FieldOverride> set) {
    if (!Files.exists(path)) {
      in.report(value, READABLE, "no such file: " + path);
      return Optional.empty();
    }
    if (ScenarioLoader.isExperiment(path)) {
      in.report(value, "a scenario file (an experiment cannot be a variant)", "an experiment file: " + path);
      return Optional.empty();
    }
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(path, set);
    } catch (ScenarioException e) {
      List<Problem> inFiles = new ArrayList<>();
      for (Problem p : e.problems()) {
        if (p.line() == 0 && p.field().equals(Problems.FILE)) {
          in.report(value, p.expected(), p.found() + ": " + path);
        } else {
          inFiles.add(p);
        }
      }
      // Two variant files may name one broken part: its problems are reported once.
      problems.addAll(inFiles);
      return Optional.empty();
    }
    if (!scenario.disruptionGenerators().isEmpty()) {
      int n = scenario.disruptionGenerators().size();
      in.report(value, "a scenario without disruption generators: an experiment's random disruptions belong to its "
          + "cases, so that every variant meets the same ones", n + " generator" + (n == 1 ? "" : "s") + " in " + path);
      return Optional.empty();
    }
    if (!scenario.network().disruptions().isEmpty()) {
      int n = scenario.network().disruptions().size();
      in.report(value, "a scenario without disruptions: an experiment's disruptions belong to its cases, so that "
          + "every case says what hits the designs and the baseline stays undisrupted (move them to a case)",
          n + " disruption" + (n == 1 ? "" : "s") + " in " + path);
      return Optional.empty();
    }
    return Optional.of(scenario);
  }

  /** The length of every run, ms, and how to show it. */
  private record Horizon(long ms, String text) {}

  /** The variants' horizon when they all have the same; reports the first that differs. */
  private Optional<Horizon> commonHorizon(List<Variant> variants) {
    if (variants.isEmpty()) {
      return Optional.empty();
    }
    Variant first = variants.get(0);
    long ms = first.scenario().network().horizonMs();
    for (Variant v : variants.subList(1, variants.size())) {
      long other = v.scenario().network().horizonMs();
      if (other != ms) {
        in.report(v.fileValue(), "a scenario with the horizon of variant " + first.name() + " (" + Durations.format(ms)
            + "), or a horizon in the experiment for every variant", "a horizon of " + Durations.format(other) + ": "
            + v.path());
        return Optional.empty();
      }
    }
    return Optional.of(new Horizon(ms, Durations.format(ms) + ", the variants' horizon"));
  }

  private void checkWarmup(Value value, Optional<Long> warmupMs, Optional<Horizon> horizon) {
    if (warmupMs.isPresent() && horizon.isPresent() && warmupMs.get() >= horizon.get().ms()) {
      in.report(value, "a warm-up shorter than the horizon (" + horizon.get().text() + ")",
          ValueReader.quote(value.scalarText().orElse("").strip()));
    }
  }

  // ---- one market ------------------------------------------------------------------------------

  /**
   * Reports, at its file, each variant that is not a design of the first variant's market: one that
   * names another market file, or writes its products and regions itself. Two variants of one
   * scenario file are of one market too.
   */
  private void sameMarket(List<Variant> variants) {
    if (variants.isEmpty()) {
      return;
    }
    Variant first = variants.get(0);
    Optional<Path> market = marketOf(first);
    for (Variant v : variants.subList(1, variants.size())) {
      Optional<Path> other = marketOf(v);
      if (v.path().equals(first.path()) || market.isPresent() && market.equals(other)) {
        continue;
      }
      String expected = "a design of the market of variant " + first.name() + (market.isPresent()
          ? ": a scenario that names the same market file (market: " + first.scenario().market().orElseThrow() + ")"
          : ", which writes its products and regions itself: every variant must name one market file (market: FILE)");
      String found = v.scenario().market().map(m -> "market: " + m + " in " + v.path())
          .orElse("products and regions written in " + v.path() + " itself");
      in.report(v.fileValue(), expected, found);
    }
  }

  /** The variant's market file, as an absolute path, if its scenario names one. */
  private static Optional<Path> marketOf(Variant v) {
    return v.scenario().market().map(m -> Path.of(m).toAbsolutePath().normalize());
  }

  // ---- cases -----------------------------------------------------------------------------------

  private Optional<List<Experiment.Case>> cases(Value value, Optional<Horizon> horizon, List<Variant> variants) {
    Optional<List<Value>> items = in.list(value, CASES, false);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Value> names = new LinkedHashMap<>();
    List<Experiment.Case> out = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      Optional<Experiment.Case> c = oneCase(item, names, horizon, variants);
      c.ifPresent(out::add);
      complete &= c.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  private Optional<Experiment.Case> oneCase(Value value, Map<String, Value> names, Optional<Horizon> horizon,
      List<Variant> variants) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, CASE_FIELDS, CASE, key ->
        key.equals("generate") || DisruptionReader.ALL_FIXED_FIELDS.contains(key)
            ? Optional.of("a field of a disruption; list the case's disruptions under disruptions") : Optional.empty());
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> nameValue = f.required("name", CASE_NAME);
    Optional<String> name = nameValue.flatMap(v -> in.name(v, CASE_NAME))
        .filter(n -> in.once(names, n, nameValue.get(), "a case name no other case has"));
    List<DisruptionReader.Reference> references = new ArrayList<>();
    DisruptionReader reader = new DisruptionReader(in, new DistributionReader(in), references::add);
    Optional<DisruptionReader.Read> read = f.optional("disruptions")
        .map(v -> reader.read(v, horizon.map(Horizon::ms), horizon.map(Horizon::text).orElse("?")))
        .orElse(Optional.of(new DisruptionReader.Read(List.of(), List.of(), List.of())));
    for (DisruptionReader.Reference r : references) {
      requireInEveryVariant(r, variants);
    }
    if (problems.count() != before || name.isEmpty() || read.isEmpty() || horizon.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Experiment.Case(name.get(),
        new SampledDisruptions(read.get().fixed(), read.get().generators(), horizon.get().ms())));
  }

  /**
   * Reports an id that does not name what it must in some variant, naming those variants: what the
   * id should name, the ids of that kind every variant declares, and where it is missing or of
   * another kind.
   */
  private void requireInEveryVariant(DisruptionReader.Reference r, List<Variant> variants) {
    Map<String, List<String>> variantsByFinding = new LinkedHashMap<>();
    Set<String> suggestFrom = new LinkedHashSet<>();
    List<String> common = null;
    for (Variant v : variants) {
      DisruptionTargets targets = DisruptionTargets.of(v.scenario().network());
      List<String> candidates = targets.candidates(r.target());
      common = common == null ? new ArrayList<>(candidates) : common;
      common.retainAll(candidates);
      Optional<DisruptionTargets.Miss> miss = targets.check(r);
      if (miss.isPresent()) {
        String finding = miss.get().what().map(w -> w + " in").orElse("not declared in");
        variantsByFinding.computeIfAbsent(finding, k -> new ArrayList<>()).add(v.name());
        suggestFrom.addAll(candidates);
      }
    }
    if (variantsByFinding.isEmpty()) {
      return;
    }
    String found;
    List<String> missing = variantsByFinding.get("not declared in");
    if (everyVariantRead && missing != null && missing.size() == variants.size()) {
      found = ValueReader.quote(r.id()) + ", not declared in any variant"
          + ValueReader.suggestion(r.id(), List.copyOf(suggestFrom));
    } else {
      List<String> parts = new ArrayList<>();
      variantsByFinding.forEach((finding, names) -> parts.add(finding + " variant" + (names.size() == 1 ? " " : "s ")
          + and(names)));
      found = ValueReader.quote(r.id()) + ", " + String.join(", ", parts);
    }
    String commonList = Objects.requireNonNull(common).isEmpty() ? " (none is declared in every variant)"
        : ValueReader.listed(common);
    in.report(r.value(), DisruptionTargets.expected(r.target()) + commonList + ", in every variant", found);
  }

  private static String and(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * A case's disruptions in one replication: its fixed ones and its generators' draws over the
   * horizon ({@link DisruptionSchedule#sample}), the same in every variant.
   *
   * @param fixed      the fixed disruptions, in file order
   * @param generators the generators, in file order: generator {@code i} draws from stream {@code generator-i}
   * @param horizonMs  the experiment's horizon, ms
   */
  record SampledDisruptions(List<Disruption> fixed, List<DisruptionGenerator> generators, long horizonMs)
      implements Experiment.DisruptionSource {
    SampledDisruptions {
      fixed = List.copyOf(fixed);
      generators = List.copyOf(generators);
    }

    @Override
    public List<Disruption> forReplication(long seed, int replication) {
      return DisruptionSchedule.sample(fixed, generators, horizonMs, seed, replication);
    }
  }
}
