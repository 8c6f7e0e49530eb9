package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmsim.reports.html.HtmlReport;
import org.dmsim.reports.html.ResultsFolderException;
import org.dmsim.scenarios.cli.option.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim report DIR}: re-renders an experiment's {@code report.html} from the files in its results
 * folder, without simulating. A missing or malformed file is exit 2, naming the file.
 */
@Command(name = "report",
    description = {
        "Re-renders report.html from an experiment's results folder.",
        "",
        "Reads manifest.json, summary.json, kpis.csv, timeseries.csv, disruptions.csv and network.json (if any), as 'dmsim run "
            + "EXPERIMENT.yaml' wrote them, and writes DIR/report.html without simulating: one self-contained page "
            + "(inline SVG charts and CSS, no scripts, nothing fetched) with the answer first, the performance curve and "
            + "indicator charts per case, a map of each variant's network, the indicator tables with 95 %% intervals and paired differences, the "
            + "disruptions applied and what the measures mean. The same files give the same page, byte for byte."},
    footer = {
        "  dmsim report runs/quick-suite",
        "  dmsim report /tmp/my-experiment"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Parameters(paramLabel = "DIR", description = "An experiment's results folder (written by 'dmsim run').")
  private Path dir;

  @Override
  public Integer call() throws IOException {
    Path file;
    try {
      file = HtmlReport.write(dir);
    } catch (ResultsFolderException e) {
      throw new UsageException(e.getMessage());
    }
    spec.commandLine().getOut().println("report       " + file);
    return ExitCodes.DONE;
  }
}
