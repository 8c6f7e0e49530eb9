package org.dmsim.scenarios.game;

import java.util.Arrays;
import java.util.Locale;

/**
 * A seat of a Beer Game team: the stage of the chain it plays, by its distance from the customers
 * (the retailer serves them, the factory is three stages up).
 */
public enum Role {
  RETAILER, WHOLESALER, DISTRIBUTOR, FACTORY;

  /** The role as players and files name it: {@code retailer}, {@code wholesaler}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How many stages lie between this one and the customers: 0 for the retailer, 3 for the factory. */
  public int depth() {
    return ordinal();
  }

  /**
   * The role named {@code text} (case and surrounding blanks ignored).
   *
   * @throws GameRefused naming the four roles when it is none of them
   */
  public static Role parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.label().equals(t)) {
        return r;
      }
    }
    throw new GameRefused("role: expected one of " + String.join(", ", Arrays.stream(values()).map(Role::label).toList())
        + ", got \"" + (text == null ? "" : text.strip()) + "\"");
  }
}
