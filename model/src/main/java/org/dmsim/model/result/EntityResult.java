package org.dmsim.model.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one entity did in a run: how many events it handled, a hash of the exact sequence of event
 * keys it handled (its trace), and its metrics sorted by name. Entities that stopped during the run
 * (delivered shipments) are folded into one {@code <node>/retired} result per node.
 *
 * @param entity        the entity's name
 * @param eventsHandled events handled, including {@code Start}
 * @param traceHash     a 64-bit hash of the handled keys, in handling order
 * @param metrics       metrics sorted by name
 */
public record EntityResult(String entity, long eventsHandled, long traceHash, List<MetricValue> metrics) {
  public EntityResult {
    Objects.requireNonNull(entity, "entity");
    metrics = List.copyOf(metrics);
  }

  /** The metric called {@code name}, if recorded. */
  public Optional<MetricValue> metric(String name) {
    for (MetricValue m : metrics) {
      if (m.name().equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  void appendCanonical(StringBuilder sb) {
    sb.append("entity|").append(entity).append('|').append(eventsHandled).append('|')
        .append(Long.toHexString(traceHash)).append('\n');
    for (MetricValue m : metrics) {
      sb.append("  ");
      m.appendCanonical(sb);
      sb.append('\n');
    }
  }
}
