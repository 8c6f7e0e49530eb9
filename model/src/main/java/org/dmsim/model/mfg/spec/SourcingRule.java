package org.dmsim.model.mfg.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * How a production node sources a component: from a primary supplier, with a backup it turns to once
 * the primary has been failed for {@code switchOverMs}, or, with a {@code split}, from both at once.
 *
 * @param component         the component it is for; empty: every component the primary offers that no
 *                          other rule of the node names
 * @param primary           the supplier id orders go to first
 * @param backup            the supplier id orders go to while the primary is known to be down; not the primary
 * @param switchOverMs      how long after the primary fails orders start going to the backup, ms; 0 or more
 * @param switchBack        when orders go back to the primary
 * @param switchBackDelayMs how long after a failed supplier is up again it counts as up, ms; 0 or more
 * @param split             dual sourcing: the share of each order's units for the primary, above 0 and
 *                          below 1 (the rest to the backup); empty: single sourcing
 */
public record SourcingRule(Optional<String> component, String primary, String backup, long switchOverMs,
    SwitchBack switchBack, long switchBackDelayMs, Optional<Double> split) {
  public SourcingRule {
    component = component == null ? Optional.empty() : component;
    split = split == null ? Optional.empty() : split;
    component.ifPresent(c -> Names.requireId("component", c));
    Names.requireId("supplier", primary);
    Names.requireId("supplier", backup);
    Objects.requireNonNull(switchBack, "switchBack");
    String what = "sourcing" + component.map(c -> " of " + c).orElse("");
    if (primary.equals(backup)) {
      throw new IllegalArgumentException(what + ": the backup must not be the primary, " + primary);
    }
    if (switchOverMs < 0 || switchBackDelayMs < 0) {
      throw new IllegalArgumentException(what + ": switch-over and switch-back delay must not be negative, were "
          + switchOverMs + " and " + switchBackDelayMs + " ms");
    }
    split.ifPresent(s -> {
      if (!(s > 0 && s < 1)) {
        throw new IllegalArgumentException(what + ": split must be above 0 and below 1, was " + s);
      }
    });
  }

  /** Single sourcing from {@code primary}, switching to {@code backup} after {@code switchOverMs}, back on recovery. */
  public static SourcingRule backup(Optional<String> component, String primary, String backup, long switchOverMs) {
    return new SourcingRule(component, primary, backup, switchOverMs, SwitchBack.ON_RECOVERY, 0, Optional.empty());
  }
}
