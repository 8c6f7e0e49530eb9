package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manufacturing network gives byte-identical results on the sequential engine and on the actor
 * engine with 1 and 2 threads, 3 groups, every message serialized, and fused hosting of children — for each allocation policy,
 * with failures, shifts, scrap, components, stock, cancellations and consolidation all in play.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfgDeterminismTest {
  private final SequentialEngine sequential = new SequentialEngine();
  private final List<AkkaEngine> engines = new ArrayList<>();

  @BeforeAll
  void start() {
    engines.add(new AkkaEngine(AkkaEngineSettings.of(1)));
    engines.add(new AkkaEngine(AkkaEngineSettings.of(2)));
    engines.add(new AkkaEngine(AkkaEngineSettings.of(2).withGroups(3).withSerializeMessages(true)));
    engines.add(new AkkaEngine(AkkaEngineSettings.of(2).withFusedChildren(true)));
  }

  @AfterAll
  void stop() {
    engines.forEach(AkkaEngine::close);
  }

  @ParameterizedTest
  @EnumSource(AllocationPolicy.class)
  void bothEnginesAgree(AllocationPolicy policy) {
    Batching batching = policy.ordinal() % 2 == 0 ? Batching.PER_ORDER : new Batching(true, 8, 4 * SimTime.HOUR_MS);
    SimulationPlan plan = MfgFixtures.everything(policy, 1.5, batching, 20 * SimTime.DAY_MS).plan();
    RunResult reference = sequential.run(plan, 11, 0);
    assertThat(reference.eventsHandled()).isGreaterThan(5_000);
    for (AkkaEngine engine : engines) {
      RunResult actual = engine.run(plan, 11, 0);
      assertThat(actual.canonical()).isEqualTo(reference.canonical());
    }
    assertThat(sequential.run(plan, 12, 0).digest()).isNotEqualTo(reference.digest());
  }

  /** The periodic replenishment rules (a review event per period at the distribution centre) agree too. */
  @ParameterizedTest
  @ValueSource(strings = {"r-s", "r-s-s", "forecast-order-up-to", "anchor-and-adjust"})
  void bothEnginesAgreeWithAPeriodicStockRule(String rule) {
    Map<String, String> params = switch (rule) {
      case "r-s" -> Map.of("period", "1d", "orderUpTo", "60");
      case "r-s-s" -> Map.of("period", "12h", "reorderPoint", "30", "orderUpTo", "60");
      case "forecast-order-up-to" -> Map.of("period", "1d", "leadTime", "2d", "forecast", "exponential-smoothing",
          "alpha", "0.3", "safetyFactor", "1.65", "initialForecast", "20");
      default -> Map.of("period", "1d", "theta", "0.36", "alphaS", "0.26", "beta", "0.34", "desiredStock", "40",
          "initialForecast", "20");
    };
    StockRule sealStock = new StockRule("seal-kit", RuleRef.of(rule, params), 40);
    SimulationPlan plan = MfgFixtures.everything(AllocationPolicy.NEAREST, 1.5, Batching.PER_ORDER,
        20 * SimTime.DAY_MS, sealStock).plan();
    RunResult reference = sequential.run(plan, 11, 0);
    assertThat(reference.entity("dc-lyon").orElseThrow().metric(Metrics.STOCK_ORDERED_UNITS).orElseThrow().count())
        .as("the periodic rule ordered").isGreaterThan(0);
    for (AkkaEngine engine : engines) {
      assertThat(engine.run(plan, 11, 0).canonical()).isEqualTo(reference.canonical());
    }
  }

  @ParameterizedTest
  @EnumSource(value = AllocationPolicy.class, names = {"NEAREST", "LEAST_LOADED"})
  void bothEnginesAgreeWithAWarmup(AllocationPolicy policy) {
    SimulationPlan plan = MfgFixtures.everything(policy, 1.5, Batching.PER_ORDER, 20 * SimTime.DAY_MS).plan()
        .withWarmup(5 * SimTime.DAY_MS);
    RunResult reference = sequential.run(plan, 11, 0);
    for (AkkaEngine engine : engines) {
      assertThat(engine.run(plan, 11, 0).canonical()).isEqualTo(reference.canonical());
    }
  }
}
