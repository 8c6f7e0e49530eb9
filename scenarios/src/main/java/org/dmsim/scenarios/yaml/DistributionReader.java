package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.dist.Empirical;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.FieldType;
import org.dmsim.scenarios.format.Presence;
import org.dmsim.scenarios.format.Range;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a format-2 distribution: a bare value means always that value; a mapping names the
 * {@code kind} and its parameters, which {@link Distribution#of} then builds. Time distributions take
 * durations for their location and scale parameters and yield milliseconds; order sizes take plain
 * numbers of units. Every parameter is checked here, with the kind's parameter list in the message,
 * so that the model's own checks only catch what the file cannot express (a Weibull shape so small
 * that its mean overflows). Every parameter and the mean are bounded ({@link ScenarioFormat#MAX_DURATION_MS},
 * {@link ScenarioFormat#MAX_ORDER_UNITS}), so that no draw's expected size is beyond what a run can hold.
 */
final class DistributionReader {
  /** The kinds a file may name, in the order messages list them. */
  static final List<String> KINDS =
      List.of("deterministic", "exponential", "lognormal", "gamma", "weibull", "triangular", "uniform", "empirical");

  /** Each kind's parameter sets: most have one, gamma and Weibull two. */
  private static final Map<String, List<List<String>>> PARAMETERS = new LinkedHashMap<>();

  static {
    PARAMETERS.put("deterministic", List.of(List.of("value")));
    PARAMETERS.put("exponential", List.of(List.of("mean")));
    PARAMETERS.put("lognormal", List.of(List.of("mean", "cv")));
    PARAMETERS.put("gamma", List.of(List.of("mean", "cv"), List.of("shape", "scale")));
    PARAMETERS.put("weibull", List.of(List.of("shape", "mean"), List.of("shape", "scale")));
    PARAMETERS.put("triangular", List.of(List.of("min", "mode", "max")));
    PARAMETERS.put("uniform", List.of(List.of("min", "max")));
    PARAMETERS.put("empirical", List.of(List.of("values")));
  }

  private static final List<String> ALL_FIELDS =
      List.of("kind", "value", "mean", "cv", "shape", "scale", "min", "mode", "max", "values");
  private static final String KIND = "a distribution kind, one of: " + String.join(", ", KINDS);
  private static final String TIME = "a time distribution: a duration (e.g. 25min) or a mapping with kind and its "
      + "parameters (e.g. {kind: lognormal, mean: 25min, cv: 0.3})";
  private static final String SIZE = "an order-size distribution: a number of units (e.g. 2) or a mapping with kind "
      + "and its parameters (e.g. {kind: uniform, min: 1, max: 4})";
  private static final String CV = "a coefficient of variation, a number greater than 0";
  private static final String SHAPE = "a shape parameter, a number greater than 0";
  private static final String UNITS = "a number of units, 0 or more";
  private static final String POSITIVE_UNITS = "a number of units greater than 0";
  private static final String TIMES = "a non-empty list of durations (e.g. [20min, 25min, 40min])";
  private static final String UNIT_LIST = "a non-empty list of numbers of units, 0 or more (e.g. [1, 1, 2, 5])";

  private static final Field CV_FIELD = ScenarioFormat.DISTRIBUTION.field("cv");
  private static final Field SHAPE_FIELD = ScenarioFormat.DISTRIBUTION.field("shape");
  private static final Field TIME_VALUE = parameter(new FieldType.Duration(), ScenarioFormat.TIME_SPAN, "");
  private static final Field TIME_POSITIVE = parameter(new FieldType.Duration(), ScenarioFormat.POSITIVE_TIME, "");
  private static final Field UNIT_VALUE = parameter(new FieldType.Decimal(), ScenarioFormat.ORDER_UNITS, "units");
  private static final Field UNIT_POSITIVE =
      parameter(new FieldType.Decimal(), Range.aboveUpTo(0, ScenarioFormat.MAX_ORDER_UNITS), "units");

  private final ValueReader in;

  DistributionReader(ValueReader in) {
    this.in = in;
  }

  /** A distribution of durations, in ms: every sample is 0 or more. */
  Optional<Distribution> time(Value value) {
    return read(value, true);
  }

  /** A distribution of order sizes, in units: every parameter is 0 or more. */
  Optional<Distribution> size(Value value) {
    return read(value, false);
  }

  private Optional<Distribution> read(Value value, boolean time) {
    if (value.node() instanceof ScalarNode s && !ValueReader.isNull(s)) {
      Optional<Double> x = time ? in.duration(value, TIME_VALUE, false).map(ms -> (double) ms)
          : in.decimal(value, u -> u >= 0, UNITS, UNIT_VALUE);
      return x.flatMap(v -> build(value, "deterministic", Map.of("value", v)));
    }
    if (!(value.node() instanceof MappingNode)) {
      if (in.firstVisit(value)) {
        in.wrongType(value, time ? TIME : SIZE);
      }
      return Optional.empty();
    }
    Optional<Fields> fields = in.fields(value, fieldsOf(peekKind(value)), time ? TIME : SIZE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> kind = f.required("kind", KIND).flatMap(k -> in.word(k, KINDS, w -> w));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<String> chosen = choose(PARAMETERS.get(kind.get()), f);
    int before = in.problems().count();
    for (String name : f.byName.keySet()) {
      if (!name.equals("kind") && !chosen.contains(name)) {
        List<String> its = PARAMETERS.get(kind.get()).stream().filter(set -> set.contains(name)).findFirst().orElseThrow();
        String firstChosen = chosen.stream().filter(f::has).filter(c -> !its.contains(c)).findFirst()
            .orElse(chosen.get(0));
        in.report(f.byName.get(name), "the " + kind.get() + " parameters " + alternatives(kind.get()) + ", not a mix",
            "'" + name + "' together with '" + firstChosen + "'");
      }
    }
    if (in.problems().count() != before) {
      return Optional.empty();
    }
    String takes = "; " + kind.get() + " takes " + and(chosen);
    if (kind.get().equals("empirical")) {
      Optional<double[]> values = f.required("values", (time ? TIMES : UNIT_LIST) + takes)
          .flatMap(v -> values(v, time));
      if (values.isEmpty() || in.problems().count() != before) {
        return Optional.empty();
      }
      return build(value, () -> new Empirical(values.get())).filter(d -> meanInRange(value, d, time));
    }
    Map<String, Double> params = new TreeMap<>();
    for (String name : chosen) {
      f.required(name, expected(name, time) + takes).flatMap(v -> parameter(v, name, time))
          .ifPresent(x -> params.put(name, x));
    }
    if (params.size() != chosen.size() || in.problems().count() != before) {
      return Optional.empty();
    }
    if (!related(kind.get(), f, params, time)) {
      return Optional.empty();
    }
    return build(value, kind.get(), params).filter(d -> meanInRange(value, d, time));
  }

  /** A parameter's bounds, as a field for the range check's message. */
  private static Field parameter(FieldType type, Range range, String unit) {
    return new Field("parameter", type, unit, new Presence.Required(), range, "", "");
  }

  /** Whether the distribution's mean is at most the ceiling of its parameters; reports it otherwise. */
  private boolean meanInRange(Value value, Distribution d, boolean time) {
    Field ceiling = time ? TIME_VALUE : UNIT_VALUE;
    if (ceiling.range().contains(d.mean())) {
      return true;
    }
    String mean = time ? Durations.format(Math.round(Math.min(d.mean(), Long.MAX_VALUE))) : Range.number(d.mean());
    in.report(value, "a distribution whose mean is at most " + ceiling.bound(ceiling.range().max())
        + (time ? "" : " units"), "a mean of " + mean);
    return false;
  }

  /** The fields a mapping of this kind may have; all parameters of every kind when the kind is unknown. */
  private static List<String> fieldsOf(String kind) {
    List<List<String>> sets = PARAMETERS.get(kind);
    if (sets == null) {
      return ALL_FIELDS;
    }
    List<String> fields = new ArrayList<>(List.of("kind"));
    for (List<String> set : sets) {
      for (String p : set) {
        if (!fields.contains(p)) {
          fields.add(p);
        }
      }
    }
    return fields;
  }

  /** The parameter set with the most fields given; the first set on a tie, so that an empty mapping asks for it. */
  private static List<String> choose(List<List<String>> sets, Fields f) {
    List<String> best = sets.get(0);
    long bestCount = -1;
    for (List<String> set : sets) {
      long count = set.stream().filter(f::has).count();
      if (count > bestCount) {
        best = set;
        bestCount = count;
      }
    }
    return best;
  }

  private static String alternatives(String kind) {
    List<String> sets = new ArrayList<>();
    for (List<String> set : PARAMETERS.get(kind)) {
      sets.add(and(set));
    }
    return String.join(", or ", sets);
  }

  /** "a", "a and b", "a, b and c". */
  private static String and(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String expected(String name, boolean time) {
    return switch (name) {
      case "cv" -> CV;
      case "shape" -> SHAPE;
      case "mean", "scale" -> time ? ValueReader.POSITIVE_DURATION : POSITIVE_UNITS;
      default -> time ? Durations.EXPECTED : UNITS;
    };
  }

  private Optional<Double> parameter(Value v, String name, boolean time) {
    String expected = expected(name, time);
    return switch (name) {
      case "cv" -> in.decimal(v, x -> x > 0, expected, CV_FIELD);
      case "shape" -> in.decimal(v, x -> x > 0, expected, SHAPE_FIELD);
      case "mean", "scale" -> time ? in.duration(v, TIME_POSITIVE, true).map(ms -> (double) ms)
          : in.decimal(v, x -> x > 0, expected, UNIT_POSITIVE);
      default -> time ? in.duration(v, TIME_VALUE, false).map(ms -> (double) ms)
          : in.decimal(v, x -> x >= 0, expected, UNIT_VALUE);
    };
  }

  private Optional<double[]> values(Value v, boolean time) {
    Optional<List<Value>> items = in.list(v, time ? TIMES : UNIT_LIST, false);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    double[] out = new double[items.get().size()];
    boolean complete = true;
    for (int i = 0; i < out.length; i++) {
      Value item = items.get().get(i);
      Optional<Double> x = time ? in.duration(item, TIME_VALUE, false).map(ms -> (double) ms)
          : in.decimal(item, u -> u >= 0, UNITS, UNIT_VALUE);
      if (x.isPresent()) {
        out[i] = x.get();
      }
      complete &= x.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /** Checks the order of bounds, reporting at the parameter that breaks it. */
  private boolean related(String kind, Fields f, Map<String, Double> p, boolean time) {
    if (!kind.equals("uniform") && !kind.equals("triangular")) {
      return true;
    }
    String what = time ? "a duration" : "a number";
    String minText = text(f, "min");
    if (!(p.get("max") > p.get("min"))) {
      in.report(f.byName.get("max"), what + " greater than min (" + minText + ")", ValueReader.quote(text(f, "max")));
      return false;
    }
    if (kind.equals("triangular") && (p.get("mode") < p.get("min") || p.get("mode") > p.get("max"))) {
      in.report(f.byName.get("mode"), what + " from min (" + minText + ") to max (" + text(f, "max") + ")",
          ValueReader.quote(text(f, "mode")));
      return false;
    }
    return true;
  }

  private static String text(Fields f, String name) {
    return f.byName.get(name).scalarText().orElse("?").strip();
  }

  private Optional<Distribution> build(Value value, String kind, Map<String, Double> params) {
    return build(value, () -> Distribution.of(kind, params));
  }

  private Optional<Distribution> build(Value value, Supplier<Distribution> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      in.report(value, "a distribution the model accepts", e.getMessage());
      return Optional.empty();
    }
  }

  /** The {@code kind} as written, before the fields are read, to know which parameters belong. */
  private static String peekKind(Value value) {
    for (NodeTuple t : ((MappingNode) value.node()).getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind") && t.getValueNode() instanceof ScalarNode v) {
        return v.getValue();
      }
    }
    return "";
  }
}
