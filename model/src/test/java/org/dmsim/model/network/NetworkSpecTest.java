package org.dmsim.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {
  private static final FactorySpec PLANT = new FactorySpec("plant-frankfurt", 2, 4 * SimTime.HOUR_MS);

  private static RegionSpec region(String id, long latencyMs, long transitMs) {
    return new RegionSpec(id, 10, latencyMs, transitMs, 3 * SimTime.DAY_MS);
  }

  @Test
  void lookaheadMs_isTheSmallestLatencyOrTransit() {
    NetworkSpec spec = new NetworkSpec("n", SimTime.WEEK_MS, PLANT, List.of(
        region("region-paris", 2 * SimTime.HOUR_MS, 6 * SimTime.HOUR_MS),
        region("region-milan", 3 * SimTime.HOUR_MS, 90 * SimTime.MINUTE_MS),
        region("region-oslo", 5 * SimTime.HOUR_MS, 8 * SimTime.HOUR_MS)));
    assertThat(spec.lookaheadMs()).isEqualTo(90 * SimTime.MINUTE_MS);
    assertThat(spec.plan().lookaheadMs()).isEqualTo(90 * SimTime.MINUTE_MS);
  }

  @Test
  void lookaheadMs_latencyCanBeTheMinimum() {
    NetworkSpec spec = new NetworkSpec("n", SimTime.WEEK_MS, PLANT, List.of(
        region("region-paris", 2 * SimTime.HOUR_MS, 6 * SimTime.HOUR_MS),
        region("region-milan", 1, 90 * SimTime.MINUTE_MS)));
    assertThat(spec.lookaheadMs()).isEqualTo(1);
  }

  @Test
  void plan_hasTheFactoryWithItsMachinesAndOneNodePerRegion() {
    NetworkSpec spec = new NetworkSpec("tiny-factory", 30 * SimTime.DAY_MS, PLANT, List.of(
        region("region-paris", 2 * SimTime.HOUR_MS, 6 * SimTime.HOUR_MS),
        region("region-berlin", SimTime.HOUR_MS, 4 * SimTime.HOUR_MS)));
    SimulationPlan plan = spec.plan();

    assertThat(plan.name()).isEqualTo("tiny-factory");
    assertThat(plan.endMs()).isEqualTo(30 * SimTime.DAY_MS);
    assertThat(plan.lookaheadMs()).isEqualTo(SimTime.HOUR_MS);
    assertThat(plan.directory().all()).extracting(EntityId::name).containsExactly(
        "plant-frankfurt", "plant-frankfurt/m1", "plant-frankfurt/m2", "region-berlin", "region-paris");
    assertThat(plan.nodes()).extracting(n -> n.id().name())
        .containsExactly("plant-frankfurt", "region-berlin", "region-paris");
    NodePlan factory = plan.nodes().get(0);
    assertThat(factory.children()).extracting(c -> c.id().name())
        .containsExactly("plant-frankfurt/m1", "plant-frankfurt/m2");
    assertThat(plan.nodes().get(1).children()).isEmpty();
    assertThat(plan.nodes().get(2).children()).isEmpty();
  }

  @Test
  void plan_factoriesCreateTheRightEntities() {
    NetworkSpec spec = new NetworkSpec("n", SimTime.WEEK_MS, PLANT, List.of(region("region-paris", 10, 10)));
    SimulationPlan plan = spec.plan();
    EntityDirectory dir = plan.directory();
    NodePlan factory = plan.nodes().get(0);
    assertThat(factory.factory().create(dir)).isInstanceOf(Factory.class);
    assertThat(factory.children()).allSatisfy(c -> assertThat(c.factory().create(dir)).isInstanceOf(Machine.class));
    assertThat(plan.nodes().get(1).factory().create(dir)).isInstanceOf(CustomerRegion.class);
  }

  @Test
  void plan_manyMachines_namedZeroPaddedSoNameOrderIsNumberOrder() {
    NetworkSpec spec = new NetworkSpec("n", SimTime.WEEK_MS, new FactorySpec("f", 12, 1000),
        List.of(region("r", 10, 10)));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      expected.add(String.format("f/m%02d", i));
    }
    assertThat(spec.plan().nodes().get(0).children()).extracting(c -> c.id().name())
        .containsExactlyElementsOf(expected).startsWith("f/m01", "f/m02");
  }

  @Test
  void plan_regionNamedBeforeTheFactory_comesFirst() {
    NetworkSpec spec = new NetworkSpec("n", SimTime.WEEK_MS, new FactorySpec("z-plant", 1, 1000),
        List.of(region("a-region", 10, 10)));
    SimulationPlan plan = spec.plan();
    assertThat(plan.nodes()).extracting(n -> n.id().name()).containsExactly("a-region", "z-plant");
    assertThat(plan.nodes().get(1).children()).extracting(c -> c.id().name()).containsExactly("z-plant/m1");
  }

  @Test
  void constructor_nonPositiveHorizon_throws() {
    assertThatThrownBy(() -> new NetworkSpec("n", 0, PLANT, List.of(region("r", 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
    assertThatThrownBy(() -> new NetworkSpec("n", -1, PLANT, List.of(region("r", 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
  }

  @Test
  void constructor_noRegions_throws() {
    assertThatThrownBy(() -> new NetworkSpec("n", 1, PLANT, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one region");
  }

  @Test
  void constructor_duplicateRegionName_throws() {
    assertThatThrownBy(() -> new NetworkSpec("n", 1, PLANT, List.of(region("r", 1, 1), region("r", 2, 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate node name: r");
  }

  @Test
  void constructor_regionNamedLikeTheFactory_throws() {
    assertThatThrownBy(() -> new NetworkSpec("n", 1, PLANT, List.of(region("plant-frankfurt", 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plant-frankfurt");
  }

  @Test
  void constructor_nulls_throw() {
    List<RegionSpec> regions = List.of(region("r", 1, 1));
    assertThatNullPointerException().isThrownBy(() -> new NetworkSpec(null, 1, PLANT, regions));
    assertThatNullPointerException().isThrownBy(() -> new NetworkSpec("n", 1, null, regions));
    assertThatNullPointerException().isThrownBy(() -> new NetworkSpec("n", 1, PLANT, null));
  }

  @Test
  void constructor_copiesTheRegionList() {
    List<RegionSpec> regions = new ArrayList<>(List.of(region("r", 1, 1)));
    NetworkSpec spec = new NetworkSpec("n", 1, PLANT, regions);
    regions.add(region("s", 1, 1));
    assertThat(spec.regions()).hasSize(1);
  }
}
