package org.dmsim.reports.html;

import java.util.List;
import java.util.Map;
import org.dmsim.reports.chart.LeadTimeCdf;

/**
 * The series of one case beyond the daily on-time share, for the resilience triangles, the lead-time
 * distribution and the utilization heat maps; each part is empty when the results folder lacks it (a
 * folder written before {@code leadtimes.csv} and {@code utilization-daily.csv} existed still renders).
 *
 * @param dueUnits    per variant, the units due per day of each replication, in replication order
 * @param onTimeUnits per variant, the units of those served on time, likewise
 * @param leadTimes   per variant, the lead-time distribution pooled over replications
 * @param utilization per variant, per site in name order, the daily utilization (mean over replications)
 * @param backlogUnits per variant, the daily backlog (units ordered and neither delivered nor lost, the
 *                    day's time average) of each replication, in replication order
 * @param stations    the stations table's rows, by variant, then site and machine type; empty without
 *                    {@code stations.csv}
 */
public record CaseDetail(Map<String, List<double[]>> dueUnits, Map<String, List<double[]>> onTimeUnits,
    Map<String, LeadTimeCdf> leadTimes, Map<String, Map<String, double[]>> utilization,
    Map<String, List<double[]>> backlogUnits, List<StationRow> stations) {
  /** Nothing beyond the on-time share. */
  public static final CaseDetail NONE = new CaseDetail(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());

  public CaseDetail {
    dueUnits = Map.copyOf(dueUnits);
    onTimeUnits = Map.copyOf(onTimeUnits);
    leadTimes = Map.copyOf(leadTimes);
    utilization = Map.copyOf(utilization);
    backlogUnits = Map.copyOf(backlogUnits);
    stations = List.copyOf(stations);
  }

  /** A detail without stations. */
  public CaseDetail(Map<String, List<double[]>> dueUnits, Map<String, List<double[]>> onTimeUnits,
      Map<String, LeadTimeCdf> leadTimes, Map<String, Map<String, double[]>> utilization,
      Map<String, List<double[]>> backlogUnits) {
    this(dueUnits, onTimeUnits, leadTimes, utilization, backlogUnits, List.of());
  }

  /** A detail without backlog series. */
  public CaseDetail(Map<String, List<double[]>> dueUnits, Map<String, List<double[]>> onTimeUnits,
      Map<String, LeadTimeCdf> leadTimes, Map<String, Map<String, double[]>> utilization) {
    this(dueUnits, onTimeUnits, leadTimes, utilization, Map.of(), List.of());
  }
}
