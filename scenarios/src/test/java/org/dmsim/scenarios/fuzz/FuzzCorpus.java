package org.dmsim.scenarios.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded corpus of mutated files: case {@code i} of seed {@code s} is always the same text. Each case
 * damages one file of a base set (a scenario, the market part it names, an experiment or one of its
 * variants) with one to three {@link Mutation}s; the test puts it back in its set's folder and loads
 * the file a user would name.
 */
final class FuzzCorpus {
  /** One mutated file: which file of which set it replaces, its text and what was done to it. */
  record Case(int index, BaseSet set, String file, String text, List<Mutation> mutations) {
    String describe() {
      return "case " + index + " (" + set.name() + "/" + file + ", " + mutations + ")";
    }
  }

  private final long seed;
  private final List<BaseSet> sets;

  FuzzCorpus(long seed, List<BaseSet> sets) {
    this.seed = seed;
    this.sets = List.copyOf(sets);
  }

  /** Case {@code index}: a pure function of the seed and the index. */
  Case get(int index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    BaseSet set = sets.get(r.nextInt(sets.size()));
    String file = set.files().get(r.nextInt(set.files().size()));
    String text = set.text(file);
    List<Mutation> done = new ArrayList<>();
    Mutation[] all = Mutation.values();
    for (int n = 1 + (r.nextInt(10) == 0 ? 2 : r.nextInt(4) == 0 ? 1 : 0); n > 0; n--) {
      Mutation m = all[r.nextInt(all.length)];
      text = m.apply(text, r);
      done.add(m);
    }
    return new Case(index, set, file, text, List.copyOf(done));
  }
}
