package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Invariants of overrides by path, over every field of the test scenario. */
class OverridesProperties {
  /** A scalar of the file: its path by index, its path by id where items have one, and its text. */
  private record Leaf(String byIndex, String byId, String text) {}

  private static final List<Leaf> LEAVES = leaves();

  @Test
  void settingFieldsToTheValuesTheyHave_leavesTheSpecEqual() throws ScenarioException {
    ManufacturingSpec valid = ScenarioLoader.parse(ScenarioLoaderTest.VALID, "t.yaml").network();
    qt().forAll(lists().of(integers().between(0, LEAVES.size() - 1)).ofSizeBetween(0, 6), booleans().all())
        .checkAssert((picked, byId) -> {
          List<FieldOverride> set = new ArrayList<>();
          for (int i : picked) {
            Leaf leaf = LEAVES.get(i);
            set.add(FieldOverride.commandLine(set.size() + 1, (byId ? leaf.byId() : leaf.byIndex()) + "=" + leaf.text()));
          }
          try {
            assertThat(ScenarioLoader.parse(ScenarioLoaderTest.VALID, "t.yaml", set).network()).as("%s", set)
                .isEqualTo(valid);
          } catch (ScenarioException e) {
            throw new AssertionError(set + ": " + e.problems(), e);
          }
        });
  }

  @Test
  void everyLeafOfTheTestScenario_isAddressable() {
    assertThat(LEAVES).hasSizeGreaterThan(20)
        .anyMatch(l -> l.byId().equals("nodes[plant-frankfurt].machines[machine].count"))
        .anyMatch(l -> l.byId().equals("regions[region-milan].demand[part].ordersPerDay"));
  }

  private static List<Leaf> leaves() {
    Node root = YamlFiles.yaml().compose(new StringReader(ScenarioLoaderTest.VALID));
    List<Leaf> out = new ArrayList<>();
    walk(root, "", "", out);
    return out;
  }

  private static void walk(Node node, String byIndex, String byId, List<Leaf> out) {
    if (node instanceof ScalarNode s) {
      if (s.isPlain() && !byIndex.isEmpty()) {
        out.add(new Leaf(byIndex, byId, s.getValue()));
      }
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        walk(t.getValueNode(), ValueReader.join(byIndex, key), ValueReader.join(byId, key), out);
      }
    } else if (node instanceof SequenceNode q) {
      for (int i = 0; i < q.getValue().size(); i++) {
        Node item = q.getValue().get(i);
        Optional<String> id = Overrides.idOf(item);
        walk(item, byIndex + "[" + i + "]", byId + "[" + id.orElse(String.valueOf(i)) + "]", out);
      }
    }
  }
}
