package org.dmsim.scenarios.sizing;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.experiment.Experiment;

/**
 * A sizing file as read ({@code kind: sizing}, docs/sizing.md): what is sized, the design and its candidate
 * sites (in opening order when sites are sized; the sites whose machines are sized otherwise), the range of
 * k, the disruption cases, and the statistical question.
 *
 * @param name            the study's name
 * @param source          the file it came from
 * @param description     free text; may be empty
 * @param design          the full design (every candidate open), with the study's horizon
 * @param designSource    the design's scenario file
 * @param quantity        what k counts: candidate sites kept, or machines per group at each candidate
 * @param placement       how {@code candidates} were ordered ({@link Placement#LISTED} when machines are sized)
 * @param candidates      for sites, the candidate sites in opening order: the design with k sites keeps the
 *                        first k; for machines, the sites whose every machine group gets k machines
 * @param from            the smallest k tried, at least 1
 * @param to              the largest k tried; for sites at most the number of candidates
 * @param cases           the disruption cases every design runs under; the indicator of a replication is its
 *                        mean over the cases
 * @param seed            the master seed
 * @param warmupMs        the start of each run left out of every indicator, ms
 * @param indicator       a kpis.csv column, higher is better (e.g. fill_during_disruption)
 * @param target          the indicator's target: a design meets it when its indicator is at or above it
 * @param confidence      the one-sided confidence of each decision
 * @param batch           replications added per look at a design, at least 2
 * @param maxReplications the cap of replications per design
 */
public record SizingStudy(String name, String source, String description, ManufacturingSpec design,
    String designSource, SizedQuantity quantity, Placement placement, List<String> candidates, int from, int to,
    List<Experiment.Case> cases, long seed, long warmupMs, String indicator, double target, double confidence,
    int batch, int maxReplications) {
  public SizingStudy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(quantity, "quantity");
    candidates = List.copyOf(candidates);
    cases = List.copyOf(cases);
    boolean sites = quantity == SizedQuantity.SITES;
    if (from < 1 || to < from || (sites && to > candidates.size()) || candidates.isEmpty() || cases.isEmpty()
        || batch < 2 || maxReplications < batch) {
      throw new IllegalArgumentException("1 <= from <= to (<= candidates for sites), candidates, cases, batch >= 2, "
          + "max >= batch");
    }
  }

  /**
   * The design of size k: for sites, the first {@code k} candidates open and the others dropped; for
   * machines, every machine group of every candidate with {@code k} machines.
   */
  public ManufacturingSpec designWith(int k) {
    return switch (quantity) {
      case SITES -> SiteDesigns.keepFirst(design, candidates, k);
      case MACHINES -> MachineDesigns.withMachinesPerGroup(design, candidates, k);
    };
  }

  /** The same study with {@code newSeed} as its master seed. */
  public SizingStudy withSeed(long newSeed) {
    return new SizingStudy(name, source, description, design, designSource, quantity, placement, candidates, from, to,
        cases, newSeed, warmupMs, indicator, target, confidence, batch, maxReplications);
  }

  /** The search this study asks for. */
  public SizingSearch search() {
    return new SizingSearch(from, to, target, confidence, batch, maxReplications);
  }
}
