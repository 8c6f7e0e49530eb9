package org.dmsim.scenarios.cli;

import java.util.List;
import java.util.OptionalDouble;
import org.dmsim.scenarios.cli.option.Expected;
import org.dmsim.scenarios.cli.option.NumberOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.yaml.Spelling;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options of {@code dmsim run} that only experiment files take: replicate until an indicator's 95 %
 * interval is narrow enough.
 */
final class PrecisionOptions {
  static final String DEFAULT_KPI = "on_time_fill_rate";
  static final int DEFAULT_MAX_REPLICATIONS = 200;

  @Option(names = "--precision", paramLabel = "H", converter = NumberOption.Positive.class,
      description = "Experiment files: replicate until the 95 %% interval of --precision-kpi is at most ±H, in "
          + "the indicator's own unit, in every case and variant; the replications given are the pilot "
          + "(default: off).")
  private Double halfWidth;

  @Option(names = "--precision-kpi", paramLabel = "NAME", converter = IndicatorName.class,
      description = "The indicator --precision looks at, a column of kpis.csv (default: " + DEFAULT_KPI + ").")
  private String kpi;

  @Option(names = "--max-replications", paramLabel = "N", converter = WholeNumberOption.MaxReplications.class,
      description = "The most replications --precision may ask for, at least 2 (default: "
          + DEFAULT_MAX_REPLICATIONS + ").")
  private Integer maxReplications;

  /** Whether any of these options was given. */
  boolean given() {
    return halfWidth != null || kpi != null || maxReplications != null;
  }

  /** The half-width wanted, when {@code --precision} was given. */
  OptionalDouble halfWidth() {
    return halfWidth == null ? OptionalDouble.empty() : OptionalDouble.of(halfWidth);
  }

  String kpi() {
    return kpi != null ? kpi : DEFAULT_KPI;
  }

  int maxReplications() {
    return maxReplications != null ? maxReplications : DEFAULT_MAX_REPLICATIONS;
  }

  /** An indicator's name, checked against the columns of {@code kpis.csv} before anything runs. */
  static final class IndicatorName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      List<String> names = ExperimentRunner.indicatorNames();
      if (names.contains(value)) {
        return value;
      }
      throw new Expected("an indicator, a column of kpis.csv (e.g. " + DEFAULT_KPI + ", otif, lead_time_mean_h, "
          + "total_cost_eur)" + Spelling.closest(value, names).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }
  }
}
