package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmsim.reports.html.HtmlReport;
import org.dmsim.reports.html.SizingReport;
import org.dmsim.reports.html.StressReport;
import org.dmsim.reports.html.SweepReport;
import org.dmsim.reports.html.ResultsFolderException;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim report DIR}: re-renders the report of a results folder from its files, without
 * simulating — {@code report.html} of an experiment or a scenario run ({@link HtmlReport}), and
 * {@code stress-report.html} of a stress test ({@link StressReport}), {@code sweep-report.html} of a sweep
 * ({@link SweepReport}) and {@code sizing-report.html} of a sizing search ({@link SizingReport}). A missing
 * or malformed file is exit 2, naming the file.
 */
@Command(name = "report",
    description = {
        "Re-renders the report of a results folder, without simulating.",
        "",
        "An experiment's folder (manifest.json, summary.json, kpis.csv, timeseries.csv, disruptions.csv and, if "
            + "any, network.json, as 'dmsim run EXPERIMENT.yaml' wrote them) gives DIR/report.html: one "
            + "self-contained page (inline SVG charts and CSS, no scripts, nothing fetched) with the answer first, the "
            + "performance curve and indicator charts per case, a map of each variant's network, the indicator tables "
            + "with 95 %% intervals and paired differences, the disruptions applied and what the measures mean. A "
            + "scenario run's folder (summary.json, timeseries.csv) gives the same page for its one network. A stress "
            + "test's folder (stress.csv) gives DIR/stress-report.html with the ranking chart and table. A sweep's folder "
            + "(sweep.csv, sweep.json) gives DIR/sweep-report.html with its charts; a sizing search's (sizing.json) "
            + "DIR/sizing-report.html with the designs explored and the answer. The same "
            + "files give the same page, byte for byte."},
    footer = {
        "  dmsim report runs/eu-demo",
        "  dmsim report runs/tiny-factory",
        "  dmsim report /tmp/my-experiment"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Parameters(paramLabel = "DIR", description = "A results folder, written by 'dmsim run', 'dmsim demo', 'dmsim stress', 'dmsim sweep' or 'dmsim size'.")
  private Path dir;

  @Override
  public Integer call() throws IOException {
    List<Path> written = new ArrayList<>();
    try {
      boolean stress = StressReport.holdsOne(dir);
      boolean sweep = SweepReport.holdsOne(dir);
      boolean sizing = SizingReport.holdsOne(dir);
      if (stress) {
        written.add(StressReport.write(dir));
      }
      if (sweep) {
        written.add(SweepReport.write(dir));
      }
      if (sizing) {
        written.add(SizingReport.write(dir));
      }
      if (!(stress || sweep || sizing) || Files.isRegularFile(dir.resolve("summary.json"))) {
        written.add(HtmlReport.write(dir));
      }
    } catch (ResultsFolderException e) {
      throw new UsageException(e.getMessage());
    }
    written.forEach(file -> spec.commandLine().getOut().println("report       " + file));
    return ExitCodes.DONE;
  }
}
