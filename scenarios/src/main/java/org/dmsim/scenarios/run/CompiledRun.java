package org.dmsim.scenarios.run;

import java.util.Objects;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.RunFingerprint;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.Scenario;

/**
 * A run compiled from its description ({@link RunCompiler#compile}): what an engine needs.
 *
 * @param description what it was compiled from (for an experiment's run, its {@link ExperimentRunDescription#run})
 * @param scenario    the scenario read from the description's documents (its sources are their relative paths)
 * @param spec        the network of this replication: the scenario's, with the replication's sampled
 *                    disruptions when it has generators; for an experiment's run, the variant's with the
 *                    run's horizon and the case's disruptions of the replication
 * @param network     {@code spec} compiled
 * @param plan        the plan the engines run, with the description's warm-up
 */
public record CompiledRun(RunDescription description, Scenario scenario, ManufacturingSpec spec, Network network,
    SimulationPlan plan) {
  public CompiledRun {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(plan, "plan");
  }

  /** The fingerprint of the compiled tables, the spec, the plan, the seed and the replication ({@link RunFingerprint}). */
  public String fingerprint() {
    return RunFingerprint.of(network, plan, description.seed(), description.replication());
  }
}
