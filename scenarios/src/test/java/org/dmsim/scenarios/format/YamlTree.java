package org.dmsim.scenarios.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML text as a Jackson tree, with scalars typed the way the loader reads them rather than by
 * YAML 1.1's implicit types: a plain integer or decimal is a number, plain {@code true}/{@code false}
 * a boolean, a plain null nothing, anything else — quoted values, {@code no}, {@code 06:00} — text.
 * (jackson-dataformat-yaml 2.11, at Akka's Jackson version, needs SnakeYAML 1.x, and would type
 * {@code no} and {@code 06:00} the YAML 1.1 way.)
 */
final class YamlTree {
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private YamlTree() {
  }

  static JsonNode read(String yaml) {
    return tree(new Yaml(new LoaderOptions()).compose(new StringReader(yaml)));
  }

  private static JsonNode tree(Node node) {
    if (node instanceof MappingNode m) {
      ObjectNode o = JSON.objectNode();
      for (NodeTuple t : m.getValue()) {
        o.set(((ScalarNode) t.getKeyNode()).getValue(), tree(t.getValueNode()));
      }
      return o;
    }
    if (node instanceof SequenceNode s) {
      ArrayNode a = JSON.arrayNode();
      s.getValue().forEach(item -> a.add(tree(item)));
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    String text = s.getValue();
    if (!s.isPlain()) {
      return JSON.textNode(text);
    }
    if (Tag.NULL.equals(s.getTag())) {
      return JSON.nullNode();
    }
    if (INTEGER.matcher(text).matches()) {
      return JSON.numberNode(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    }
    if (DECIMAL.matcher(text).matches()) {
      return JSON.numberNode(new BigDecimal(text));
    }
    if (text.equals("true") || text.equals("false")) {
      return JSON.booleanNode(text.equals("true"));
    }
    return JSON.textNode(text);
  }
}
