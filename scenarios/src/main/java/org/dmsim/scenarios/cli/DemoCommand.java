package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmsim demo}: runs the bundled tiny scenario, with every node, machine and shipment an actor. */
@Command(name = "demo",
    description = {
        "Runs the bundled tiny scenario and prints its indicators.",
        "",
        "The bundled scenario tiny-factory (scenarios/library/tiny-factory.yaml, also inside the jar): one "
            + "plant in Frankfurt with two machines serving Paris, Milan and Warsaw for 30 days, three "
            + "replications, on the actor engine. Prints orders, deliveries, on-time fill rate, lead time and "
            + "machine utilization per replication and their mean, then the digest; writes summary.json.",
        "",
        "The options are those of 'dmsim run'."},
    footer = {
        "  dmsim demo",
        "  dmsim demo --engine sequential --replications 10",
        "  dmsim demo --seed 7 --out /tmp/demo"})
final class DemoCommand implements Callable<Integer> {
  static final String BUNDLED = "library/tiny-factory.yaml";

  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Mixin
  private RunOptions options;

  @Override
  public Integer call() throws ScenarioException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    String yaml;
    try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario " + BUNDLED + " is missing from the jar");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Scenario scenario = ScenarioLoader.parse(yaml, "scenarios/" + BUNDLED);
    String name = Path.of(BUNDLED).getFileName().toString();
    RunDescription description = RunDescription.of(name, List.of(new RunDescription.SourceText(name, yaml)),
        List.of(), 0, 0, 0);
    out.println("dmsim demo: a tiny manufacturing network, every factory node, machine and shipment an actor.");
    out.println();
    int code = ScenarioRun.execute(scenario, description, options, out, spec.commandLine().getErr());
    out.println();
    out.println("Next: dmsim run scenarios/library/tiny-factory.yaml --replications 10   (see 'dmsim help')");
    return code;
  }
}
