package org.dmsim.model.mfg.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;

/**
 * What happened at each station of a run — a station is the machines of one type at one producing site
 * — over the measured interval, from its machines' metrics ({@link Metrics#QUEUE_WAIT_MS},
 * {@link Metrics#WAITED_JOBS}, {@link Metrics#BUSY}, {@link Metrics#JOBS}, {@link Metrics#PROCESSED_UNITS}).
 * A job step waits in its node's queue for any machine able to do it; its wait counts at the station of
 * the machine that takes it.
 *
 * @param stations one per site and machine type, by site name, then machine type
 */
public record StationStatistics(List<Station> stations) {
  public StationStatistics {
    stations = List.copyOf(stations);
  }

  /**
   * One station's statistics. Means over job steps are NaN when the station took none.
   *
   * @param site            the producing site's id
   * @param machineType     the machine type's id
   * @param machines        how many machines of that type the site has, at least 1
   * @param jobsTaken       job steps its machines took in the interval
   * @param meanWaitH       mean wait in the queue of the job steps taken, h (Wq)
   * @param meanWaiting     time-average number of job steps waiting for it (Lq): their total wait over the
   *                        interval's length (Little's law; steps still waiting at the end are not counted)
   * @param waitProbability share of the job steps taken that waited more than 0 ms, 0 to 1
   * @param utilization     mean over its machines of the share of time busy, 0 to 1
   * @param jobsPerDay      job steps finished per day
   * @param unitsPerDay     units of the job steps finished per day
   */
  public record Station(String site, String machineType, int machines, long jobsTaken, double meanWaitH,
      double meanWaiting, double waitProbability, double utilization, double jobsPerDay, double unitsPerDay) {
    public Station {
      Objects.requireNonNull(site, "site");
      Objects.requireNonNull(machineType, "machineType");
      if (machines < 1) {
        throw new IllegalArgumentException("a station has at least one machine, was " + machines);
      }
    }
  }

  /** The stations of {@code run} of network {@code spec}, measured from {@code warmupMs} (0 for none) to the horizon. */
  public static StationStatistics of(RunResult run, ManufacturingSpec spec, long warmupMs) {
    MeasuredInterval interval = new MeasuredInterval(warmupMs, spec.horizonMs());
    List<Station> out = new ArrayList<>();
    List<NodeSpec> sites = spec.nodes().stream().filter(n -> n.kind().produces())
        .sorted(Comparator.comparing(NodeSpec::id)).toList();
    for (NodeSpec site : sites) {
      int count = site.machines().stream().mapToInt(MachineGroup::count).sum();
      String[] typeOf = new String[count];
      int m = 0;
      for (MachineGroup g : site.machines()) {
        for (int i = 0; i < g.count(); i++) {
          typeOf[m++] = g.type();
        }
      }
      List<String> types = site.machines().stream().map(MachineGroup::type).distinct().sorted().toList();
      String format = "%s/m%0" + String.valueOf(count).length() + "d";
      for (String type : types) {
        out.add(station(run, site.id(), type, typeOf, format, interval));
      }
    }
    return new StationStatistics(out);
  }

  /** Sums the station's machines in machine order (floating-point sums keep one order). */
  private static Station station(RunResult run, String site, String type, String[] typeOf, String format,
      MeasuredInterval interval) {
    int machines = 0;
    long taken = 0;
    long waited = 0;
    double waitMs = 0;
    double busy = 0;
    long finished = 0;
    long units = 0;
    for (int m = 0; m < typeOf.length; m++) {
      if (!typeOf[m].equals(type)) {
        continue;
      }
      machines++;
      EntityResult e = run.entity(String.format(format, site, m + 1)).orElse(null);
      if (e == null) {
        continue;
      }
      for (MetricValue v : e.metrics()) {
        switch (v.name()) {
          case Metrics.QUEUE_WAIT_MS -> {
            taken += v.count();
            waitMs += v.count() == 0 ? 0 : v.mean() * v.count();
          }
          case Metrics.WAITED_JOBS -> waited += v.count();
          case Metrics.BUSY -> busy += v.mean();
          case Metrics.JOBS -> finished += v.count();
          case Metrics.PROCESSED_UNITS -> units += v.count();
          default -> { }
        }
      }
    }
    double days = interval.days();
    return new Station(site, type, machines, taken, taken == 0 ? Double.NaN : waitMs / taken / SimTime.HOUR_MS,
        waitMs / interval.lengthMs(), taken == 0 ? Double.NaN : (double) waited / taken, busy / machines,
        finished / days, units / days);
  }
}
