package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;

/** {@code dmsim demo}: runs the bundled tiny scenario, with every node, machine and shipment an actor. */
final class DemoCommand {
  static final String BUNDLED = "library/tiny-factory.yaml";

  static final String HELP = String.join("\n",
      "Usage: dmsim demo [--engine actors|sequential] [--threads T] [--seed N] [--replications R] [--out DIR]",
      "",
      "Runs the bundled scenario tiny-factory (scenarios/library/tiny-factory.yaml): one plant in Frankfurt",
      "with two machines serving Paris, Milan and Warsaw for 30 days, three replications, on the actor engine.",
      "Prints orders, deliveries, on-time fill rate, lead time and machine utilization, and the digest.",
      "Options are those of 'dmsim run'.");

  private DemoCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws ScenarioException, IOException {
    Options o = Options.parse("demo", args, RunCommand.VALUED, RunCommand.FLAGS);
    o.atMostPositional(0);
    String yaml;
    try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario " + BUNDLED + " is missing from the jar");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Scenario scenario = ScenarioLoader.parse(yaml, "scenarios/" + BUNDLED);
    out.println("dmsim demo: a tiny manufacturing network, every factory node, machine and shipment an actor.");
    out.println();
    int code = RunCommand.execute(scenario, o, out, err);
    out.println();
    out.println("Next: dmsim run scenarios/library/tiny-factory.yaml --replications 10   (see 'dmsim help')");
    return code;
  }
}
