package org.dmsim.scenarios.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.time.Durations;

/**
 * A played game as an experiment file (format 2, {@code kind: experiment}) that {@code dmsim run}
 * replays: one variant per team, each the game file with every stage's policy set to
 * {@code scripted-orders} holding the orders it placed, the horizon cut to the weeks played, one
 * replication under the file's seed. The game file is named relative to the directory the saved file is
 * written to; a file written outside the game file's folder tree needs {@code --variants-anywhere}.
 *
 * @param name      the experiment's name
 * @param gameFile  the game file
 * @param seed      the master seed (the game file's)
 * @param horizonMs the horizon, ms
 * @param teams     per team (in order), the policy of each stage's node and product, as overrides
 * @param comments  lines said at the top of the file (who played which seat)
 */
public record SavedGame(String name, Path gameFile, long seed, long horizonMs, List<List<String>> teams,
    List<String> comments) {
  public SavedGame {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gameFile, "gameFile");
    teams = teams.stream().map(List::copyOf).toList();
    comments = List.copyOf(comments);
  }

  /** The override setting {@code role}'s stage policy to {@code policy}, as a variant's {@code set} holds it. */
  static String override(GameChain chain, Role role, RuleRef policy) {
    StringBuilder p = new StringBuilder("{rule: ").append(policy.name()).append(", params: {");
    int i = 0;
    for (Map.Entry<String, String> e : policy.params().entrySet()) {
      p.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(": '").append(e.getValue().replace("'", "''")).append('\'');
    }
    p.append("}}");
    return "nodes[" + chain.stage(role) + "].stock[" + chain.product(role) + "].policy=" + p;
  }

  /** The experiment file's text, naming the game file relative to {@code directory}. */
  public String yaml(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    String file = dir.relativize(gameFile.toAbsolutePath().normalize()).toString().replace('\\', '/');
    StringBuilder y = new StringBuilder(2048);
    y.append("# A Beer Game of dmsim, as played: `dmsim run` of this file replays it, one variant per team.\n");
    for (String c : comments) {
      y.append("# ").append(c).append('\n');
    }
    y.append("format: 2\nkind: experiment\n");
    y.append("name: ").append(quote(name)).append('\n');
    y.append("seed: ").append(seed).append('\n');
    y.append("replications: 1\n");
    y.append("horizon: ").append(Durations.format(horizonMs)).append('\n');
    y.append("variants:\n");
    for (int t = 0; t < teams.size(); t++) {
      y.append("  - name: ").append(quote("team-" + (t + 1))).append('\n');
      y.append("    file: ").append(quote(file)).append('\n');
      y.append("    set:\n");
      for (String o : teams.get(t)) {
        y.append("      - ").append(quote(o)).append('\n');
      }
    }
    y.append("cases:\n  - name: played\n");
    return y.toString();
  }

  /**
   * Writes {@link #yaml} to {@code file}, naming the game file relative to its directory.
   *
   * @throws IOException if it cannot be written
   */
  public void writeTo(Path file) throws IOException {
    Files.writeString(file, yaml(file.toAbsolutePath().getParent()), StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
