package org.dmsim.scenarios.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the JSON Schema (draft-07) of scenario, market and experiment files from the
 * {@link ScenarioFormat} table: a definition per {@link Section}, and a root that picks the file's
 * definition by its {@code kind}. The schema checks shapes, types, words and ranges; references
 * between sections and the rules that tie fields together are the loader's.
 */
public final class JsonSchema {
  /** A name, as {@code ValueReader.NAME} reads one. */
  static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]*";
  /** A duration, as {@code Durations} reads one. */
  static final String DURATION_PATTERN = "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|min|h|d|w)\\s*$";
  private static final String TIME_OF_DAY_PATTERN = "^\\s*[0-9]{1,2}:[0-9]{2}\\s*$";
  private static final String DEFS = "definitions";
  private static final String DISRUPTION = "disruption";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonSchema() {
  }

  /** The schema as JSON text, indented, ending with a newline. */
  public static String text() {
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      return mapper.writeValueAsString(schema()).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  /** The schema as a tree. */
  public static ObjectNode schema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("title", "dmsim scenario, market, experiment and sizing files (format 2)");
    root.put("description", "Generated from org.dmsim.scenarios.format.ScenarioFormat; see docs/scenario-format.md. "
        + "A file with kind: experiment is an experiment, kind: sizing a sizing study, kind: market a market, anything else a scenario.");
    root.set("if", kindIs("experiment"));
    root.set("then", ref(ScenarioFormat.EXPERIMENT.name()));
    ObjectNode otherwise = JSON.objectNode();
    otherwise.set("if", kindIs("market"));
    otherwise.set("then", ref(ScenarioFormat.MARKET.name()));
    otherwise.set("else", ref(ScenarioFormat.SCENARIO.name()));
    ObjectNode sizing = JSON.objectNode();
    sizing.set("if", kindIs("sizing"));
    sizing.set("then", ref(ScenarioFormat.SIZING.name()));
    sizing.set("else", otherwise);
    root.set("else", sizing);
    ObjectNode defs = root.putObject(DEFS);
    for (Section s : ScenarioFormat.SECTIONS) {
      if (ScenarioFormat.CSV_SECTIONS.contains(s)) {
        continue;
      }
      if (s == ScenarioFormat.DISTRIBUTION) {
        defs.set("distribution.time", distribution(true));
        defs.set("distribution.size", distribution(false));
      } else {
        defs.set(defName(s.name()), object(s));
      }
    }
    ObjectNode disruption = JSON.objectNode();
    disruption.put("description", "a fixed disruption, or a generator (it has a generate field)");
    ObjectNode generates = JSON.objectNode();
    generates.putArray("required").add("generate");
    disruption.set("if", generates);
    disruption.set("then", ref(ScenarioFormat.GENERATOR.name()));
    disruption.set("else", JSON.objectNode().put("$ref", "#/" + DEFS + "/" + defName(ScenarioFormat.FIXED_DISRUPTION.name())));
    defs.set(DISRUPTION, disruption);
    return root;
  }

  /** The definition name of a section: its path without list brackets. */
  static String defName(String section) {
    return section.replace("[]", "").replace(" (generator)", ".generator");
  }

  private static ObjectNode kindIs(String kind) {
    ObjectNode test = JSON.objectNode();
    test.putObject("properties").putObject("kind").put("const", kind);
    test.putArray("required").add("kind");
    return test;
  }

  private static ObjectNode ref(String section) {
    String def = section.equals(ScenarioFormat.FIXED_DISRUPTION.name()) ? DISRUPTION : defName(section);
    return JSON.objectNode().put("$ref", "#/" + DEFS + "/" + def);
  }

  private static ObjectNode object(Section s) {
    ObjectNode o = JSON.objectNode();
    o.put("description", s.title() + ": " + s.description());
    o.put("type", "object");
    ObjectNode properties = o.putObject("properties");
    for (Field f : s.fields()) {
      ObjectNode p = type(f.type(), f.range());
      p.put("description", f.description() + (f.unit().isEmpty() ? "" : " (" + f.unit() + ")"));
      if (f.presence() instanceof Presence.Default d) {
        defaultValue(f.type(), d.yaml()).ifPresent(v -> p.set("default", v));
      }
      properties.set(f.name(), p);
    }
    List<String> required = s.fields().stream().filter(Field::required).map(Field::name).toList();
    if (!required.isEmpty()) {
      ArrayNode r = o.putArray("required");
      required.forEach(r::add);
    }
    // A rule's params belong to the rule, which checks them; everything else is closed.
    o.put("additionalProperties", false);
    return o;
  }

  private static java.util.Optional<JsonNode> defaultValue(FieldType type, String yaml) {
    if (type instanceof FieldType.Int) {
      return java.util.Optional.of(JSON.numberNode(Long.parseLong(yaml)));
    }
    if (type instanceof FieldType.Decimal) {
      return java.util.Optional.of(JSON.numberNode(Double.parseDouble(yaml)));
    }
    if (type instanceof FieldType.Bool) {
      return java.util.Optional.of(JSON.booleanNode(Boolean.parseBoolean(yaml)));
    }
    if (type instanceof FieldType.Distribution) {
      // a size's default is a number (1); a time's a duration (0s)
      return java.util.Optional.of(yaml.matches("-?\\d+") ? JSON.numberNode(Long.parseLong(yaml)) : JSON.textNode(yaml));
    }
    if (type instanceof FieldType.ListOf || type instanceof FieldType.Mapping) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(JSON.textNode(yaml.equals("\"\"") ? "" : yaml));
  }

  private static ObjectNode type(FieldType type, Range range) {
    ObjectNode t = JSON.objectNode();
    if (type instanceof FieldType.Int) {
      t.put("type", "integer");
      bounds(t, range);
    } else if (type instanceof FieldType.Decimal) {
      t.put("type", "number");
      bounds(t, range);
    } else if (type instanceof FieldType.Bool) {
      t.put("type", "boolean");
    } else if (type instanceof FieldType.Name) {
      t.put("type", "string").put("pattern", "^" + NAME_PATTERN + "$");
    } else if (type instanceof FieldType.Text) {
      t.putArray("type").add("string").add("number").add("boolean").add("null");
    } else if (type instanceof FieldType.Duration) {
      t.put("type", "string").put("pattern", DURATION_PATTERN);
    } else if (type instanceof FieldType.TimeOfDay) {
      t.put("type", "string").put("pattern", TIME_OF_DAY_PATTERN);
    } else if (type instanceof FieldType.Words w) {
      ArrayNode e = t.putArray("enum");
      w.words().forEach(e::add);
    } else if (type instanceof FieldType.Reference r) {
      String special = r.special().stream().map(JsonSchema::quoteRegex).map(x -> "|" + x).collect(Collectors.joining());
      t.put("type", "string").put("pattern", "^(" + NAME_PATTERN + special + ")$");
    } else if (type instanceof FieldType.ListOf l) {
      t.put("type", "array");
      t.set("items", type(l.item(), Range.ANY));
      if (l.nonEmpty()) {
        t.put("minItems", 1);
      }
    } else if (type instanceof FieldType.Mapping m) {
      t.setAll(ref(m.section()));
    } else if (type instanceof FieldType.MapOf m) {
      t.put("type", "object");
      if (!m.keys().equals(List.of("any parameter name"))) {
        ArrayNode keys = t.putObject("propertyNames").putArray("enum");
        m.keys().forEach(keys::add);
        t.set("additionalProperties", type(m.value(), range));
      }
    } else if (type instanceof FieldType.AnyOf a) {
      ArrayNode any = t.putArray("anyOf");
      a.types().forEach(x -> any.add(type(x, Range.ANY)));
    } else if (type instanceof FieldType.Distribution d) {
      ArrayNode any = t.putArray("anyOf");
      any.add(d.time() ? type(new FieldType.Duration(), Range.ANY) : type(new FieldType.Decimal(), ScenarioFormat.ORDER_UNITS));
      any.add(JSON.objectNode().put("$ref", "#/" + DEFS + "/distribution." + (d.time() ? "time" : "size")));
    } else if (type instanceof FieldType.Rule rule) {
      ArrayNode any = t.putArray("anyOf");
      // The built-ins as written (s-S has a capital letter no plug-in name may have), then a plug-in's name.
      ArrayNode builtIns = any.addObject().put("type", "string").putArray("enum");
      rule.builtIns().forEach(builtIns::add);
      any.add(type(new FieldType.Name(), Range.ANY));
      any.add(ref(ScenarioFormat.RULE.name()));
    } else {
      throw new IllegalStateException("no schema for " + type);
    }
    return t;
  }

  /** The distribution mapping of time (durations) or of order sizes (numbers of units). */
  private static ObjectNode distribution(boolean time) {
    ObjectNode o = object(ScenarioFormat.DISTRIBUTION);
    ObjectNode value = time ? type(new FieldType.Duration(), Range.ANY) : type(new FieldType.Decimal(), ScenarioFormat.ORDER_UNITS);
    ObjectNode properties = (ObjectNode) o.get("properties");
    for (String p : List.of("value", "mean", "scale", "min", "mode", "max")) {
      String description = properties.get(p).get("description").asText();
      properties.set(p, value.deepCopy().put("description", description));
    }
    ObjectNode values = (ObjectNode) properties.get("values");
    values.set("items", value.deepCopy());
    return o;
  }

  private static void bounds(ObjectNode t, Range range) {
    if (!Double.isInfinite(range.min())) {
      number(t, range.minOpen() ? "exclusiveMinimum" : "minimum", range.min());
    }
    if (!Double.isInfinite(range.max())) {
      number(t, range.maxOpen() ? "exclusiveMaximum" : "maximum", range.max());
    }
  }

  private static void number(ObjectNode t, String key, double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      t.put(key, (long) x);
    } else {
      t.put(key, x);
    }
  }

  private static String quoteRegex(String word) {
    return word.replace("*", "\\*");
  }
}
