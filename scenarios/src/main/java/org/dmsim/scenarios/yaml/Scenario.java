package org.dmsim.scenarios.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.disruption.DisruptionSchedule;
import org.dmsim.model.mfg.spec.ManufacturingSpec;

/**
 * A validated scenario file: the network to simulate and how to run it unless the user says
 * otherwise.
 *
 * <p>The network holds the file's fixed disruptions; its stochastic disruption generators are kept
 * here, and {@link #manufacturingFor} samples them for one replication. Every variant of an
 * experiment must take its disruptions from {@link #disruptionsFor} with the same seed and
 * replication so that they meet the same ones (common random numbers, see {@link DisruptionSchedule}).
 *
 * @param source               the file or resource it was read from, as the user named it
 * @param name                 the scenario's name, also {@code network().name()}
 * @param description          free text for people; empty when the file has none
 * @param network              the network with the file's fixed disruptions; its {@code horizonMs} is how long
 *                             to simulate, ms
 * @param defaultSeed          the master random seed used when the user gives none
 * @param defaultReplications  how many independent replications to run when the user does not say; at least 1
 * @param disruptionGenerators the stochastic disruption generators in file order (generator {@code i} draws from
 *                             stream {@code generator-i})
 * @param parts                the part files the scenario names (its market), in the order named; empty when
 *                             the file holds everything itself
 */
public record Scenario(String source, String name, String description, ManufacturingSpec network,
    long defaultSeed, int defaultReplications, List<DisruptionGenerator> disruptionGenerators, List<Part> parts) {
  public Scenario {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(network, "network");
    disruptionGenerators = List.copyOf(disruptionGenerators);
    parts = List.copyOf(parts);
    if (!name.equals(network.name())) {
      throw new IllegalArgumentException("scenario name " + name + " differs from network name " + network.name());
    }
    if (defaultReplications < 1) {
      throw new IllegalArgumentException("a scenario needs at least one replication");
    }
  }

  /** A scenario in one file, without disruption generators. */
  public Scenario(String source, String name, String description, ManufacturingSpec network, long defaultSeed,
      int defaultReplications) {
    this(source, name, description, network, defaultSeed, defaultReplications, List.of(), List.of());
  }

  /**
   * A part file a scenario names.
   *
   * @param kind   what it holds, also the scenario field that names it: {@code market}
   * @param source the file, as problems name it: its path resolved against the scenario file's folder
   */
  public record Part(String kind, String source) {
    public Part {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(source, "source");
    }
  }

  /** The market file the scenario takes its products and regions from, if it names one. */
  public Optional<String> market() {
    return parts.stream().filter(p -> p.kind().equals("market")).map(Part::source).findFirst();
  }

  /**
   * The disruptions of one replication: the fixed ones and the generators' draws over the horizon,
   * sorted ({@link DisruptionSchedule#sample}). Depends on {@code seed}, {@code replication} and the
   * file's disruptions and horizon only.
   */
  public List<Disruption> disruptionsFor(long seed, int replication) {
    return DisruptionSchedule.sample(network.disruptions(), disruptionGenerators, network.horizonMs(), seed,
        replication);
  }

  /** The network to simulate in one replication: {@link #network()} with {@link #disruptionsFor} as its disruptions. */
  public ManufacturingSpec manufacturingFor(long seed, int replication) {
    return network.withDisruptions(disruptionsFor(seed, replication));
  }
}
