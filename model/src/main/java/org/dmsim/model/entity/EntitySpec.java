package org.dmsim.model.entity;

import java.util.Objects;

/**
 * What an entity asks its engine to spawn: a kind, which becomes part of the new entity's name
 * ({@code <node>/<kind>-<n>}), and the new entity's logic with its initial state.
 *
 * @param kind   a short lower-case word such as {@code ship}
 * @param entity the new entity
 */
public record EntitySpec(String kind, Entity entity) {
  private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

  public EntitySpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entity, "entity");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("entity kind must be a lower-case word: '" + kind + "'");
    }
  }
}
