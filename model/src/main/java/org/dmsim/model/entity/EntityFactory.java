package org.dmsim.model.entity;

/**
 * Creates a fresh instance of one entity for one run, resolving the ids it needs (e.g. its machines
 * or the regions it serves) from the run's directory. Called once per run by every engine.
 */
@FunctionalInterface
public interface EntityFactory {
  /** A new entity instance with its initial state. */
  Entity create(EntityDirectory directory);
}
