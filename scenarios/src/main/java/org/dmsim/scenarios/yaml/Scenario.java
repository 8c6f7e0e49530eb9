package org.dmsim.scenarios.yaml;

import java.util.Objects;
import org.dmsim.model.entity.ModelSpec;
import org.dmsim.model.mfg.ManufacturingSpec;
import org.dmsim.model.network.NetworkSpec;

/**
 * A validated scenario file: the network to simulate and how to run it unless the user says
 * otherwise.
 *
 * @param source              the file or resource it was read from, as the user named it
 * @param name                the scenario's name, also {@code network().name()}
 * @param description         free text for people; empty when the file has none
 * @param network             the model: a format-1 {@code NetworkSpec} or a format-2 {@code ManufacturingSpec};
 *                            its {@code horizonMs} is how long to simulate, ms
 * @param defaultSeed         the master random seed used when the user gives none
 * @param defaultReplications how many independent replications to run when the user does not say; at least 1
 */
public record Scenario(String source, String name, String description, ModelSpec network,
    long defaultSeed, int defaultReplications) {
  public Scenario {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(network, "network");
    if (!name.equals(network.name())) {
      throw new IllegalArgumentException("scenario name " + name + " differs from network name " + network.name());
    }
    if (defaultReplications < 1) {
      throw new IllegalArgumentException("a scenario needs at least one replication");
    }
  }

  /** The format-1 network of this scenario. @throws IllegalStateException for a format-2 scenario */
  public NetworkSpec slice() {
    if (network instanceof NetworkSpec n) {
      return n;
    }
    throw new IllegalStateException(source + " is not a format-1 scenario");
  }

  /** The format-2 network of this scenario. @throws IllegalStateException for a format-1 scenario */
  public ManufacturingSpec manufacturing() {
    if (network instanceof ManufacturingSpec m) {
      return m;
    }
    throw new IllegalStateException(source + " is not a format-2 scenario");
  }
}
