package org.dmsim.scenarios.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.live.DayKpis;
import org.dmsim.scenarios.live.Intervention;
import org.dmsim.scenarios.live.LiveSession;
import org.dmsim.scenarios.live.Snapshot;

/**
 * {@code GET /api/state}: where the session is (simulated day, playing or paused, the pace), each variant's
 * site states and daily indicators so far, and the interventions made. Days are simulated days from the
 * start of the run; fill rates are shares of the units due (null on a day nothing was due).
 */
final class LiveStateJson {
  private LiveStateJson() {}

  /**
   * The state of {@code session}; {@code version} counts the session's changes, so a page can skip redrawing;
   * {@code digest} is the runs' digest once the session has reached its end (null before).
   */
  static String of(LiveSession session, boolean playing, long dayMs, long version, String digest) {
    ObjectNode o = Json.object();
    o.put("version", version);
    o.put("day", session.nowMs() / (double) SimTime.DAY_MS);
    o.put("horizonDays", session.horizonMs() / (double) SimTime.DAY_MS);
    o.put("playing", playing);
    o.put("finished", session.finished());
    o.put("dayMs", dayMs);
    if (digest != null) {
      o.put("digest", digest);
    }
    ArrayNode variants = o.putArray("variants");
    for (Snapshot s : session.snapshots()) {
      variants.add(variant(s));
    }
    ArrayNode interventions = o.putArray("interventions");
    for (Intervention i : session.interventions()) {
      interventions.add(intervention(i));
    }
    return Json.text(o);
  }

  private static ObjectNode variant(Snapshot s) {
    ObjectNode v = Json.object();
    v.put("name", s.variant());
    ObjectNode sites = v.putObject("sites");
    s.sites().forEach((id, state) -> sites.put(id, state.name()));
    ArrayNode fill = v.putArray("fillRate");
    ArrayNode due = v.putArray("dueUnits");
    ArrayNode backlog = v.putArray("backlogUnits");
    double onTime = 0;
    double dueSum = 0;
    for (DayKpis d : s.days()) {
      Json.add(fill, d.fillRate());
      Json.add(due, d.dueUnits());
      Json.add(backlog, d.backlogUnits());
      if (d.dueUnits() > 0 && Double.isFinite(d.fillRate())) {
        onTime += d.fillRate() * d.dueUnits();
        dueSum += d.dueUnits();
      }
    }
    Json.put(v, "fillRateSoFar", dueSum > 0 ? onTime / dueSum : Double.NaN);
    Json.put(v, "backlogUnitsNow", s.days().isEmpty() ? Double.NaN : s.days().get(s.days().size() - 1).backlogUnits());
    return v;
  }

  private static ObjectNode intervention(Intervention i) {
    ObjectNode o = Json.object();
    o.put("atDay", i.atMs() / (double) SimTime.DAY_MS);
    o.put("forDays", i.forMs() / (double) SimTime.DAY_MS);
    if (i instanceof Intervention.SiteOutage s) {
      o.put("type", "site-outage");
      o.put("site", s.site());
    } else if (i instanceof Intervention.RegionalDisaster r) {
      o.put("type", "regional-disaster");
      o.put("name", r.name());
      o.put("lat", r.centre().latitudeDeg());
      o.put("lon", r.centre().longitudeDeg());
      o.put("radiusKm", r.radiusKm());
    } else if (i instanceof Intervention.DemandSurge d) {
      o.put("type", "demand-surge");
      o.put("region", d.region());
      o.put("product", d.product());
      o.put("factor", d.factor());
    }
    return o;
  }
}
