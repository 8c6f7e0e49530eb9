package org.dmsim.scenarios.sizing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a sizing study varies (the file's {@code size} field, docs/sizing.md): the number of candidate
 * sites kept ({@code sites}, built by {@link SiteDesigns}), or the machines in every machine group of the
 * sized sites ({@code machines}, built by {@link MachineDesigns}). Either way the search is over one
 * integer k, assumed never to make the indicator worse as it grows.
 */
public enum SizedQuantity {
  /** k = the first k candidate sites open. */
  SITES("sites", "candidate sites", "sites"),
  /** k = machines in every machine group of each sized site. */
  MACHINES("machines", "machines per group", "machines_per_group");

  private final String word;
  private final String noun;
  private final String column;

  SizedQuantity(String word, String noun, String column) {
    this.word = word;
    this.noun = noun;
    this.column = column;
  }

  /** The word the sizing file uses. */
  public String word() {
    return word;
  }

  /** What k counts, in words for the console (e.g. "machines per group"). */
  public String noun() {
    return noun;
  }

  /** The name of k's column in sizing.csv. */
  public String column() {
    return column;
  }

  /** The quantity a file's word names, if any. */
  public static Optional<SizedQuantity> of(String word) {
    return Arrays.stream(values()).filter(q -> q.word.equals(word)).findFirst();
  }

  /** Every quantity's word, in declaration order. */
  public static List<String> words() {
    return Arrays.stream(values()).map(SizedQuantity::word).toList();
  }
}
