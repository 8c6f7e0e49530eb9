package org.dmsim.model.mfg.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;

/**
 * Each producing site's utilization per simulated day: the mean over the site's machines of their daily
 * {@link Metrics#BUSY} averages (a machine is an entity {@code <site>/<machine>}). Day d covers
 * [d, d+1) days; days before a warm-up read 0, like every daily level.
 *
 * @param bySite per site, in name order, its daily utilization from 0 to 1
 */
public record SiteUtilization(Map<String, double[]> bySite) {
  public SiteUtilization {
    Map<String, double[]> copy = new LinkedHashMap<>();
    bySite.forEach((site, days) -> copy.put(site, days.clone()));
    bySite = Collections.unmodifiableMap(copy);
  }

  /** The daily utilization of each site of {@code run} that has machines. */
  public static SiteUtilization of(RunResult run) {
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, Integer> machines = new TreeMap<>();
    for (EntityResult e : run.entities()) {
      int slash = e.entity().indexOf('/');
      if (slash < 0) {
        continue;
      }
      String site = e.entity().substring(0, slash);
      for (MetricValue m : e.metrics()) {
        if (m.kind() == MetricValue.Kind.DAILY && m.name().equals(Metrics.BUSY)) {
          double[] sum = sums.get(site);
          if (sum == null || sum.length < m.seriesLength()) {
            double[] longer = new double[m.seriesLength()];
            if (sum != null) {
              System.arraycopy(sum, 0, longer, 0, sum.length);
            }
            sum = longer;
            sums.put(site, sum);
          }
          for (int d = 0; d < m.seriesLength(); d++) {
            sum[d] += m.seriesAt(d);
          }
          machines.merge(site, 1, Integer::sum);
        }
      }
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    sums.forEach((site, sum) -> {
      double[] mean = new double[sum.length];
      for (int d = 0; d < sum.length; d++) {
        mean[d] = sum[d] / machines.get(site);
      }
      out.put(site, mean);
    });
    return new SiteUtilization(out);
  }
}
