package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulationPlanTest {
  /** A factory that is never called here, told apart by its name. */
  record NamedFactory(String name) implements EntityFactory {
    @Override
    public Entity create(EntityDirectory directory) {
      throw new UnsupportedOperationException("not needed to build a plan");
    }
  }

  private static EntityFactory f(String name) {
    return new NamedFactory(name);
  }

  @Test
  void build_indicesFollowSortedNamesNotInsertionOrder() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("b", f("b"));
    b.node("a", f("a"));
    b.child("a", "x", f("a/x"));
    b.node("a-b", f("a-b"));
    SimulationPlan plan = b.build(10, 100);

    // '-' (0x2D) sorts before '/' (0x2F): a node can fall between another node and its children.
    assertThat(plan.directory().all()).extracting(EntityId::name).containsExactly("a", "a-b", "a/x", "b");
    assertThat(plan.directory().all()).extracting(EntityId::index).containsExactly(0L, 1L, 2L, 3L);
    assertThat(plan.nodes()).extracting(n -> n.id().name()).containsExactly("a", "a-b", "b");
    assertThat(plan.nodes()).extracting(NodePlan::ordinal).containsExactly(0, 1, 2);
  }

  @Test
  void build_nodesCarryTheirOwnFactoriesAndSortedChildren() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("plant"));
    b.child("plant", "m2", f("plant/m2"));
    b.child("plant", "m10", f("plant/m10"));
    b.child("plant", "m1", f("plant/m1"));
    b.node("region", f("region"));
    SimulationPlan plan = b.build(10, 100);

    NodePlan plant = plan.nodes().get(0);
    assertThat(plant.factory()).isEqualTo(f("plant"));
    assertThat(plant.children()).extracting(c -> c.id().name()).containsExactly("plant/m1", "plant/m10", "plant/m2");
    assertThat(plant.children()).extracting(ChildPlan::factory)
        .containsExactly(f("plant/m1"), f("plant/m10"), f("plant/m2"));
    for (ChildPlan c : plant.children()) {
      assertThat(plan.directory().id(c.id().name())).isEqualTo(c.id());
      assertThat(plan.directory().nodeOrdinalOf(c.id().index())).isZero();
    }
    NodePlan region = plan.nodes().get(1);
    assertThat(region.factory()).isEqualTo(f("region"));
    assertThat(region.children()).isEmpty();
    assertThat(plan.directory().nodeOrdinalOf(region.id().index())).isEqualTo(1);
  }

  @Test
  void build_recordsNameLookaheadEndAndEntityCount() {
    SimulationPlan.Builder b = SimulationPlan.builder("tiny");
    b.node("n", f("n"));
    b.child("n", "c", f("n/c"));
    SimulationPlan plan = b.build(1, 2);
    assertThat(plan.name()).isEqualTo("tiny");
    assertThat(plan.lookaheadMs()).isEqualTo(1);
    assertThat(plan.endMs()).isEqualTo(2);
    assertThat(plan.staticEntityCount()).isEqualTo(2);
  }

  @Test
  void nodeAndChild_returnTheEntityNames() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThat(b.node("plant", f("plant"))).isEqualTo("plant");
    assertThat(b.child("plant", "m1", f("m1"))).isEqualTo("plant/m1");
  }

  @Test
  void nodes_isUnmodifiable() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("n", f("n"));
    SimulationPlan plan = b.build(1, 1);
    assertThatThrownBy(() -> plan.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.directory().all().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void node_duplicateName_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("first"));
    assertThatThrownBy(() -> b.node("plant", f("second"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate").hasMessageContaining("plant");
    assertThat(b.build(1, 1).nodes()).singleElement().extracting(NodePlan::factory).isEqualTo(f("first"));
  }

  @Test
  void child_duplicateName_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("plant"));
    b.child("plant", "m1", f("first"));
    assertThatThrownBy(() -> b.child("plant", "m1", f("second"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate").hasMessageContaining("plant/m1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "/", "/plant", "plant/"})
  void node_nameWithSlash_throws(String name) {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThatThrownBy(() -> b.node(name, f(name))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n"})
  void node_blankName_throws(String name) {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThatThrownBy(() -> b.node(name, f("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void node_nullName_throwsIllegalArgument() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThatThrownBy(() -> b.node(null, f("x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nodeOrChild_nullFactory_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThatNullPointerException().isThrownBy(() -> b.node("n", null));
    b.node("m", f("m"));
    assertThatNullPointerException().isThrownBy(() -> b.child("m", "c", null));
  }

  @Test
  void builder_nullName_throws() {
    assertThatNullPointerException().isThrownBy(() -> SimulationPlan.builder(null));
  }

  @Test
  void child_ofUnknownNode_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("plant"));
    assertThatThrownBy(() -> b.child("plnat", "m1", f("m1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown node plnat");
  }

  @Test
  void child_addedBeforeItsNode_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    assertThatThrownBy(() -> b.child("plant", "m1", f("m1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void child_ofAChild_throws() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("plant"));
    b.child("plant", "m1", f("m1"));
    assertThatThrownBy(() -> b.child("plant/m1", "tool", f("tool"))).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "/"})
  void child_emptyLocalNameOrSlash_throws(String local) {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("plant", f("plant"));
    assertThatThrownBy(() -> b.child("plant", local, f("x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void build_nonPositiveLookahead_throws(long lookaheadMs) {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("n", f("n"));
    assertThatThrownBy(() -> b.build(lookaheadMs, 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lookahead");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void build_nonPositiveEnd_throws(long endMs) {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("n", f("n"));
    assertThatThrownBy(() -> b.build(10, endMs)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end");
  }

  @Test
  void build_noNodes_throws() {
    assertThatThrownBy(() -> SimulationPlan.builder("t").build(1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one node");
  }

  @Test
  void build_twice_givesEqualPlans() {
    SimulationPlan.Builder b = SimulationPlan.builder("t");
    b.node("n", f("n"));
    b.child("n", "c", f("n/c"));
    SimulationPlan first = b.build(1, 10);
    SimulationPlan second = b.build(1, 10);
    assertThat(second.directory().all()).isEqualTo(first.directory().all());
    assertThat(second.nodes()).isEqualTo(first.nodes());
  }
}
