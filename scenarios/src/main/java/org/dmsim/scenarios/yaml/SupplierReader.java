package org.dmsim.scenarios.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code suppliers} of a scenario: where each is, the components it lists, its lead time and
 * capacity. Declares supplier ids and the components supplied in {@link Declarations}.
 */
final class SupplierReader {
  static final List<String> SUPPLIER_FIELDS = ScenarioFormat.SUPPLIER.names();
  private static final String SUPPLIER = ValueReader.mapping("a supplier", SUPPLIER_FIELDS);
  private static final String SUPPLIER_ID = ValueReader.named("a supplier id", "supplier-steel");
  private static final String COMPONENTS = ScenarioFormat.SUPPLIER.field("components").expected();
  private static final Field LEAD_TIME = ScenarioFormat.SUPPLIER.field("leadTime");
  private static final Field CAPACITY = ScenarioFormat.SUPPLIER.field("capacityPerDay");

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Declarations ids;

  SupplierReader(ValueReader in, DistributionReader distributions, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = distributions;
    this.ids = ids;
  }

  Optional<SupplierSpec> supplier(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, SUPPLIER_FIELDS, SUPPLIER);
    if (fields.isEmpty()) {
      ids.suppliers.complete = false;
      ids.componentsComplete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = ids.id(f, "id", SUPPLIER_ID, ids.suppliers);
    Optional<GeoPoint> location = f.required("location", ValueReader.LOCATION).flatMap(in::location);
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<Value> componentsValue = f.required("components", COMPONENTS);
    if (componentsValue.isEmpty() || !(componentsValue.get().node() instanceof SequenceNode list)
        || list.getValue().isEmpty()) {
      ids.componentsComplete = false;
    }
    Optional<List<String>> components = componentsValue.flatMap(v -> in.items(v, COMPONENTS, false, c -> {
      Optional<String> raw = c.scalarText();
      raw.ifPresentOrElse(r -> ids.supplied.putIfAbsent(r, c), () -> ids.componentsComplete = false);
      return in.name(c, ProductReader.COMPONENT_ID).filter(n -> in.once(seen, n, c, "each component once per supplier"));
    }));
    Optional<Distribution> leadTime = f.required(LEAD_TIME).flatMap(distributions::time);
    Optional<Double> capacity = f.required(CAPACITY).flatMap(v -> in.decimal(v, CAPACITY));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "supplier", () -> new SupplierSpec(id.orElseThrow(), location.orElseThrow(),
        components.orElseThrow(), leadTime.orElseThrow(), capacity.orElseThrow()));
  }
}
