package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.mfg.spec.BackupSource;
import org.dmsim.model.mfg.spec.Echelon;
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.format.Section;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads where a node gets its inputs from: a producing node's {@code sourcing} of components (primary
 * and backup suppliers), and a distribution centre's link to its source — {@code orderDelay},
 * {@code shippingDelay}, {@code period} and a {@code backup} source. Both share the switching fields
 * ({@code switchOver}, {@code switchBack}, {@code switchBackDelay}, {@code split}). Whether the named
 * suppliers and nodes fit is checked by the model (SourcingCheck, StockingCheck).
 */
final class SupplyReader {
  static final List<String> SOURCING_FIELDS = ScenarioFormat.SOURCING.names();
  static final List<String> BACKUP_FIELDS = ScenarioFormat.BACKUP.names();
  private static final String SOURCING_LIST = ScenarioFormat.NODE.field("sourcing").expected();
  private static final String SOURCING_RULE = ValueReader.mapping("a sourcing rule", SOURCING_FIELDS);
  private static final String BACKUP = ValueReader.mapping("a backup source", BACKUP_FIELDS);
  private static final Field ORDER_DELAY = ScenarioFormat.NODE.field("orderDelay");
  private static final Field SHIPPING_DELAY = ScenarioFormat.NODE.field("shippingDelay");
  private static final Field PERIOD = ScenarioFormat.NODE.field("period");

  private final ValueReader in;
  private final Problems problems;
  private final Declarations ids;

  SupplyReader(ValueReader in, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.ids = ids;
  }

  /** A producing node's sourcing rules: a list, possibly empty. */
  Optional<List<SourcingRule>> sourcing(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return in.items(value, SOURCING_LIST, false, rule -> sourcingRule(rule, seen));
  }

  /** One sourcing rule; its suppliers are checked against the suppliers by the model (SourcingCheck). */
  private Optional<SourcingRule> sourcingRule(Value value, Map<String, Value> seen) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, SOURCING_FIELDS, SOURCING_RULE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Field componentField = ScenarioFormat.SOURCING.field("component");
    Optional<Optional<String>> component = optional(f, componentField.name(), Optional.empty(),
        v -> in.name(v, componentField.expected())
            .filter(c -> in.once(seen, c, v, "each component once per node's sourcing")).map(Optional::of));
    if (f.optional(componentField.name()).isEmpty() && !in.once(seen, "", value,
        "one sourcing rule without a component per node (it covers every other component its primary supplies)")) {
      return Optional.empty();
    }
    Field primaryField = ScenarioFormat.SOURCING.field("primary");
    Field backupField = ScenarioFormat.SOURCING.field("backup");
    Optional<String> primary = f.required(primaryField).flatMap(v -> in.name(v, primaryField.expected()));
    Optional<Value> backupValue = f.required(backupField);
    Optional<String> backup = backupValue.flatMap(v -> in.name(v, backupField.expected()).filter(b -> {
      if (primary.isPresent() && primary.get().equals(b)) {
        in.report(v, "a backup supplier other than the primary", ValueReader.quote(b) + ", the primary too");
        return false;
      }
      return true;
    }));
    Optional<Switching> switching = switching(f, ScenarioFormat.SOURCING);
    if (problems.count() != before) {
      return Optional.empty();
    }
    Switching sw = switching.orElseThrow();
    return in.build(value, "sourcing rule", () -> new SourcingRule(component.orElseThrow(), primary.orElseThrow(),
        backup.orElseThrow(), sw.switchOverMs(), sw.switchBack(), sw.switchBackDelayMs(), sw.split()));
  }

  /** The switching fields of a sourcing rule or backup source, read. */
  private record Switching(long switchOverMs, SwitchBack switchBack, long switchBackDelayMs, Optional<Double> split) {}

  /** Reads {@code switchOver}, {@code switchBack}, {@code switchBackDelay} and {@code split} of {@code section}. */
  private Optional<Switching> switching(Fields f, Section section) {
    Field overField = section.field("switchOver");
    Field delayField = section.field("switchBackDelay");
    Field splitField = section.field("split");
    Optional<Long> switchOver = optional(f, overField.name(), 0L, v -> in.duration(v, overField, false));
    Optional<SwitchBack> switchBack = optional(f, "switchBack", SwitchBack.ON_RECOVERY,
        v -> in.choice(v, SwitchBack.class));
    Optional<Long> delay = optional(f, delayField.name(), 0L, v -> in.duration(v, delayField, false));
    Optional<Optional<Double>> split = optional(f, splitField.name(), Optional.empty(),
        v -> in.decimal(v, splitField).map(Optional::of));
    if (switchOver.isEmpty() || switchBack.isEmpty() || delay.isEmpty() || split.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Switching(switchOver.get(), switchBack.get(), delay.get(), split.get()));
  }

  /** A distribution centre's link delays and period (absent fields: none). */
  Optional<Echelon> echelon(Fields f) {
    Optional<Optional<Long>> order = optional(f, ORDER_DELAY.name(), Optional.empty(),
        v -> in.duration(v, ORDER_DELAY, true).map(Optional::of));
    Optional<Optional<Long>> shipping = optional(f, SHIPPING_DELAY.name(), Optional.empty(),
        v -> in.duration(v, SHIPPING_DELAY, true).map(Optional::of));
    Optional<Optional<Long>> period = optional(f, PERIOD.name(), Optional.empty(),
        v -> in.duration(v, PERIOD, true).map(Optional::of));
    Optional<Optional<BackupSource>> backup = optional(f, "backup", Optional.empty(),
        v -> backup(v).map(Optional::of));
    if (order.isEmpty() || shipping.isEmpty() || period.isEmpty() || backup.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Echelon(order.get(), shipping.get(), period.get(), backup.get()));
  }

  /** A distribution centre's backup source; whether it fits (a source of what it stocks) the model checks. */
  private Optional<BackupSource> backup(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, BACKUP_FIELDS, BACKUP);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Field fromField = ScenarioFormat.BACKUP.field("from");
    Optional<String> from = f.required(fromField).flatMap(v -> {
      Optional<String> id = in.name(v, NodeReader.NODE_ID);
      id.ifPresent(s -> ids.later(() -> ids.requireNode(v, s)));
      return id;
    });
    Optional<Switching> switching = switching(f, ScenarioFormat.BACKUP);
    Field shippingField = ScenarioFormat.BACKUP.field("shippingDelay");
    Optional<Optional<Long>> shipping = optional(f, shippingField.name(), Optional.empty(),
        v -> in.duration(v, shippingField, true).map(Optional::of));
    if (problems.count() != before) {
      return Optional.empty();
    }
    Switching sw = switching.orElseThrow();
    return in.build(value, "backup source", () -> new BackupSource(from.orElseThrow(), sw.switchOverMs(),
        sw.switchBack(), sw.switchBackDelayMs(), sw.split(), shipping.orElseThrow()));
  }
}
