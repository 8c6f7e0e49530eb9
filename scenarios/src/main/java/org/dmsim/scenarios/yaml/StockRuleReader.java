package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ManufacturingReader.MAX_UNITS;
import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.StockCosts;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.StockStart;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code stock} of a distribution centre: one stock rule per product, with a built-in policy
 * and its flat fields ({@code s-S}, {@code r-Q}, {@code base-stock}) or a rule reference, and the fields
 * every stock point may have: what is on its way at time 0, its backlog, its costs per period and
 * whether it loses sales.
 */
final class StockRuleReader {
  static final List<String> STOCK_FIELDS = ScenarioFormat.STOCK_RULE.names();
  static final List<String> STOCK_POLICIES = List.of("s-S", "r-Q", "base-stock");
  /** The fields any stock rule may have, whatever its policy. */
  static final List<String> COMMON_FIELDS =
      List.of("inTransit", "ordersInTransit", "backlog", "holdingCost", "backlogCost", "lostSales");
  /** The fields of a stock rule whose policy is {@code {rule: NAME, params: {...}}} or a plug-in's name. */
  static final List<String> RULE_STOCK_FIELDS = withCommon(List.of("product", "policy", "initial"));
  private static final String UNITS = "a number of units, an integer from 0 to " + MAX_UNITS;
  static final String POSITIVE_UNITS = "a number of units, an integer from 1 to " + MAX_UNITS;
  private static final String STOCK = ScenarioFormat.NODE.field("stock").expected();
  private static final String STOCK_RULE = ValueReader.mapping("a stock rule", STOCK_FIELDS);
  private static final String LOT = "a number of units, an integer from 0 to " + Integer.MAX_VALUE;
  private static final String LOTS = "a list of numbers of units, integers from 0 to " + Integer.MAX_VALUE;
  private static final Field BACKLOG = ScenarioFormat.STOCK_RULE.field("backlog");
  private static final Field HOLDING_COST = ScenarioFormat.STOCK_RULE.field("holdingCost");
  private static final Field BACKLOG_COST = ScenarioFormat.STOCK_RULE.field("backlogCost");
  private static final Field LOST_SALES = ScenarioFormat.STOCK_RULE.field("lostSales");

  private final ValueReader in;
  private final Problems problems;
  private final Declarations ids;

  StockRuleReader(ValueReader in, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.ids = ids;
  }

  private static List<String> withCommon(List<String> fields) {
    List<String> all = new ArrayList<>(fields);
    all.addAll(COMMON_FIELDS);
    return List.copyOf(all);
  }

  /** The fields every policy shares, read. */
  private record Extras(StockStart start, StockCosts costs, boolean lostSales) {
    StockRule applyTo(StockRule rule) {
      return new StockRule(rule.product(), rule.policy(), rule.initial(), start, costs, lostSales);
    }
  }

  private Optional<Extras> extras(Fields f) {
    Optional<List<Long>> inTransit = optional(f, "inTransit", List.of(), this::lots);
    Optional<List<Long>> ordersInTransit = optional(f, "ordersInTransit", List.of(), this::lots);
    Optional<Long> backlog = optional(f, BACKLOG.name(), 0L, v -> in.integer(v, BACKLOG));
    Optional<Double> holding = optional(f, HOLDING_COST.name(), 0.0, v -> in.decimal(v, HOLDING_COST));
    Optional<Double> backlogCost = optional(f, BACKLOG_COST.name(), 0.0, v -> in.decimal(v, BACKLOG_COST));
    Optional<Boolean> lostSales = optional(f, LOST_SALES.name(), false, in::bool);
    if (inTransit.isEmpty() || ordersInTransit.isEmpty() || backlog.isEmpty() || holding.isEmpty()
        || backlogCost.isEmpty() || lostSales.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Extras(new StockStart(inTransit.get(), ordersInTransit.get(), backlog.get()),
        new StockCosts(holding.get(), backlogCost.get()), lostSales.get()));
  }

