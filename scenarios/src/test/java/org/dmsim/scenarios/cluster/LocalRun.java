package org.dmsim.scenarios.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.scenarios.cli.CliRun;

/** The reference a cluster run is held to: the same experiment run locally, its digest and its output files. */
final class LocalRun {
  /** The files of an experiment run that hold results (the manifest and report also hold wall times). */
  static final String[] RESULT_FILES = {"kpis.csv", "comparisons.csv", "timeseries.csv", "disruptions.csv",
      "leadtimes.csv", "utilization-daily.csv", "stations.csv"};

  private LocalRun() {}

  /**
   * Runs {@code dmsim run ARGS} locally (sequential engine) into {@code here} and checks that the cluster's
   * {@code digest} and every result file in {@code there} are the same, byte for byte.
   */
  static void assertSame(Path there, String digest, Path here, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(List.of(args));
    all.addAll(List.of("--engine", "sequential", "--quiet", "--out", here.toString()));
    CliRun local = CliRun.of(all.toArray(String[]::new));
    assertThat(digest).isEqualTo(local.digest());
    for (String file : RESULT_FILES) {
      assertThat(Files.readAllBytes(there.resolve(file))).as(file).isEqualTo(Files.readAllBytes(here.resolve(file)));
    }
  }
}
