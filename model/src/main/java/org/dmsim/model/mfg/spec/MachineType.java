package org.dmsim.model.mfg.spec;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of machine.
 *
 * @param id               a lower-case word
 * @param capabilities     the operations it can perform; at least one
 * @param speed            processing-rate multiplier: a step takes its sampled time divided by this; positive
 * @param scrapProbability chance that a unit comes out scrap at a step, 0 to below 1; a scrapped unit is remade
 * @param failures         how it breaks down, if it does
 */
public record MachineType(String id, Set<ProcessType> capabilities, double speed, double scrapProbability,
    Optional<Failures> failures) {
  public MachineType {
    Names.requireId("machine type", id);
    if (capabilities.isEmpty()) {
      throw new IllegalArgumentException("machine type " + id + ": needs at least one capability");
    }
    capabilities = Set.copyOf(EnumSet.copyOf(capabilities));
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("machine type " + id + ": speed must be positive, was " + speed);
    }
    if (!(scrapProbability >= 0 && scrapProbability < 1)) {
      throw new IllegalArgumentException("machine type " + id + ": scrap probability must be from 0 to below 1, was "
          + scrapProbability);
    }
    failures = failures == null ? Optional.empty() : failures;
  }

  /** Whether it can perform {@code process}. */
  public boolean can(ProcessType process) {
    return capabilities.contains(process);
  }
}
