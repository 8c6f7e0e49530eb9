package org.dmsim.model.mfg.compile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dmsim.model.entity.ChildPlan;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;

/**
 * The fingerprint of a compiled run: SHA-256, in hex, over a {@link CanonicalEncoding} of the spec,
 * every table of its {@link Network} (lanes, sourcing, machines, unit costs, bills of materials, the
 * ranking and its scores, the lookahead), the plan's structure (entities in index order, nodes with
 * their children, lookahead, end, warm-up), the seed and the replication. Two compilations with the same fingerprint run alike; it is
 * the same in any JVM and class loader. The disruption plan is not encoded itself: it is a function of
 * the spec's disruptions and the lanes in use, both encoded; the entity factories are code, not data.
 */
public final class RunFingerprint {
  private RunFingerprint() {}

  /** The fingerprint of {@code network} compiled into {@code plan}, run with {@code seed} as replication {@code replication}. */
  public static String of(Network network, SimulationPlan plan, long seed, int replication) {
    CanonicalEncoding e = new CanonicalEncoding();
    e.string("dmsim-compiled-run/1").integer(seed).integer(replication).value(network.spec());
    tables(network, e);
    plan(plan, e);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.bytes()));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  private static void tables(Network n, CanonicalEncoding e) {
    int sites = n.spec().nodes().size();
    int regions = n.spec().regions().size();
    int suppliers = n.spec().suppliers().size();
    int products = n.spec().products().size();
    e.string("components").value(n.components());
    e.string("lanes");
    for (int s = 0; s < sites; s++) {
      for (int r = 0; r < regions; r++) {
        e.value(n.siteToRegion(s, r));
      }
      e.value(n.sourceToDc(s)).integer(n.sourceOfDc(s));
      for (int p = 0; p < suppliers; p++) {
        e.value(n.supplierToSite(p, s));
      }
    }
    e.string("sourcing");
    for (int s = 0; s < sites; s++) {
      for (int c = 0; c < n.components().size(); c++) {
        e.integer(n.supplierFor(s, c));
      }
    }
    e.string("machines");
    for (int s = 0; s < sites; s++) {
      e.value(n.machinesOf(s));
    }
    e.string("unit costs");
    for (int s = 0; s < sites; s++) {
      for (int p = 0; p < products; p++) {
        e.real(n.unitCostEur(s, p));
      }
    }
    e.string("bills of materials");
    for (int p = 0; p < products; p++) {
      e.value(n.bomComponents(p)).value(n.bomQuantities(p));
    }
    e.string("ranking");
    for (int r = 0; r < regions; r++) {
      for (int p = 0; p < products; p++) {
        e.value(n.ranking(r, p)).value(n.rankingScores(r, p));
      }
    }
    e.string("lookahead").integer(n.lookaheadMs());
  }

  private static void plan(SimulationPlan plan, CanonicalEncoding e) {
    e.string("plan").string(plan.name()).integer(plan.directory().size());
    for (EntityId id : plan.directory().all()) {
      e.value(id);
    }
    e.integer(plan.nodes().size());
    for (NodePlan node : plan.nodes()) {
      e.value(node.id()).integer(node.ordinal()).integer(node.children().size());
      for (ChildPlan child : node.children()) {
        e.value(child.id());
      }
    }
    e.integer(plan.lookaheadMs()).integer(plan.endMs()).integer(plan.warmupMs());
  }
}
