package org.dmsim.reports.experiment;

import java.util.Objects;

/**
 * What produced an experiment's outputs, for {@code manifest.json}.
 *
 * @param dmsimVersion  the dmsim version
 * @param javaVersion   the Java runtime
 * @param scenario      the experiment's name
 * @param source        the experiment file
 * @param scenarioHash  SHA-256 of the experiment file and every file it names, hex
 * @param seed          master seed
 * @param replications  replications per case and variant
 * @param engine        the engine
 * @param threads       threads
 * @param wallSeconds   wall time of all runs, s
 */
public record Manifest(String dmsimVersion, String javaVersion, String scenario, String description, String source,
    String scenarioHash, long seed, int replications, String engine, int threads, double wallSeconds) {
  public Manifest {
    Objects.requireNonNull(dmsimVersion, "dmsimVersion");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(description, "description");
  }
}
