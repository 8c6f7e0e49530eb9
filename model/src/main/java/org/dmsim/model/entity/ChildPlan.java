package org.dmsim.model.entity;

import java.util.Objects;

/**
 * A static child entity of a node, such as a machine: hosted with its node and started at time 0.
 *
 * @param id      the child's id ({@code <node>/<local>})
 * @param factory creates the child's logic for a run
 */
public record ChildPlan(EntityId id, EntityFactory factory) {
  public ChildPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(factory, "factory");
  }
}
