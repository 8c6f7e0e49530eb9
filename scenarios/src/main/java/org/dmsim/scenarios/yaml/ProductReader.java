package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ManufacturingReader.MAX_COUNT;
import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the {@code products} of a scenario: each product's weight, value, variants, bill of
 * materials and routing. Declares product ids in {@link Declarations} and hands over the check that
 * every component is supplied.
 */
final class ProductReader {
  static final List<String> PRODUCT_FIELDS =
      List.of("id", "weightKg", "valueEur", "stocked", "variants", "bom", "routing");
  static final List<String> COMPONENT_FIELDS = List.of("component", "quantity");
  static final List<String> STEP_FIELDS = List.of("process", "time", "setup");
  private static final String PRODUCT = ValueReader.mapping("a product", PRODUCT_FIELDS);
  static final String PRODUCT_ID = ValueReader.named("a product id", "impeller");
  private static final String WEIGHT = "a weight in kg per unit, a number greater than 0";
  private static final String VALUE_EUR = "a value in EUR per unit, a number 0 or more";
  private static final String VARIANTS = "a number of variants, an integer from 1 to " + MAX_COUNT;
  private static final String BOM = "a list of bill-of-materials lines";
  private static final String BOM_LINE = ValueReader.mapping("a bill-of-materials line", COMPONENT_FIELDS);
  static final String COMPONENT_ID = ValueReader.named("a component id", "steel-bar");
  private static final String QUANTITY = "a quantity per unit of product, an integer from 1 to " + MAX_COUNT;
  private static final String ROUTING = "a non-empty list of routing steps";
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
    Optional<Double> weightKg = f.required("weightKg", WEIGHT).flatMap(v -> in.decimal(v, x -> x > 0, WEIGHT));
    Optional<Double> valueEur = f.required("valueEur", VALUE_EUR).flatMap(v -> in.decimal(v, x -> x >= 0, VALUE_EUR));
    Optional<Boolean> stocked = optional(f, "stocked", false, in::bool);
    Optional<Long> variants = optional(f, "variants", 1L, v -> in.integer(v, 1, MAX_COUNT, VARIANTS));
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
    Optional<Long> quantity = f.required("quantity", QUANTITY).flatMap(v -> in.integer(v, 1, MAX_COUNT, QUANTITY));
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
    Optional<Long> setupMs = optional(f, "setup", 0L, v -> in.duration(v, false));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "routing step", () -> new Step(process.orElseThrow(), time.orElseThrow(), setupMs.orElseThrow()));
  }
}