  private Optional<List<Long>> lots(Value value) {
    return in.items(value, LOTS, true, v -> in.integer(v, 0, Integer.MAX_VALUE, LOT));
  }

  /** A number of units above the reorder point (when that could be read), up to {@link #MAX_UNITS}. */
  Optional<Long> above(Value value, Optional<Long> reorderPoint, Fields f) {
    if (reorderPoint.isEmpty()) {
      return in.integer(value, 1, MAX_UNITS, POSITIVE_UNITS);
    }
    String s = f.byName.get("reorderPoint").scalarText().orElse("").strip();
    return in.integer(value, reorderPoint.get() + 1, MAX_UNITS,
        "a number of units greater than reorderPoint (" + s + "), an integer up to " + MAX_UNITS);
  }

  /** The stock rules of a distribution centre: a non-empty list. */
  Optional<List<StockRule>> stock(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return in.items(value, STOCK, false, rule -> stockRule(rule, seen));
  }

  private Optional<StockRule> stockRule(Value value, Map<String, Value> seen) {
    int before = problems.count();
    List<String> plugIns = plugInReplenishmentRules();
    Optional<String> peekedWord = ValueReader.peek(value, "policy");
    Optional<String> peeked = peekedWord.flatMap(StockRuleReader::stockPolicy);
    boolean ruleForm = peeked.isEmpty() && (peekedWord.isPresent() ? plugIns.contains(peekedWord.get())
        : namesRule(value, "policy"));
    List<String> allowed = ruleForm ? RULE_STOCK_FIELDS : peeked.map(StockRuleReader::stockFields).orElse(STOCK_FIELDS);
    Optional<Fields> fields = in.fields(value, allowed, STOCK_RULE, key -> {
      List<String> policies = new ArrayList<>();
      for (String p : STOCK_POLICIES) {
        if (stockFields(stockPolicy(p).orElseThrow()).contains(key)) {
          policies.add(p);
        }
      }
      return policies.isEmpty() ? Optional.empty() : Optional.of("a field of the " + String.join(" and ", policies)
          + (policies.size() == 1 ? " policy" : " policies"));
    });
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> product = ids.productReference(f, seen, "each product once per distribution centre", true);
    if (ruleForm) {
      return pluggedStockRule(value, f, product, before);
    }
    List<String> suggest = new ArrayList<>(STOCK_POLICIES);
    suggest.addAll(plugIns);
    List<String> shown = new ArrayList<>(suggest);
    shown.add(RULE_FORM);
    Optional<String> policy = f.required("policy", "one of: " + String.join(", ", shown))
        .flatMap(v -> in.word(v, shown, w -> stockPolicy(w).orElse(null), suggest));
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    long reorderPoint;
    long orderUpTo = 0;
    long quantity = 0;
    long defaultInitial;
    switch (policy.get()) {
      case "s-s" -> {
        Optional<Long> s = f.required("reorderPoint", UNITS).flatMap(v -> in.integer(v, 0, MAX_UNITS, UNITS));
        Optional<Long> bigS = f.required("orderUpTo", POSITIVE_UNITS).flatMap(v -> above(v, s, f));
        reorderPoint = s.orElse(0L);
        orderUpTo = bigS.orElse(1L);
        defaultInitial = orderUpTo;
      }
      case "r-q" -> {
        Optional<Long> r = f.required("reorderPoint", UNITS).flatMap(v -> in.integer(v, 0, MAX_UNITS, UNITS));
        Optional<Long> q = f.required("quantity", POSITIVE_UNITS)
            .flatMap(v -> in.integer(v, 1, MAX_UNITS, POSITIVE_UNITS));
        reorderPoint = r.orElse(0L);
        quantity = q.orElse(1L);
        defaultInitial = reorderPoint + quantity;
      }
      default -> {
        Optional<Long> level = f.required("level", POSITIVE_UNITS)
            .flatMap(v -> in.integer(v, 1, MAX_UNITS, POSITIVE_UNITS));
        orderUpTo = level.orElse(1L);
        reorderPoint = orderUpTo - 1;
        defaultInitial = orderUpTo;
      }
    }
    Optional<Long> initial = optional(f, "initial", defaultInitial, v -> in.integer(v, 0, MAX_UNITS, UNITS));
    Optional<Extras> extras = extras(f);
    if (problems.count() != before) {
      return Optional.empty();
    }
    long s = reorderPoint;
    long bigS = orderUpTo;
    long q = quantity;
    String name = policy.get();
    return in.build(value, "stock rule", () -> extras.orElseThrow().applyTo(switch (name) {
      case "s-s" -> StockRule.sS(product.orElseThrow(), s, bigS, initial.orElseThrow());
      case "r-q" -> StockRule.rQ(product.orElseThrow(), s, q, initial.orElseThrow());
      default -> StockRule.baseStock(product.orElseThrow(), bigS, initial.orElseThrow());
    }));
  }

