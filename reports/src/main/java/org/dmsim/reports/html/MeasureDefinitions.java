package org.dmsim.reports.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short definitions of the measures the report shows, as {@code docs/model.md} and {@code docs/metrics.md}
 * define them. A name with an underscore is an indicator (shown when the experiment has it); the others
 * are always shown.
 */
final class MeasureDefinitions {
  /** Name → meaning, in the order the report lists them. */
  static final Map<String, String> ALL;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("on_time_fill_rate", "Units due within the run and delivered by their due date ÷ units due within the run"
        + " (after the warm-up).");
    m.put("otif", "Orders due within the run delivered on time and in full ÷ orders due.");
    m.put("lost_sales_units", "Ordered units cancelled because they waited too long.");
    m.put("lead_time_mean_h", "Mean time from order to delivery, hours.");
    m.put("lead_time_p95_h", "95th percentile of the time from order to delivery, hours (from 15-minute cells).");
    m.put("cost_per_delivered_unit_eur", "Production, transport, holding, fixed cost and lateness penalties ÷"
        + " units delivered, EUR.");
    m.put("transport_co2e_per_unit_kg", "Tank-to-wheel CO2e of all shipments ÷ units delivered, kg.");
    m.put("loss_unit_days", "Resilience: the area between the normal and the delivered performance after each"
        + " disruption, summed over the disruptions measured (unit·days).");
    m.put("time_to_recover_d", "Resilience: the longest time, over the disruptions measured, the delivered"
        + " performance stayed below 95 % of its normal, days.");
    m.put("max_drop", "Resilience: the largest drop of delivered performance below its normal.");
    m.put("daily on-time share", "Per day: units due that day delivered on time ÷ units due that day (the"
        + " performance curve; a day with nothing due is left out).");
    m.put("interval", "Student-t confidence interval of the mean over replications: mean ± half-width.");
    m.put("paired difference", "Per replication, a variant's value minus the baseline's under the same demand and"
        + " disruptions (common random numbers), then the mean and its interval. An interval that excludes zero"
        + " is a difference the replications resolve.");
    ALL = Collections.unmodifiableMap(m);
  }

  private MeasureDefinitions() {}
}
