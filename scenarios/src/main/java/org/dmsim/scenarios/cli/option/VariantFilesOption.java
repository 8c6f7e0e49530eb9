package org.dmsim.scenarios.cli.option;

import picocli.CommandLine.Option;

/**
 * The {@code --variants-anywhere} flag: lets an experiment's variants name scenario files outside the
 * experiment file's folder tree. Off by default, so that an experiment handed over by someone else
 * reads nothing but its own folder.
 */
public final class VariantFilesOption {
  @Option(names = "--variants-anywhere",
      description = "Let an experiment's variants (validate: a sizing file's design) name scenario files outside "
          + "the file's folder (default: only files in its folder and below).")
  private boolean anywhere;

  /** Whether variant files may lie outside the experiment's folder tree. */
  public boolean anywhere() {
    return anywhere;
  }
}