  private static final String RULE_FORM = "or {rule: NAME, params: {...}}";

  /** A stock rule whose policy is a rule reference: its initial stock defaults to what the rule suggests. */
  private Optional<StockRule> pluggedStockRule(Value value, Fields f, Optional<String> product, int before) {
    Optional<RuleRef> rule = f.required("policy", "a replenishment rule").flatMap(v -> new RuleReader(in)
        .rule(v, "replenishment", RuleReader.replenishmentRules(), PolicyCatalog.installed()::replenishment));
    long defaultInitial = rule.map(r -> PolicyCatalog.installed().replenishment(r).initialStock()).orElse(0L);
    Optional<Long> initial = optional(f, "initial", defaultInitial, v -> in.integer(v, 0, MAX_UNITS, UNITS));
    Optional<Extras> extras = extras(f);
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "stock rule", () -> extras.orElseThrow().applyTo(new StockRule(product.orElseThrow(),
        rule.orElseThrow(), initial.orElseThrow())));
  }

  /** Whether {@code field} of mapping {@code value} is itself a mapping with the key {@code rule}. */
  private static boolean namesRule(Value value, String field) {
    if (value.node() instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field) && t.getValueNode() instanceof MappingNode r) {
          return r.getValue().stream().anyMatch(e -> e.getKeyNode() instanceof ScalarNode rk && rk.getValue().equals("rule"));
        }
      }
    }
    return false;
  }

  /**
   * The installed replenishment rules that are not built in with flat fields and can be made without
   * parameters, which a file may name by word alone (a rule that needs parameters, such as the
   * periodic {@code r-s}, only in the rule form).
   */
  private static List<String> plugInReplenishmentRules() {
    List<String> names = RuleReader.replenishmentRules();
    names.removeAll(List.of("s-s", "r-q", "base-stock"));
    names.removeIf(name -> !madeWithoutParameters(name));
    return names;
  }

  private static boolean madeWithoutParameters(String rule) {
    try {
      PolicyCatalog.installed().replenishment(RuleRef.of(rule));
      return true;
    } catch (IllegalArgumentException needsParameters) {
      return false;
    }
  }

  /** The flat fields of a built-in policy, by its rule name. */
  private static List<String> stockFields(String policy) {
    return switch (policy) {
      case "s-s" -> withCommon(List.of("product", "policy", "reorderPoint", "orderUpTo", "initial"));
      case "r-q" -> withCommon(List.of("product", "policy", "reorderPoint", "quantity", "initial"));
      default -> withCommon(List.of("product", "policy", "level", "initial"));
    };
  }

  /**
   * The built-in rule a file names by word: {@code s-S}, {@code r-Q} and {@code base-stock} as the
   * literature writes them, and also the rule names {@code s-s} and {@code r-q}.
   */
  private static Optional<String> stockPolicy(String word) {
    return switch (word) {
      case "s-S", "s-s" -> Optional.of("s-s");
      case "r-Q", "r-q" -> Optional.of("r-q");
      case "base-stock" -> Optional.of("base-stock");
      default -> Optional.empty();
    };
  }
}
