package org.dmsim.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.scenarios.yaml.FieldOverride;
import picocli.CommandLine.Option;

/**
 * The {@code --set PATH=VALUE} option of {@code dmsim run}, {@code validate} and {@code stress}: fields of the
 * scenario overridden by their paths before it is read, with the file's checks; problems in the
 * {@code i}-th are reported as {@code --set[i]:1:column}. For an experiment file they apply to every
 * variant's scenario file, after the variant's own {@code set:}.
 */
final class OverrideOptions {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Overrides a field of the scenario by its path, e.g. nodes[plant-lyon].machines[cnc-5axis]"
          + ".count=4 or platform.allocation=least-loaded; the value is YAML; repeatable, later ones win; for an "
          + "experiment file, applied to every variant (docs/scenario-format.md, \"Overrides\"; default: none).")
  private List<String> set = new ArrayList<>();

  /** The overrides as given, {@code PATH=VALUE}, in order. */
  List<String> texts() {
    return List.copyOf(set);
  }

  /** The overrides in the order given, the first {@code --set[1]}. */
  List<FieldOverride> overrides() {
    List<FieldOverride> out = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      out.add(FieldOverride.commandLine(i + 1, set.get(i)));
    }
    return out;
  }
}
