package org.dmsim.model.mfg.spec;

/**
 * A line of a bill of materials: {@code quantity} units of {@code component} per unit of product.
 *
 * @param component the component's id, supplied by some supplier
 * @param quantity  units per unit of product; at least 1
 */
public record Component(String component, int quantity) {
  public Component {
    Names.requireId("component", component);
    if (quantity < 1) {
      throw new IllegalArgumentException("component " + component + ": quantity must be at least 1, was " + quantity);
    }
  }
}
