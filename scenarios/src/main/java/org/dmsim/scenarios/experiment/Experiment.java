package org.dmsim.scenarios.experiment;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;

/**
 * A resilience experiment: network designs (variants) of one market, each run under every case (a set
 * of disruptions) for the same replications. Replication {@code r} of every variant of a case sees the
 * same demand (the regions' random streams depend only on seed, replication and region) and the same
 * disruptions, so differences between variants are paired (common random numbers).
 *
 * @param name         the experiment's name
 * @param source       the file it came from, for the manifest
 * @param variants     the network designs; at least one, distinct names
 * @param cases        the disruption cases; at least one, distinct names
 * @param seed         the master seed
 * @param replications replications per case and variant; at least 1
 * @param warmupMs     the start of each run left out of every indicator, ms
 * @param description  free text for people; may be empty
 */
public record Experiment(String name, String source, List<Variant> variants, List<Case> cases, long seed,
    int replications, long warmupMs, String description) {
  public Experiment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    variants = List.copyOf(variants);
    cases = List.copyOf(cases);
    Objects.requireNonNull(description, "description");
    if (variants.isEmpty() || cases.isEmpty() || replications < 1 || warmupMs < 0) {
      throw new IllegalArgumentException("an experiment needs variants, cases, replications >= 1 and a warm-up >= 0");
    }
  }

  /** An experiment without a description. */
  public Experiment(String name, String source, List<Variant> variants, List<Case> cases, long seed, int replications,
      long warmupMs) {
    this(name, source, variants, cases, seed, replications, warmupMs, "");
  }

  /**
   * A network design.
   *
   * @param name   the variant's name in tables and files
   * @param spec   its network (with its own fixed disruptions, if any; the case's are added to them)
   * @param source the scenario file it came from (for the manifest), or a description
   * @param parts  the part files that scenario names (its market), for the manifest; empty if none
   * @param set    the overrides applied to that file ({@code PATH=VALUE}, the variant's {@code set:} then the
   *               command line's), for the manifest; empty if none
   */
  public record Variant(String name, ManufacturingSpec spec, String source, List<String> parts, List<String> set) {
    public Variant {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(spec, "spec");
      Objects.requireNonNull(source, "source");
      parts = List.copyOf(parts);
      set = List.copyOf(set);
    }

    /** A variant of a scenario file as written, without overrides. */
    public Variant(String name, ManufacturingSpec spec, String source, List<String> parts) {
      this(name, spec, source, parts, List.of());
    }

    /** A variant of a scenario file without parts. */
    public Variant(String name, ManufacturingSpec spec, String source) {
      this(name, spec, source, List.of());
    }

    /** A variant built in code. */
    public Variant(String name, ManufacturingSpec spec) {
      this(name, spec, "(in code)");
    }
  }

  /** A disruption case: where each replication's disruptions come from. */
  public record Case(String name, DisruptionSource disruptions) {
    public Case {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(disruptions, "disruptions");
    }
  }

  /** The disruptions of one replication; must depend only on its arguments (never on the variant). */
  @FunctionalInterface
  public interface DisruptionSource {
    /** The disruptions of replication {@code replication} under {@code seed}. */
    List<Disruption> forReplication(long seed, int replication);

    /** The same fixed list for every replication. */
    static DisruptionSource fixed(List<Disruption> list) {
      List<Disruption> copy = List.copyOf(list);
      return (seed, replication) -> copy;
    }
  }
}
