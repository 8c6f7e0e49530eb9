package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.spec.Windows;

/**
 * Schedules a site's outage windows on itself at the start of a run: {@code NodeDown(true)} at each start,
 * {@code NodeDown(false)} at each end, in window order. Producing nodes and distribution centres go down
 * alike.
 */
final class SiteOutages {
  private SiteOutages() {}

  /** Schedules every outage window of {@code site} in {@code plan} on the calling entity. */
  static void schedule(DisruptionPlan plan, int site, SimContext ctx) {
    Windows outages = plan.siteOutage(site);
    long[] starts = outages.starts();
    long[] ends = outages.ends();
    for (int i = 0; i < starts.length; i++) {
      ctx.schedule(starts[i], new MfgMessage.NodeDown(true));
      ctx.schedule(ends[i], new MfgMessage.NodeDown(false));
    }
  }
}
