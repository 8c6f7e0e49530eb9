package org.dmsim.scenarios.cluster;

import java.nio.charset.StandardCharsets;
import org.dmsim.scenarios.run.CompiledRun;
import org.dmsim.scenarios.run.ExperimentRunDescription;
import org.dmsim.scenarios.run.RunCompiler;
import org.dmsim.sim.cluster.JobRunner;
import org.dmsim.sim.sequential.SequentialEngine;

/**
 * What a cluster member does with one of an experiment's runs: reads its description (the content hash
 * checked), compiles it as {@code ExperimentRunner} would, runs it on the sequential engine (every engine
 * gives the same results) and answers with the result's canonical text (UTF-8), which the submitter turns
 * back into the same {@code RunResult}.
 */
public final class ExperimentJobs implements JobRunner {
  @Override
  public byte[] run(String json) throws Exception {
    ExperimentRunDescription d = ExperimentRunDescription.fromJson(json);
    CompiledRun compiled = RunCompiler.compile(d);
    return new SequentialEngine().run(compiled.plan(), d.run().seed(), d.run().replication()).canonical()
        .getBytes(StandardCharsets.UTF_8);
  }
}
