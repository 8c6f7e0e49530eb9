package org.dmsim.reports.html;

import java.util.Objects;

/**
 * One station's means over the replications in one variant, as {@code stations.csv} holds them and the
 * report's stations table shows them; a NaN mean is undefined (a station that took no job step).
 *
 * @param variant         the variant
 * @param site            the producing site
 * @param machineType     the machine type
 * @param machines        machines of that type at the site
 * @param waitH           mean wait in the queue, h
 * @param waitingJobs     time-average number of job steps waiting
 * @param waitProbability share of job steps that waited more than 0 ms, 0 to 1
 * @param utilization     share of time busy, 0 to 1
 * @param jobsPerDay      job steps finished per day
 * @param unitsPerDay     units finished per day
 */
public record StationRow(String variant, String site, String machineType, int machines, double waitH,
    double waitingJobs, double waitProbability, double utilization, double jobsPerDay, double unitsPerDay) {
  public StationRow {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(machineType, "machineType");
  }
}
