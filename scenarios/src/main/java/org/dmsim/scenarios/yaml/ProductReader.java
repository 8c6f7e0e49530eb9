package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the {@code products} of a scenario: each product's weight, value, variants, bill of
 * materials and routing. Declares product ids in {@link Declarations} and hands over the check that
 * every component is supplied.
 */
final class ProductReader {
  static final List<String> PRODUCT_FIELDS = ScenarioFormat.PRODUCT.names();
  static final List<String> COMPONENT_FIELDS = ScenarioFormat.BOM_LINE.names();
  static final List<String> STEP_FIELDS = ScenarioFormat.STEP.names();
  private static final String PRODUCT = ValueReader.mapping("a product", PRODUCT_FIELDS);
  static final String PRODUCT_ID = ValueReader.named("a product id", "impeller");
  private static final Field WEIGHT = ScenarioFormat.PRODUCT.field("weightKg");
  private static final Field VALUE_EUR = ScenarioFormat.PRODUCT.field("valueEur");
  private static final Field STOCKED = ScenarioFormat.PRODUCT.field("stocked");
  private static final Field VARIANTS = ScenarioFormat.PRODUCT.field("variants");
  private static final String BOM = ScenarioFormat.PRODUCT.field("bom").expected();
  private static final String BOM_LINE = ValueReader.mapping("a bill-of-materials line", COMPONENT_FIELDS);
  static final String COMPONENT_ID = ValueReader.named("a component id", "steel-bar");
  private static final Field QUANTITY = ScenarioFormat.BOM_LINE.field("quantity");
  private static final String ROUTING = ScenarioFormat.PRODUCT.field("routing").expected();
  private static final Field SETUP = ScenarioFormat.STEP.field("setup");
  private static final Field SETUP_ON_CHANGE = ScenarioFormat.STEP.field("setupOnChange");
  private static final Field SETUP_EVERY = ScenarioFormat.STEP.field("setupEvery");
  static final List<String> REWORK_FIELDS = ScenarioFormat.REWORK.names();
  private static final String REWORK = ValueReader.mapping("a rework", REWORK_FIELDS);
  private static final Field REWORK_PROBABILITY = ScenarioFormat.REWORK.field("probability");
  private static final Field REWORK_TO = ScenarioFormat.REWORK.field("toStep");
  private static final String STEP = ValueReader.mapping("a routing step", STEP_FIELDS);

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Declarations ids;

  ProductReader(ValueReader in, DistributionReader distributions, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = distributions;
    this.ids = ids;
  }

  Optional<Product> product(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, PRODUCT_FIELDS, PRODUCT);
    if (fields.isEmpty()) {
      ids.products.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = ids.id(f, "id", PRODUCT_ID, ids.products);
    Optional<Double> weightKg = f.required(WEIGHT).flatMap(v -> in.decimal(v, WEIGHT));
    Optional<Double> valueEur = f.required(VALUE_EUR).flatMap(v -> in.decimal(v, VALUE_EUR));
    Optional<Boolean> stocked = optional(f, STOCKED.name(), STOCKED.defaultBoolean(), in::bool);
    Optional<Long> variants = optional(f, VARIANTS.name(), VARIANTS.defaultLong(), v -> in.integer(v, VARIANTS));
    Optional<List<Component>> bom = optional(f, "bom", List.of(), this::bom);
    Optional<List<Step>> routing = f.required("routing", ROUTING).flatMap(v -> in.items(v, ROUTING, false, this::step));
    Declarations.rawId(f, "id").ifPresent(raw -> stocked.ifPresent(s -> ids.stockedById.putIfAbsent(raw, s)));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "product", () -> new Product(id.orElseThrow(), weightKg.orElseThrow(), valueEur.orElseThrow(),
        stocked.orElseThrow(), Math.toIntExact(variants.orElseThrow()), bom.orElseThrow(), routing.orElseThrow()));
  }

  private Optional<List<Component>> bom(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return in.items(value, BOM, true, line -> component(line, seen));
  }

  private Optional<Component> component(Value value, Map<String, Value> seen) {
    Optional<Fields> fields = in.fields(value, COMPONENT_FIELDS, BOM_LINE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> componentValue = f.required("component", COMPONENT_ID);
    Optional<String> component = componentValue.flatMap(v -> in.name(v, COMPONENT_ID));
    Optional<Long> quantity = f.required(QUANTITY).flatMap(v -> in.integer(v, QUANTITY));
    component.ifPresent(c -> {
      Value v = componentValue.orElseThrow();
      if (in.once(seen, c, v, "each component once per bill of materials")) {
        ids.later(() -> ids.requireSupplied(v, c));
      }
    });
    if (component.isEmpty() || quantity.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "bill-of-materials line", () -> new Component(component.get(), Math.toIntExact(quantity.get())));
  }

  private Optional<Step> step(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, STEP_FIELDS, STEP);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<ProcessType> process = f.required("process", "one of: " + Names.list(ProcessType.class))
        .flatMap(v -> in.choice(v, ProcessType.class));
    Optional<Distribution> time = f.required("time", "a time distribution (e.g. 25min)").flatMap(distributions::time);
    Optional<Distribution> setup = optional(f, SETUP.name(),
        new Deterministic(Durations.parseMillis(SETUP.defaultYaml())), distributions::time);
    Optional<Boolean> setupOnChange = optional(f, SETUP_ON_CHANGE.name(), SETUP_ON_CHANGE.defaultBoolean(), in::bool);
    Optional<Long> setupEvery = optional(f, SETUP_EVERY.name(), 0L, v -> in.integer(v, SETUP_EVERY));
    Optional<Step.Rework> rework = optional(f, "rework", Step.Rework.NONE, this::rework);
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "routing step", () -> new Step(process.orElseThrow(), time.orElseThrow(), setup.orElseThrow(),
        setupOnChange.orElseThrow(), Math.toIntExact(setupEvery.orElseThrow()), rework.orElseThrow()));
  }

  private Optional<Step.Rework> rework(Value value) {
    Optional<Fields> fields = in.fields(value, REWORK_FIELDS, REWORK);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> probability = f.required(REWORK_PROBABILITY).flatMap(v -> in.decimal(v, REWORK_PROBABILITY));
    Optional<Long> toStep = f.required(REWORK_TO).flatMap(v -> in.integer(v, REWORK_TO));
    if (probability.isEmpty() || toStep.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "rework", () -> new Step.Rework(probability.get(), Math.toIntExact(toStep.get())));
  }
}
