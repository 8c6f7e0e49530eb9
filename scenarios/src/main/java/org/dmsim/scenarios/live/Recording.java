package org.dmsim.scenarios.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.DisruptionYaml;

/**
 * A live session as an experiment file (format 2, {@code kind: experiment}) that {@code dmsim run}
 * replays: the session's variants, one replication under the session's seed, and one case holding the
 * disruptions the session started with (its first case's, for replication 0, written as fixed ones) and
 * every intervention at its simulated time. Variant files are named relative to the directory the file
 * is written to; a file written elsewhere than beside them needs {@code --variants-anywhere}.
 *
 * @param name         the experiment's name
 * @param seed         the master seed
 * @param warmupMs     the warm-up, ms
 * @param horizonMs    the length of the run, ms
 * @param variants     the variants
 * @param disruptions  the case's disruptions, in the session's order
 */
public record Recording(String name, long seed, long warmupMs, long horizonMs, List<Experiment.Variant> variants,
    List<Disruption> disruptions) {
  public Recording {
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    disruptions = List.copyOf(disruptions);
  }

  /** The experiment file's text, naming each variant's file relative to {@code directory}. */
  public String yaml(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    StringBuilder y = new StringBuilder(1024);
    y.append("# A live session of dmsim, recorded: `dmsim run` of this file replays it.\n");
    y.append("format: 2\nkind: experiment\n");
    y.append("name: ").append(quote(name)).append('\n');
    y.append("seed: ").append(seed).append('\n');
    y.append("replications: 1\n");
    y.append("warmup: ").append(Durations.format(warmupMs)).append('\n');
    y.append("horizon: ").append(Durations.format(horizonMs)).append('\n');
    y.append("variants:\n");
    for (Experiment.Variant v : variants) {
      String file = dir.relativize(Path.of(v.source()).toAbsolutePath().normalize()).toString().replace('\\', '/');
      y.append("  - name: ").append(quote(v.name())).append('\n');
      y.append("    file: ").append(quote(file)).append('\n');
      if (!v.set().isEmpty()) {
        y.append("    set: [").append(String.join(", ", v.set().stream().map(Recording::quote).toList())).append("]\n");
      }
    }
    y.append("cases:\n  - name: live\n");
    if (!disruptions.isEmpty()) {
      y.append("    disruptions:\n");
      for (Disruption d : disruptions) {
        y.append(DisruptionYaml.entry(d, "      "));
      }
    }
    return y.toString();
  }

  /**
   * Writes {@link #yaml} to {@code file}, naming the variant files relative to its directory.
   *
   * @throws IOException if it cannot be written
   */
  public void writeTo(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.writeString(file, yaml(dir), StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
