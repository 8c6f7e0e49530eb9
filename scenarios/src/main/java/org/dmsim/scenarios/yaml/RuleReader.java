package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleParameterException;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.policy.UnknownRuleException;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a policy rule as a scenario names it — a word ({@code nearest}) or a mapping
 * ({@code {rule: lowest-co2, params: {tolerance: 0.5}}}) — and checks it against the installed rules
 * of its kind ({@link PolicyCatalog}): an unknown name lists the installed ones and suggests the
 * closest; a parameter the rule refuses is reported at that parameter's value (or its name, when the
 * rule does not take it), from the rule's own {@link RuleParameterException}, never from message text.
 */
final class RuleReader {
  private static final List<String> RULE_FIELDS = List.of("rule", "params");

  private final ValueReader in;

  RuleReader(ValueReader in) {
    this.in = in;
  }

  /**
   * The rule {@code value} names.
   *
   * @param kind      what the rule decides, for messages ({@code allocation}, {@code dispatch},
   *                  {@code replenishment}, {@code demand})
   * @param installed the installed rules' names, in order
   * @param create    makes the rule from a reference, as a run will, to check its parameters
   */
  Optional<RuleRef> rule(Value value, String kind, List<String> installed, Function<RuleRef, ?> create) {
    return rule(value, kind, installed, create, (ref, values) -> Optional.of(ref));
  }

  /**
   * Turns a rule as written into the rule a run makes (e.g. a {@code replay}'s {@code file} into its
   * {@code series}), or reports why it cannot (empty).
   */
  interface Expansion {
    /**
     * @param written the rule as written
     * @param values  its parameters' values, for positions
     */
    Optional<RuleRef> expand(RuleRef written, Map<String, Value> values);
  }

  /** The rule {@code value} names, {@link Expansion expanded} before it is checked and returned. */
  Optional<RuleRef> rule(Value value, String kind, List<String> installed, Function<RuleRef, ?> create,
      Expansion expansion) {
    String expected = ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " rule: one of: "
        + String.join(", ", installed) + ", or {rule: NAME, params: {...}}";
    Value nameValue;
    Map<String, Value> paramValues = new TreeMap<>();
    if (value.node() instanceof MappingNode) {
      if (!ValueReader.hasKey(value, "rule")) {
        // Reported once, at the mapping where the rule belongs.
        in.report(value, expected, "a mapping without rule");
        return Optional.empty();
      }
      Optional<Fields> fields = in.fields(value, RULE_FIELDS, ValueReader.mapping("a rule", RULE_FIELDS));
      if (fields.isEmpty()) {
        return Optional.empty();
      }
      Optional<Value> named = fields.get().optional("rule");
      if (named.isEmpty()) {
        return Optional.empty();
      }
      nameValue = named.get();
      Optional<Value> params = fields.get().optional("params");
      if (params.isPresent() && !params(params.get(), paramValues)) {
        return Optional.empty();
      }
    } else {
      nameValue = value;
    }
    Optional<String> name = in.word(nameValue, installed, n -> n);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> texts = new TreeMap<>();
    paramValues.forEach((k, v) -> texts.put(k, ((ScalarNode) v.node()).getValue()));
    Optional<RuleRef> expanded = expansion.expand(RuleRef.of(name.get(), texts), paramValues);
    if (expanded.isEmpty()) {
      return Optional.empty();
    }
    RuleRef ref = expanded.get();
    try {
      create.apply(ref);
    } catch (RuleParameterException e) {
      Value at = paramValues.get(e.parameter());
      if (at == null && !e.parameter().isEmpty()) {
        // A missing parameter: at the rule, under the parameter's own path, so that the message names it.
        at = new Value(value.node(), ValueReader.join(ValueReader.join(value.path(), "params"), e.parameter()),
            value.at(), value.document());
      }
      in.report(at == null ? value : at, e.expected(), e.found());
      return Optional.empty();
    } catch (UnknownRuleException e) {
      in.report(nameValue, expected, ValueReader.quote(name.get()));
      return Optional.empty();
    }
    return Optional.of(ref);
  }

  /** Reads {@code params}: a mapping of names to plain values; false after reporting a problem. */
  private boolean params(Value value, Map<String, Value> out) {
    if (!(value.node() instanceof MappingNode mapping)) {
      in.report(value, "a mapping of parameter names to values, e.g. {tolerance: 0.5}", ValueReader.describe(value.node()));
      return false;
    }
    boolean ok = true;
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key) || !ValueReader.NAME.matcher(key.getValue()).matches()
          && !key.getValue().matches("[a-zA-Z][a-zA-Z0-9]*")) {
        in.report(new Value(t.getKeyNode(), value.path() + ".?", t.getKeyNode().getStartMark(), value.document()),
            "a parameter name", ValueReader.describe(t.getKeyNode()));
        ok = false;
        continue;
      }
      String path = ValueReader.join(value.path(), key.getValue());
      // Positioned at the parameter's name, as every field is.
      Value v = new Value(t.getValueNode(), path, key.getStartMark(), value.document());
      if (!(t.getValueNode() instanceof ScalarNode) || ValueReader.isNull((ScalarNode) t.getValueNode())) {
        in.report(v, "a plain value (a number or a word)", ValueReader.describe(t.getValueNode()));
        ok = false;
      } else if (out.putIfAbsent(key.getValue(), v) != null) {
        in.report(v, "each parameter at most once", ValueReader.quote(key.getValue()) + " again");
        ok = false;
      }
    }
    return ok;
  }

  /** The installed allocation rules' names. */
  static List<String> allocationRules() {
    return new ArrayList<>(PolicyCatalog.installed().allocationRules().keySet());
  }

  /** The installed replenishment rules' names. */
  static List<String> replenishmentRules() {
    return new ArrayList<>(PolicyCatalog.installed().replenishmentRules().keySet());
  }

  /** The installed demand generators' names. */
  static List<String> demandGenerators() {
    return new ArrayList<>(PolicyCatalog.installed().demandGenerators().keySet());
  }

  /** The installed dispatch rules' names. */
  static List<String> dispatchRules() {
    return new ArrayList<>(PolicyCatalog.installed().dispatchRules().keySet());
  }
}
