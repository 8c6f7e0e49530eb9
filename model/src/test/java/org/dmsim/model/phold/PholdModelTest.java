package org.dmsim.model.phold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PholdModelTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void constructor_noProcesses_throws(int processes) {
    assertThatThrownBy(() -> new PholdModel(processes, 1, 0.1, 1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("process");
  }

  @Test
  void constructor_negativeEventsPerProcess_throws() {
    assertThatThrownBy(() -> new PholdModel(1, -1, 0.1, 1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events per process");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.000999, 0.0, -0.1, Double.NaN, Double.NEGATIVE_INFINITY})
  void constructor_lookaheadBelowOneMillisecond_throws(double lookaheadSeconds) {
    assertThatThrownBy(() -> new PholdModel(1, 1, lookaheadSeconds, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookahead");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.001, Double.NaN, Double.NEGATIVE_INFINITY})
  void constructor_negativeMean_throws(double meanSeconds) {
    assertThatThrownBy(() -> new PholdModel(1, 1, 0.1, meanSeconds, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.NEGATIVE_INFINITY})
  void constructor_nonPositiveEnd_throws(double endSeconds) {
    assertThatThrownBy(() -> new PholdModel(1, 1, 0.1, 1, endSeconds))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.POSITIVE_INFINITY, 1e300, 140_737_488_356.0})
  void constructor_timeBeyondTheLatestEventTime_throws(double seconds) {
    // Accepted before: an infinite end never stops (PHOLD keeps its population), and an infinite or
    // huge lookahead or mean overflowed "lookahead + delay" into a negative delay inside a run.
    assertThatThrownBy(() -> new PholdModel(1, 1, seconds, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookahead");
    assertThatThrownBy(() -> new PholdModel(1, 1, 0.1, seconds, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean");
    assertThatThrownBy(() -> new PholdModel(1, 1, 0.1, 1, seconds))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
  }

  @Test
  void constructor_timesUpToTheLatestEventTime_areAccepted() {
    double seconds = 1e11;
    PholdModel m = new PholdModel(1, 1, seconds, seconds, seconds);
    assertThat(m.plan().lookaheadMs()).isEqualTo(100_000_000_000_000L);
    assertThat(m.plan().endMs()).isLessThanOrEqualTo(Event.MAX_TIME_MS);
  }

  @Test
  void constructor_edgeValues_areAccepted() {
    PholdModel m = new PholdModel(1, 0, 0.001, 0, 0.001);
    assertThat(m.processes()).isEqualTo(1);
    assertThat(m.plan().lookaheadMs()).isEqualTo(1);
    assertThat(m.plan().endMs()).isEqualTo(1);
  }

  @Test
  void defaults_areTheBenchmarkParameters() {
    assertThat(PholdModel.defaults()).isEqualTo(new PholdModel(1024, 16, 0.1, 1.0, 1000));
  }

  @Test
  void plan_defaults_convertsSecondsToMilliseconds() {
    SimulationPlan plan = PholdModel.defaults().plan();
    assertThat(plan.name()).isEqualTo("phold");
    assertThat(plan.lookaheadMs()).isEqualTo(100);
    assertThat(plan.endMs()).isEqualTo(1_000_000);
    assertThat(plan.nodes()).hasSize(1024);
    assertThat(plan.staticEntityCount()).isEqualTo(1024);
  }

  @Test
  void plan_roundsSecondsToTheNearestMillisecond() {
    SimulationPlan plan = new PholdModel(2, 1, 0.0015, 1, 2.0004).plan();
    assertThat(plan.lookaheadMs()).isEqualTo(2);
    assertThat(plan.endMs()).isEqualTo(2_000);
  }

  @Test
  void plan_namesProcessesWithFourDigitsInNumericOrder() {
    SimulationPlan plan = new PholdModel(12, 1, 0.1, 1, 10).plan();
    assertThat(plan.directory().all()).extracting(EntityId::name).containsExactly(
        "lp-0000", "lp-0001", "lp-0002", "lp-0003", "lp-0004", "lp-0005", "lp-0006", "lp-0007", "lp-0008", "lp-0009",
        "lp-0010", "lp-0011");
    assertThat(plan.nodes()).extracting(NodePlan::ordinal).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(plan.nodes()).allSatisfy(n -> assertThat(n.children()).isEmpty());
  }

  @Test
  void plan_moreThan10000Processes_widensTheNumbers() {
    SimulationPlan plan = new PholdModel(10_001, 1, 0.1, 1, 10).plan();
    assertThat(plan.nodes().get(0).id().name()).isEqualTo("lp-00000");
    assertThat(plan.nodes().get(9_999).id().name()).isEqualTo("lp-09999");
    assertThat(plan.nodes().get(10_000).id().name()).isEqualTo("lp-10000");
  }

  @Test
  void plan_10000Processes_keepsFourDigits() {
    SimulationPlan plan = new PholdModel(10_000, 1, 0.1, 1, 10).plan();
    assertThat(plan.nodes().get(9_999).id().name()).isEqualTo("lp-9999");
  }

  @Test
  void plan_processFactory_createsAPholdProcess() {
    SimulationPlan plan = new PholdModel(3, 1, 0.1, 1, 10).plan();
    assertThat(plan.nodes()).allSatisfy(n ->
        assertThat(n.factory().create(plan.directory())).isInstanceOf(PholdProcess.class));
  }
}
