package org.dmsim.model.mfg.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;

/**
 * How busy and how often broken the machines were: each machine's {@link Metrics#BUSY} time average
 * is its utilization; a node's is the mean over its machines.
 *
 * @param mean      mean utilization over every machine; NaN without machines
 * @param downShare mean share of time a machine was broken down; 0 without machines
 * @param byName    the utilization of each node by node name, then of each machine by its name
 *                  ({@code <node>/m01}), each in name order
 */
record MachineUtilization(double mean, double downShare, Map<String, Double> byName) implements IndicatorGroup {
  MachineUtilization {
    byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  static MachineUtilization of(RunResult run) {
    double busySum = 0;
    int busyMachines = 0;
    double downSum = 0;
    int downMachines = 0;
    Map<String, double[]> busyByNode = new TreeMap<>();
    Map<String, Double> busyByMachine = new TreeMap<>();
    for (EntityResult e : run.entities()) {
      String entity = e.entity();
      int slash = entity.indexOf('/');
      String node = slash < 0 ? entity : entity.substring(0, slash);
      for (MetricValue m : e.metrics()) {
        boolean level = m.kind() == MetricValue.Kind.LEVEL || m.kind() == MetricValue.Kind.DAILY;
        if (level && m.name().equals(Metrics.BUSY)) {
          busySum += m.mean();
          busyMachines++;
        } else if (level && m.name().equals(Metrics.DOWN)) {
          downSum += m.mean();
          downMachines++;
        }
        if (m.name().equals(Metrics.BUSY)) {
          busyByNode.computeIfAbsent(node, k -> new double[2])[0] += m.mean();
          busyByNode.get(node)[1]++;
          busyByMachine.put(entity, m.mean());
        }
      }
    }
    Map<String, Double> byName = new LinkedHashMap<>();
    busyByNode.forEach((node, b) -> byName.put(node, b[0] / b[1]));
    byName.putAll(busyByMachine);
    return new MachineUtilization(busyMachines == 0 ? Double.NaN : busySum / busyMachines,
        downMachines == 0 ? 0 : downSum / downMachines, byName);
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("machine_utilization", mean);
    values.put("machines_down_share", downShare);
  }
}
