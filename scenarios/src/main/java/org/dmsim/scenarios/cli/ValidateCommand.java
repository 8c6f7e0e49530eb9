package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.compile.CapacityCheck;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.VariantFilesOption;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.scenarios.yaml.Problem;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.sizing.SizingStudy;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim validate FILE...}: checks scenario and experiment files without running them — every
 * problem with its position, as {@code run} would report it — and warns about designs that read well
 * but cannot work: more demand than machine hours ({@link CapacityCheck}), work piled on one site,
 * sites no order can reach.
 */
@Command(name = "validate",
    description = {
        "Checks scenario and experiment files without running them.",
        "",
        "Prints every problem as 'file:line:column: field: expected ..., found ...', exactly as 'run' would, "
            + "and for each valid design its expected machine utilization (machine hours needed per day over "
            + "hours available, demand sent down the allocation rule's ranking as the platform does) with "
            + "warnings: demand no site has hours left for, a site loaded beyond its hours by work no other site "
            + "can take, sites no order can reach; and the work estimate of the file's replications on the actor "
            + "engine (events, wall time, heap), as 'run' prints it. Warnings do not change the exit code."},
    footer = {
        "  dmsim validate scenarios/library/*.yaml",
        "  dmsim validate my-network.yaml"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Mixin
  private OverrideOptions set;

  @Mixin
  private VariantFilesOption variantFiles;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Scenario, experiment or sizing files (YAML; docs/scenario-format.md).")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int broken = 0;
    for (Path file : files) {
      try {
        if (ScenarioLoader.isPart(file)) {
          // A part is read, and so checked, with every scenario that names it.
          out.println(file + ": a market part (products, regions): checked with the scenarios that name it");
        } else if (ScenarioLoader.isExperiment(file)) {
          Experiment e = ScenarioLoader.loadExperiment(file, set.overrides(), variantFiles.anywhere());
          out.println(file + ": ok (experiment " + e.name() + ": " + count(e.variants().size(), "variant") + ", "
              + count(e.cases().size(), "case") + ")");
          for (Experiment.Variant v : e.variants()) {
            report(out, file + " [" + v.name() + "]", v.spec());
          }
          out.println("  " + file + ": estimate " + RunEstimate.of(e.variants().stream().map(Experiment.Variant::spec)
              .toList(), e.cases().size(), e.replications(), 0, EngineKind.ACTORS, false, cores()).summary()
              + " (actor engine)");
        } else if (ScenarioLoader.isSizing(file)) {
          SizingStudy s = ScenarioLoader.loadSizing(file, variantFiles.anywhere());
          out.println(file + ": ok (sizing " + s.name() + ": " + count(s.candidates().size(), "candidate site")
              + ", k from " + s.from() + " to " + s.to() + ", " + count(s.cases().size(), "case") + ")");
          report(out, file + " [design]", s.design());
        } else {
          Scenario scenario = ScenarioLoader.load(file, set.overrides());
          ManufacturingSpec m = scenario.network();
          out.println(file + ": ok (scenario " + m.name() + ": " + count(m.nodes().size(), "node") + ", "
              + count(m.regions().size(), "region") + ")");
          report(out, file.toString(), m);
          out.println("  " + file + ": estimate " + ScenarioRun.estimate(scenario, scenario.defaultReplications(),
              EngineKind.ACTORS, false, cores()).summary() + " (actor engine)");
        }
      } catch (ScenarioException e) {
        broken++;
        for (Problem p : e.problems()) {
          err.println(p.format());
        }
        err.println("dmsim: " + file + " has " + e.problems().size() + " problem"
            + (e.problems().size() == 1 ? "" : "s"));
      }
    }
    out.flush();
    if (broken > 0) {
      err.println("dmsim: " + broken + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
          + " did not validate");
      return ExitCodes.USAGE;
    }
    return ExitCodes.DONE;
  }

  /** The capacity check of one design, as lines under its file. */
  static void report(PrintWriter out, String where, ManufacturingSpec spec) {
    CapacityCheck c = CapacityCheck.of(spec);
    // Overall only: how the platform shares a region's demand among nearby sites depends on queues
    // the check does not model, so a per-site figure would claim more than it knows.
    out.println("  " + where + ": expected machine utilization " + share(c.overallUtilization()) + " overall");
    if (c.overallUtilization() > 1) {
      out.println("  " + where + ": warning: the design cannot meet its demand: it needs "
          + share(c.overallUtilization()) + " of all its machine hours");
    } else if (c.unplacedOrdersPerDay() > 0) {
      out.println("  " + where + ": warning: the design cannot meet its demand: "
          + String.format(Locale.ROOT, "%.1f", c.unplacedOrdersPerDay())
          + " orders a day find no site with machine hours left");
    }
    for (CapacityCheck.SiteLoad s : c.sites()) {
      if (s.utilization() > 1) {
        out.println("  " + where + ": warning: site " + s.site() + " needs " + share(s.utilization())
            + " of its machine hours for work no other site can take");
      }
    }
    if (!c.unreachable().isEmpty()) {
      out.println("  " + where + ": warning: no order can ever reach " + String.join(", ", c.unreachable()));
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  private static String share(double v) {
    return Double.isInfinite(v) ? "all (no machine hours)" : String.format(Locale.ROOT, "%.0f %%", 100 * v);
  }
}
