/**
 * What determines a run, and how a run is rebuilt from it anywhere: a {@link
 * org.dmsim.scenarios.run.RunDescription} (the scenario's documents by relative path with their hash, the
 * overrides, the seed, the replication, the warm-up), an experiment's run as an {@link
 * org.dmsim.scenarios.run.ExperimentRunDescription} (that, with the case's disruptions of the replication
 * written out), and the pure {@link
 * org.dmsim.scenarios.run.RunCompiler} that turns it into a {@link org.dmsim.scenarios.run.CompiledRun}.
 * The rule: compiling reads nothing but the description — no file system, no clock, no global state — so
 * the same description gives the same fingerprint in any JVM.
 */
package org.dmsim.scenarios.run;
