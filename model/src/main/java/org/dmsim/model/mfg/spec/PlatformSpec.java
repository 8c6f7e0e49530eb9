package org.dmsim.model.mfg.spec;

import java.util.Objects;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * The order platform (the digital thread): it receives every order and allocates it to a node.
 *
 * @param location           where it runs (only for display)
 * @param allocation         the allocation rule and its parameters (see {@link org.dmsim.model.mfg.policy.AllocationRule})
 * @param orderLatencyMs     delay of an order message, region → platform and platform → node (and of cancellations), ms; positive
 * @param infoDelayMs        age of a node's status report when the platform receives it, ms; positive
 * @param statusIntervalMs   how often nodes report their status, ms; positive
 * @param maxQueuePerMachine a node reporting more waiting jobs per working machine counts as full
 * @param minQuality         nodes with a lower quality rating are never chosen
 */
public record PlatformSpec(GeoPoint location, RuleRef allocation, long orderLatencyMs, long infoDelayMs,
    long statusIntervalMs, double maxQueuePerMachine, double minQuality) {
  public PlatformSpec {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(allocation, "allocation");
    if (orderLatencyMs <= 0 || infoDelayMs <= 0 || statusIntervalMs <= 0) {
      throw new IllegalArgumentException("platform: order latency, information delay and status interval must be positive");
    }
    if (!(maxQueuePerMachine > 0)) {
      throw new IllegalArgumentException("platform: max queue per machine must be positive, was " + maxQueuePerMachine);
    }
    Names.requireProbability("platform: min quality", minQuality);
  }

  /** The platform with the built-in allocation rule {@code policy}. */
  public PlatformSpec(GeoPoint location, AllocationPolicy policy, long orderLatencyMs, long infoDelayMs,
      long statusIntervalMs, double maxQueuePerMachine, double minQuality) {
    this(location, policy.rule(), orderLatencyMs, infoDelayMs, statusIntervalMs, maxQueuePerMachine, minQuality);
  }

  /** The same platform with another allocation rule. */
  public PlatformSpec withAllocation(RuleRef rule) {
    return new PlatformSpec(location, rule, orderLatencyMs, infoDelayMs, statusIntervalMs, maxQueuePerMachine,
        minQuality);
  }
}
