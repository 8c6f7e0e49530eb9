package org.dmsim.reports.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.kpi.LeadTimeHistogram;
import org.dmsim.model.mfg.kpi.SiteUtilization;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.stats.BinnedSums;
import org.dmsim.reports.chart.LeadTimeCdf;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes the two files of an experiment that pool its replications per case and variant:
 * <ul>
 *   <li>{@code leadtimes.csv} — {@code case,variant,upper_h,cumulative_share}: the lead-time distribution of
 *       the orders delivered in every replication, one row per 15-minute cell that holds orders (the share of
 *       orders with a lead time below its upper bound, in hours);</li>
 *   <li>{@code utilization-daily.csv} — {@code case,variant,site,day,utilization}: each producing site's
 *       daily utilization (mean over its machines) averaged over the replications, sites in name order.</li>
 * </ul>
 * Replications are summed in replication order (floating-point sums are not associative).
 */
public final class DistributionFiles {
  /** The lead-time distribution's file name. */
  public static final String LEAD_TIMES = "leadtimes.csv";
  /** The daily utilization's file name. */
  public static final String UTILIZATION = "utilization-daily.csv";

  private DistributionFiles() {}

  /** Writes both files into {@code dir}. */
  public static void write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs)
      throws IOException {
    try (Writer lead = Files.newBufferedWriter(dir.resolve(LEAD_TIMES), StandardCharsets.UTF_8);
        Writer util = Files.newBufferedWriter(dir.resolve(UTILIZATION), StandardCharsets.UTF_8)) {
      lead.write("case,variant,upper_h,cumulative_share\n");
      util.write("case,variant,site,day,utilization\n");
      for (String c : cases) {
        for (String v : variants) {
          List<ExperimentRun> reps = runs.stream().filter(r -> r.caseName().equals(c) && r.variant().equals(v))
              .sorted(Comparator.comparingInt(ExperimentRun::replication)).toList();
          if (reps.isEmpty()) {
            continue;
          }
          writeLeadTimes(lead, c, v, reps);
          writeUtilization(util, c, v, reps);
        }
      }
    }
  }

  private static void writeLeadTimes(Writer w, String c, String v, List<ExperimentRun> reps) throws IOException {
    BinnedSums pooled = new BinnedSums();
    for (ExperimentRun r : reps) {
      pooled.merge(LeadTimeHistogram.of(r.result()).orders(), 0);
    }
    LeadTimeCdf cdf = LeadTimeCdf.ofHistogram(v, pooled.sums(), LeadTimeHistogram.cellHours());
    double[] upper = cdf.upperHours();
    double[] share = cdf.share();
    for (int i = 0; i < upper.length; i++) {
      w.write(c + "," + v + "," + ShortestDecimal.csv(upper[i]) + "," + ShortestDecimal.csv(share[i]) + "\n");
    }
  }

  private static void writeUtilization(Writer w, String c, String v, List<ExperimentRun> reps) throws IOException {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ExperimentRun r : reps) {
      SiteUtilization.of(r.result()).bySite().forEach((site, days) -> {
        double[] sum = sums.computeIfAbsent(site, s -> new double[days.length]);
        if (sum.length < days.length) {
          sum = java.util.Arrays.copyOf(sum, days.length);
          sums.put(site, sum);
        }
        for (int d = 0; d < days.length; d++) {
          sum[d] += days[d];
        }
        counts.merge(site, 1, Integer::sum);
      });
    }
    for (Map.Entry<String, double[]> e : new java.util.TreeMap<>(sums).entrySet()) {
      double[] sum = e.getValue();
      int n = counts.get(e.getKey());
      for (int d = 0; d < sum.length; d++) {
        w.write(c + "," + v + "," + e.getKey() + "," + d + "," + ShortestDecimal.csv(sum[d] / n) + "\n");
      }
    }
  }
}
