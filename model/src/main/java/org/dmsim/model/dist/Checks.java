package org.dmsim.model.dist;

/** Parameter checks shared by the distribution records; messages name the kind and the parameter. */
final class Checks {
  private Checks() {}

  static void finite(String kind, String param, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(kind + ": " + param + " must be a finite number, got " + value);
    }
  }

  static void positive(String kind, String param, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(kind + ": " + param + " must be positive and finite, got " + value);
    }
  }
}
