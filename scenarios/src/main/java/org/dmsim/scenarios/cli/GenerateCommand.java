package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.DesignOption;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.DurationOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.generate.GeneratedFile;
import org.dmsim.scenarios.generate.GeneratorRequest;
import org.dmsim.scenarios.generate.NetworkDesign;
import org.dmsim.scenarios.generate.NetworkGenerator;
import org.dmsim.scenarios.generate.ScenarioFiles;
import org.dmsim.scenarios.generate.SyntheticNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim generate}: writes a synthetic network scenario of a requested size
 * ({@link NetworkGenerator}, {@link ScenarioFiles}) into a directory, for trying a design or the
 * engines at scale.
 */
@Command(name = "generate",
    description = {
        "Writes a synthetic network scenario of the size you ask for.",
        "",
        "Sites and customer regions are drawn from about 160 European cities weighted by population "
            + "(bundled, public domain), demand is sized to load the machining cells to about half their time, "
            + "and the file runs as it is: 'dmsim validate' and 'dmsim run' take it. Distributed: microfactories "
            + "spread by population, two machining cells each. Centralized: as many plants, in the largest "
            + "cities, sized by population; the same machines in total and the same market, so the two "
            + "designs of one seed compare. The same options write the same bytes; files of the same name "
            + "in DIR are replaced. With --csv the sites and demand go to two CSV files the scenario "
            + "imports (needed for more than a few thousand sites: a scenario file holds at most 3 MB).",
        "",
        "Durations take a unit: d or w (30d, 2w)."},
    footer = {
        "  dmsim generate --sites 20 --regions 10 --out /tmp/net",
        "  dmsim generate --sites 1500 --regions 300 --csv --out big",
        "  dmsim generate --sites 50 --regions 20 --design centralized"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Option(names = "--sites", paramLabel = "N", defaultValue = "100", converter = WholeNumberOption.Sites.class,
      description = "Production sites, 1 to " + GeneratorRequest.MAX_SITES + " (default: ${DEFAULT-VALUE}).")
  private int sites;

  @Option(names = "--regions", paramLabel = "M", defaultValue = "40", converter = WholeNumberOption.Regions.class,
      description = "Customer regions, 1 to " + GeneratorRequest.MAX_REGIONS + "; one per city, largest first "
          + "by chance, then more in the largest (default: ${DEFAULT-VALUE}).")
  private int regions;

  @Option(names = "--design", paramLabel = "D", defaultValue = "distributed", converter = DesignOption.class,
      completionCandidates = DesignOption.Names.class,
      description = "centralized or distributed (default: ${DEFAULT-VALUE}).")
  private NetworkDesign design;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", converter = WholeNumberOption.AnyLong.class,
      description = "Seed of the draws and of the scenario, any whole number (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--horizon", paramLabel = "H", defaultValue = "30d", converter = DurationOption.AtLeastOneDay.class,
      description = "The scenario's horizon, at least 1d (default: ${DEFAULT-VALUE}).")
  private long horizonMs;

  @Option(names = "--csv",
      description = "Sites and demand in CSV files beside the scenario, which imports them (default: all in "
          + "the YAML).")
  private boolean csv;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "generated", converter = DirectoryOption.class,
      description = "Where the files go (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    GeneratorRequest request = new GeneratorRequest(sites, regions, design, seed, horizonMs, csv);
    SyntheticNetwork network = NetworkGenerator.european().draw(request);
    List<GeneratedFile> files;
    try {
      files = ScenarioFiles.of(network, request);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path dir = OutputDirectory.prepare(out);
    PrintWriter o = command.commandLine().getOut();
    for (GeneratedFile f : files) {
      Path path = dir.resolve(f.name());
      Files.writeString(path, f.text(), StandardCharsets.UTF_8);
      o.printf(Locale.ROOT, "wrote        %s (%,d bytes)%n", path, Files.size(path));
    }
    int cells = network.sites().stream().mapToInt(SyntheticNetwork.Site::cncMachines).sum();
    double orders = network.regions().stream()
        .mapToDouble(r -> r.housingOrdersPerDay() + r.bracketOrdersPerDay()).sum();
    o.printf(Locale.ROOT, "network      %s: %d sites with %d machining cells, %d regions, %.1f orders a day%n",
        network.name(), network.sites().size(), cells, network.regions().size(), orders);
    o.printf(Locale.ROOT, "next         dmsim validate %s%n", dir.resolve(files.get(0).name()));
    o.flush();
    return ExitCodes.DONE;
  }
}
