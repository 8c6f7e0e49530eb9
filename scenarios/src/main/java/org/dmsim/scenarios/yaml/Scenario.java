package org.dmsim.scenarios.yaml;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.entity.ModelSpec;
import org.dmsim.model.mfg.Disruption;
import org.dmsim.model.mfg.DisruptionGenerator;
import org.dmsim.model.mfg.DisruptionSchedule;
import org.dmsim.model.mfg.ManufacturingSpec;
import org.dmsim.model.network.NetworkSpec;

/**
 * A validated scenario file: the network to simulate and how to run it unless the user says
 * otherwise.
 *
 * <p>A format-2 network holds the file's fixed disruptions; its stochastic disruption generators are
 * kept here, and {@link #manufacturingFor} samples them for one replication. Every variant of an
 * experiment must take its disruptions from {@link #disruptionsFor} with the same seed and
 * replication so that they meet the same ones (common random numbers, see {@link DisruptionSchedule}).
 *
 * @param source               the file or resource it was read from, as the user named it
 * @param name                 the scenario's name, also {@code network().name()}
 * @param description          free text for people; empty when the file has none
 * @param network              the model: a format-1 {@code NetworkSpec} or a format-2 {@code ManufacturingSpec};
 *                             its {@code horizonMs} is how long to simulate, ms
 * @param defaultSeed          the master random seed used when the user gives none
 * @param defaultReplications  how many independent replications to run when the user does not say; at least 1
 * @param disruptionGenerators the stochastic disruption generators in file order (generator {@code i} draws from
 *                             stream {@code generator-i}); empty for format 1
 */
public record Scenario(String source, String name, String description, ModelSpec network,
    long defaultSeed, int defaultReplications, List<DisruptionGenerator> disruptionGenerators) {
  public Scenario {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(network, "network");
    disruptionGenerators = List.copyOf(disruptionGenerators);
    if (!name.equals(network.name())) {
      throw new IllegalArgumentException("scenario name " + name + " differs from network name " + network.name());
    }
    if (defaultReplications < 1) {
      throw new IllegalArgumentException("a scenario needs at least one replication");
    }
    if (!disruptionGenerators.isEmpty() && !(network instanceof ManufacturingSpec)) {
      throw new IllegalArgumentException("only a format-2 scenario can have disruption generators");
    }
  }

  /** A scenario without disruption generators. */
  public Scenario(String source, String name, String description, ModelSpec network, long defaultSeed,
      int defaultReplications) {
    this(source, name, description, network, defaultSeed, defaultReplications, List.of());
  }

  /** The format-1 network of this scenario. @throws IllegalStateException for a format-2 scenario */
  public NetworkSpec slice() {
    if (network instanceof NetworkSpec n) {
      return n;
    }
    throw new IllegalStateException(source + " is not a format-1 scenario");
  }

  /**
   * The format-2 network of this scenario, with the file's fixed disruptions only (in file order).
   * Use {@link #manufacturingFor} to run a replication.
   *
   * @throws IllegalStateException for a format-1 scenario
   */
  public ManufacturingSpec manufacturing() {
    if (network instanceof ManufacturingSpec m) {
      return m;
    }
    throw new IllegalStateException(source + " is not a format-2 scenario");
  }

  /**
   * The disruptions of one replication: the fixed ones and the generators' draws over the horizon,
   * sorted ({@link DisruptionSchedule#sample}). Depends on {@code seed}, {@code replication} and the
   * file's disruptions and horizon only.
   *
   * @throws IllegalStateException for a format-1 scenario
   */
  public List<Disruption> disruptionsFor(long seed, int replication) {
    ManufacturingSpec m = manufacturing();
    return DisruptionSchedule.sample(m.disruptions(), disruptionGenerators, m.horizonMs(), seed, replication);
  }

  /**
   * The network to simulate in one replication: {@link #manufacturing()} with
   * {@link #disruptionsFor(long, int)} as its disruptions.
   *
   * @throws IllegalStateException for a format-1 scenario
   */
  public ManufacturingSpec manufacturingFor(long seed, int replication) {
    return manufacturing().withDisruptions(disruptionsFor(seed, replication));
  }
}
