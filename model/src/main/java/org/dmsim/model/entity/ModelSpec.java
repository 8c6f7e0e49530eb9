package org.dmsim.model.entity;

/** A model a scenario describes: something with a name and a run length that turns into a simulation plan. */
public interface ModelSpec {
  /** The model's name. */
  String name();

  /** Length of a run, ms. */
  long horizonMs();

  /** A fresh plan for one run. */
  SimulationPlan plan();
}
