package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.entity.SimulationPlanTest.NamedFactory;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SimulationPlanProperties {

  /** A node and the local names of its children. */
  record Node(String name, List<String> children) {}

  @Test
  void indicesFollowSortedNamesWhateverTheInsertionOrder() {
    qt().forAll(networks(), longs().all()).checkAssert((nodes, shuffleSeed) -> {
      SimulationPlan asListed = build(nodes, new SplittableRandom(0), false);
      SimulationPlan shuffled = build(nodes, new SplittableRandom(shuffleSeed), true);

      TreeMap<String, String> parentOf = new TreeMap<>();
      for (Node n : nodes) {
        parentOf.put(n.name(), n.name());
        for (String c : n.children()) {
          parentOf.put(n.name() + "/" + c, n.name());
        }
      }
      List<String> sortedNames = new ArrayList<>(parentOf.keySet());
      List<String> sortedNodes = nodes.stream().map(Node::name).sorted().toList();

      for (SimulationPlan plan : List.of(asListed, shuffled)) {
        EntityDirectory dir = plan.directory();
        assertThat(dir.all()).extracting(EntityId::name).containsExactlyElementsOf(sortedNames);
        for (int i = 0; i < dir.size(); i++) {
          EntityId id = dir.all().get(i);
          assertThat(id.index()).isEqualTo(i);
          assertThat(dir.byIndex(i)).isSameAs(id);
          assertThat(dir.id(id.name())).isSameAs(id);
          assertThat(dir.nodeOrdinalOf(i)).isEqualTo(sortedNodes.indexOf(parentOf.get(id.name())));
        }
        assertThat(dir.nodes()).extracting(EntityId::name).containsExactlyElementsOf(sortedNodes);
        assertThat(plan.nodes()).extracting(n -> n.id().name()).containsExactlyElementsOf(sortedNodes);
        for (NodePlan node : plan.nodes()) {
          assertThat(node.ordinal()).isEqualTo(sortedNodes.indexOf(node.id().name()));
          assertThat(node.factory()).isEqualTo(new NamedFactory(node.id().name()));
          List<String> expectedChildren = sortedNames.stream()
              .filter(name -> !name.equals(node.id().name()) && parentOf.get(name).equals(node.id().name()))
              .toList();
          assertThat(node.children()).extracting(c -> c.id().name()).containsExactlyElementsOf(expectedChildren);
          for (ChildPlan c : node.children()) {
            assertThat(c.factory()).isEqualTo(new NamedFactory(c.id().name()));
          }
        }
      }
      assertThat(shuffled.directory().all()).isEqualTo(asListed.directory().all());
    });
  }

  /**
   * Adds nodes and children in list order, or in a random order where each child still follows its
   * node but nodes and other nodes' children interleave.
   */
  private static SimulationPlan build(List<Node> nodes, SplittableRandom random, boolean shuffle) {
    SimulationPlan.Builder b = SimulationPlan.builder("p");
    List<Node> pendingNodes = new ArrayList<>(nodes);
    List<String[]> pendingChildren = new ArrayList<>();
    while (!pendingNodes.isEmpty() || !pendingChildren.isEmpty()) {
      boolean takeNode = pendingChildren.isEmpty()
          || (!pendingNodes.isEmpty() && (!shuffle || random.nextBoolean()));
      if (takeNode) {
        Node n = pendingNodes.remove(shuffle ? random.nextInt(pendingNodes.size()) : 0);
        b.node(n.name(), new NamedFactory(n.name()));
        for (String c : n.children()) {
          pendingChildren.add(new String[] {n.name(), c});
        }
      } else {
        String[] c = pendingChildren.remove(shuffle ? random.nextInt(pendingChildren.size()) : 0);
        b.child(c[0], c[1], new NamedFactory(c[0] + "/" + c[1]));
      }
    }
    return b.build(1, 1);
  }

  /** Networks with distinct node names, names that sort around '/' ('-', '.', digits, upper case). */
  private static Gen<List<Node>> networks() {
    Gen<String> names = lists().of(Generate.pick(List.of("a", "b", "-", ".", "0", "9", "A", "m", "_")))
        .ofSizeBetween(1, 4).map(parts -> String.join("", parts));
    Gen<Node> node = names.zip(lists().of(names).ofSizeBetween(0, 6),
        (name, children) -> new Node(name, List.copyOf(new TreeSet<>(children))));
    return lists().of(node).ofSizeBetween(1, 12).map(list -> {
      // Keep the first node of each name, in generated order.
      TreeSet<String> seen = new TreeSet<>();
      List<Node> distinct = new ArrayList<>();
      for (Node n : list) {
        if (seen.add(n.name())) {
          distinct.add(n);
        }
      }
      return distinct;
    });
  }
}
