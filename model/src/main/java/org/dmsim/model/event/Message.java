package org.dmsim.model.event;

/**
 * The payload of an event, sent from one entity to another (or to itself). Implementations are
 * immutable records grouped in one sealed interface per entity family, listed in
 * {@link org.dmsim.model.entity.MessageCatalog} so that the engines can carry them across actors
 * and machines.
 */
public interface Message {
  /** The lowest priority value: handled before anything else at the same time (used by {@code Start}). */
  int FIRST = Short.MIN_VALUE;

  /** The highest priority value: handled after everything else at the same time. */
  int LAST = Short.MAX_VALUE;

  /**
   * Tie-break class among events at the same time at one entity: lower first, within
   * {@link #FIRST}..{@link #LAST}. Default 0. A model
   * uses it to say, for example, that a release happens before an arrival at the same instant.
   */
  default int priority() {
    return 0;
  }
}
