package org.dmsim.scenarios.yaml;

import java.util.Objects;
import org.dmsim.model.entity.ModelSpec;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.ManufacturingSpec;

/**
 * A format-2 network where a {@link Scenario} holds a {@link ModelSpec}. It exists because
 * {@link ManufacturingSpec} does not implement {@code ModelSpec} yet: once it does (with its
 * {@code plan()}), a scenario holds the spec itself and this type goes. Until then such a scenario
 * loads and validates but cannot be run.
 *
 * @param spec the validated manufacturing network
 */
record ManufacturingModel(ManufacturingSpec spec) implements ModelSpec {
  ManufacturingModel {
    Objects.requireNonNull(spec, "spec");
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public long horizonMs() {
    return spec.horizonMs();
  }

  /** @throws UnsupportedOperationException always: the manufacturing network has no simulation plan yet */
  @Override
  public SimulationPlan plan() {
    throw new UnsupportedOperationException(
        "format-2 scenarios cannot be simulated yet: the manufacturing network has no simulation plan");
  }
}
