package org.dmsim.model.entity;

import java.util.List;
import java.util.Objects;

/**
 * A node of the network (a factory, a customer region, a PHOLD process): the entity that talks to
 * other nodes only with at least the network lookahead, plus its static children.
 *
 * @param id       the node's id
 * @param ordinal  the node's position among the plan's nodes (sorted by name)
 * @param factory  creates the node's own logic for a run
 * @param children its static children, in index order
 */
public record NodePlan(EntityId id, int ordinal, EntityFactory factory, List<ChildPlan> children) {
  public NodePlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(factory, "factory");
    children = List.copyOf(children);
  }
}
