package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.estimate.WorkLimit;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim demo}: the question dmsim exists for, in about a minute — the bundled experiment
 * {@code eu-demo} (the centralized and the distributed European designs through a baseline, a plant
 * outage, a regional flood and a cyber attack on the order platform), printed as {@link DemoStory} and
 * written with its {@code report.html}. The experiment's files are copied from the jar into the output
 * folder's {@code scenario/} first, so that the results sit next to exactly what produced them.
 */
@Command(name = "demo",
    description = {
        "Runs eu-demo: one central plant against many microfactories.",
        "",
        "Centralized or distributed, when something breaks? The same European spare-parts market is served by one plant in Kassel with five distribution centres "
            + "(centralized) and by 30 microfactories near demand (distributed). Both go through four cases — "
            + "no disruption, a three-week outage of the largest plant, a 150 km flood around Kassel, a cyber "
            + "attack on the order platform — with 5 replications of 110 days each, common random numbers "
            + "and paired 95 %% intervals, every factory node, machine and shipment an actor. About a minute on "
            + "2 cores.",
        "",
        "Prints the on-time fill rate, the fill rate during the disruption, the time to recover and the cost "
            + "per unit of each design in each case, then writes the report, with charts, tables and "
            + "definitions, as report.html next to the CSV and JSON files in runs/eu-demo (or --out). The experiment's files are copied to <out>/scenario/, so that "
            + "'dmsim run <out>/scenario/eu-demo.yaml' runs it again.",
        "",
        "The options are those of 'dmsim run'. The smallest network, one plant with two machines, is "
            + "scenarios/library/tiny-factory.yaml."},
    footer = {
        "  dmsim demo",
        "  dmsim demo --replications 10 --out /tmp/demo",
        "  dmsim demo --out /tmp/demo --resume"})
final class DemoCommand implements Callable<Integer> {
  /** The bundled experiment, in the jar and in {@code scenarios/library}. */
  static final String EXPERIMENT = "eu-demo.yaml";
  /** The files the experiment needs, copied with it. */
  static final List<String> FILES = List.of(EXPERIMENT, "eu-spare-parts-centralized.yaml",
      "eu-spare-parts-distributed.yaml", "eu-spare-parts-market.yaml");

  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Mixin
  private RunOptions options;

  @Option(names = "--resume", description = "Go on from the runs.jsonl in the output folder after Ctrl-C, a kill or "
      + "a crash: only the runs it lacks are run, and the files are those of an uninterrupted demo; refused if the "
      + "options or dmsim's version changed (default: off, a new record).")
  private boolean resume;

  @Override
  public Integer call() throws ScenarioException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path outDir = OutputDirectory.prepare(options.out("eu-demo"));
    Path scenarioDir = copyBundled(outDir.resolve("scenario"));
    out.println("dmsim demo: centralized or distributed, when something breaks?");
    out.println("One European spare-parts market, served by one central plant or by 30 microfactories, through a"
        + " plant outage,");
    out.println("a regional flood and a cyber attack on the order platform; every factory node, machine and shipment"
        + " an actor.");
    out.println();
    int code = ExperimentFileRun.execute(ScenarioLoader.loadExperiment(scenarioDir.resolve(EXPERIMENT)), options,
        new PrecisionOptions(), WorkLimit.standard(), DemoStory::print, resume, out, spec.commandLine().getErr());
    out.println();
    out.println("Next: open the report above in a browser; the year with eight cases:"
        + " dmsim run scenarios/library/eu-disruption-suite.yaml");
    return code;
  }

  /** Copies the bundled experiment's files from the jar into {@code dir}; returns {@code dir}. */
  private static Path copyBundled(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : FILES) {
      String resource = "library/" + name;
      try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the bundled file " + resource + " is missing from the jar");
        }
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    return dir;
  }
}
