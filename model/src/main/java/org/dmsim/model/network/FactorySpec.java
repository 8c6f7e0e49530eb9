package org.dmsim.model.network;

import java.util.Objects;

/**
 * A factory node with identical machines.
 *
 * @param id               the factory's node name
 * @param machines         number of machines; at least 1
 * @param meanProcessingMs mean exponential processing time per order, ms; positive
 */
public record FactorySpec(String id, int machines, double meanProcessingMs) {
  public FactorySpec {
    Objects.requireNonNull(id, "id");
    if (machines < 1) {
      throw new IllegalArgumentException("factory " + id + ": needs at least one machine");
    }
    if (!(meanProcessingMs > 0) || Double.isInfinite(meanProcessingMs)) {
      throw new IllegalArgumentException("factory " + id + ": mean processing time must be positive");
    }
  }
}
