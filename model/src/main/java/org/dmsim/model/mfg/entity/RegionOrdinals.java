package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.entity.EntityId;

/** Maps the entity ids of the regions to their ordinals in the scenario, in constant time. */
final class RegionOrdinals {
  private final long base;
  private final int[] ordinal;

  RegionOrdinals(List<EntityId> regions) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (EntityId r : regions) {
      min = Math.min(min, r.index());
      max = Math.max(max, r.index());
    }
    base = min;
    ordinal = new int[(int) (max - min + 1)];
    java.util.Arrays.fill(ordinal, -1);
    for (int i = 0; i < regions.size(); i++) {
      ordinal[(int) (regions.get(i).index() - min)] = i;
    }
  }

  int of(EntityId region) {
    long i = region.index() - base;
    int o = i < 0 || i >= ordinal.length ? -1 : ordinal[(int) i];
    if (o < 0) {
      throw new IllegalArgumentException(region + " is not a region");
    }
    return o;
  }
}
