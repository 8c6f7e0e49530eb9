package org.dmsim.model.mfg.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * A distribution centre's second source: another node it orders from once its {@code replenishFrom}
 * has been out (a disruption) for {@code switchOverMs}, or, with a {@code split}, all the time for a
 * share of every order. The same rule as a producing node's {@link SourcingRule} for components, with
 * nodes for suppliers.
 *
 * @param from              the backup node: a plant or microfactory that can make what the centre stocks,
 *                          or a distribution centre that stocks it; not the centre itself nor its primary
 * @param switchOverMs      how long after the primary goes out orders start going to the backup, ms
 * @param switchBack        when orders go back to the primary
 * @param switchBackDelayMs how long after a source is up again it counts as up, ms
 * @param split             dual sourcing: the share of each order's units for the primary, above 0 and
 *                          below 1; empty: single sourcing
 * @param shippingDelayMs   how long a lot from the backup takes, fixed; empty: the lane's transit time
 */
public record BackupSource(String from, long switchOverMs, SwitchBack switchBack, long switchBackDelayMs,
    Optional<Double> split, Optional<Long> shippingDelayMs) {
  public BackupSource {
    Names.requireId("node", from);
    Objects.requireNonNull(switchBack, "switchBack");
    split = split == null ? Optional.empty() : split;
    shippingDelayMs = shippingDelayMs == null ? Optional.empty() : shippingDelayMs;
    if (switchOverMs < 0 || switchBackDelayMs < 0) {
      throw new IllegalArgumentException("backup " + from + ": switch-over and switch-back delay must not be "
          + "negative, were " + switchOverMs + " and " + switchBackDelayMs + " ms");
    }
    split.ifPresent(s -> {
      if (!(s > 0 && s < 1)) {
        throw new IllegalArgumentException("backup " + from + ": split must be above 0 and below 1, was " + s);
      }
    });
    shippingDelayMs.ifPresent(ms -> {
      if (ms < Echelon.MIN_MS) {
        throw new IllegalArgumentException("backup " + from + ": the shipping delay must be at least 1 ms, was " + ms);
      }
    });
  }
}
