package org.dmsim.model.result;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of one run of one model: seed, replication, end time and every entity's result in
 * name order. {@link #digest()} is a SHA-256 over the canonical form, so two runs agree byte for byte
 * exactly when their digests agree.
 *
 * @param model       the model's name
 * @param seed        the run seed
 * @param replication the replication index, from 0
 * @param endMs       the end of the run in ms of simulated time
 * @param entities    per-entity results sorted by entity name
 */
public record RunResult(String model, long seed, int replication, long endMs, List<EntityResult> entities) {
  public RunResult {
    Objects.requireNonNull(model, "model");
    entities = List.copyOf(entities);
    for (int i = 1; i < entities.size(); i++) {
      if (entities.get(i - 1).entity().compareTo(entities.get(i).entity()) >= 0) {
        throw new IllegalArgumentException("entity results must be sorted by name and unique: "
            + entities.get(i - 1).entity() + " before " + entities.get(i).entity());
      }
    }
  }

  /** Total events handled by all entities. */
  public long eventsHandled() {
    long n = 0;
    for (EntityResult e : entities) {
      n += e.eventsHandled();
    }
    return n;
  }

  /** The result of the entity called {@code name}. */
  public Optional<EntityResult> entity(String name) {
    return entities.stream().filter(e -> e.entity().equals(name)).findFirst();
  }

  /** The sum of counter {@code metric} over entities whose name matches. */
  public long sumCounter(String metric, Predicate<String> entityFilter) {
    long sum = 0;
    for (EntityResult e : entities) {
      if (entityFilter.test(e.entity())) {
        sum += e.metric(metric).map(MetricValue::count).orElse(0L);
      }
    }
    return sum;
  }

  /** The canonical text form: one line per entity and metric, doubles by their bits. */
  public String canonical() {
    StringBuilder sb = new StringBuilder(256 + entities.size() * 96);
    sb.append("run|").append(model).append('|').append(seed).append('|').append(replication).append('|')
        .append(endMs).append('\n');
    for (EntityResult e : entities) {
      e.appendCanonical(sb);
    }
    return sb.toString();
  }

  /**
   * The result whose {@link #canonical()} form is {@code text}: the inverse of {@link #canonical()}, so that
   * a stored result gives the same digest and the same outputs. Fields are read from the right of each
   * line, so names may hold {@code |}; names must not hold line breaks (the canonical form could not tell).
   *
   * @throws IllegalArgumentException naming the line when {@code text} is not a canonical form
   */
  public static RunResult fromCanonical(String text) {
    return CanonicalReader.read(text);
  }

  /** SHA-256 of {@link #canonical()}, in lower-case hex. */
  public String digest() {
    return sha256Hex(canonical());
  }

  /** The digest over several runs: SHA-256 over their digests in the given (replication) order. */
  public static String digestOf(List<RunResult> runs) {
    StringBuilder sb = new StringBuilder();
    for (RunResult r : runs) {
      sb.append(r.digest()).append('\n');
    }
    return sha256Hex(sb.toString());
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
