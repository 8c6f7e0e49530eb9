package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the {@code machineTypes} of a scenario: capabilities, speed, scrap and failures. Declares
 * machine type ids in {@link Declarations}.
 */
final class MachineTypeReader {
  static final List<String> MACHINE_TYPE_FIELDS = ScenarioFormat.MACHINE_TYPE.names();
  static final List<String> FAILURE_FIELDS = ScenarioFormat.FAILURES.names();
  private static final String MACHINE_TYPE = ValueReader.mapping("a machine type", MACHINE_TYPE_FIELDS);
  static final String TYPE_ID = ValueReader.named("a machine type id", "cnc-5axis");
  private static final String CAPABILITIES =
      "a non-empty list of processes, each one of: " + Names.list(ProcessType.class);
  private static final Field SPEED = ScenarioFormat.MACHINE_TYPE.field("speed");
  private static final Field SCRAP = ScenarioFormat.MACHINE_TYPE.field("scrapProbability");
  private static final String FAILURES = ValueReader.mapping("failures", FAILURE_FIELDS);

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Declarations ids;

  MachineTypeReader(ValueReader in, DistributionReader distributions, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = distributions;
    this.ids = ids;
  }

  Optional<MachineType> machineType(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, MACHINE_TYPE_FIELDS, MACHINE_TYPE);
    if (fields.isEmpty()) {
      ids.machineTypes.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = ids.id(f, "id", TYPE_ID, ids.machineTypes);
    Optional<Set<ProcessType>> capabilities = f.required("capabilities", CAPABILITIES).flatMap(this::capabilities);
    Optional<Double> speed = optional(f, SPEED.name(), SPEED.defaultDouble(), v -> in.decimal(v, SPEED));
    Optional<Double> scrap = optional(f, SCRAP.name(), SCRAP.defaultDouble(), v -> in.decimal(v, SCRAP));
    Optional<Optional<Failures>> failures = optional(f, "failures", Optional.empty(), v -> failures(v).map(Optional::of));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "machine type", () -> new MachineType(id.orElseThrow(), capabilities.orElseThrow(),
        speed.orElseThrow(), scrap.orElseThrow(), failures.orElseThrow()));
  }

  private Optional<Set<ProcessType>> capabilities(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return in.items(value, CAPABILITIES, false, item -> in.choice(item, ProcessType.class)
        .filter(p -> in.once(seen, Names.of(p), item, "each process once")))
        .map(list -> Set.copyOf(EnumSet.copyOf(list)));
  }

  private Optional<Failures> failures(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, FAILURE_FIELDS, FAILURES);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    String positiveMean = "a time distribution with a mean greater than zero (e.g. {kind: exponential, mean: 120h})";
    Optional<Distribution> between = f.required("timeBetween", positiveMean).flatMap(v -> distributions.time(v)
        .filter(d -> {
          if (d.mean() > 0) {
            return true;
          }
          in.report(v, positiveMean, v.scalarText().map(ValueReader::quote).orElse("a distribution whose mean is 0"));
          return false;
        }));
    Optional<Distribution> repair = f.required("repair", "a time distribution (e.g. {kind: lognormal, mean: 4h, cv: 0.5})")
        .flatMap(distributions::time);
    Optional<FailureBasis> basis = optional(f, "basis", FailureBasis.OPERATING, v -> in.choice(v, FailureBasis.class));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "failures", () -> new Failures(between.orElseThrow(), repair.orElseThrow(), basis.orElseThrow()));
  }
}
