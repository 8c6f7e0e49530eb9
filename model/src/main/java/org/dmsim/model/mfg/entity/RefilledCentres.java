package org.dmsim.model.mfg.entity;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.mfg.compile.Network;

/**
 * The distribution centres a site refills — those that name it as their source or backup — by entity
 * and site index: a short list, looked up without walking all sites.
 */
final class RefilledCentres {
  private final EntityId[] entities;
  private final int[] sites;

  /** The centres refilled by site {@code site} of {@code network}; {@code all} are the sites' entities by index. */
  RefilledCentres(Network network, int site, List<EntityId> all) {
    List<Integer> found = new ArrayList<>();
    for (int s = 0; s < all.size(); s++) {
      if (network.sourceOfDc(s) == site || network.backupOfDc(s) == site) {
        found.add(s);
      }
    }
    sites = found.stream().mapToInt(Integer::intValue).toArray();
    entities = new EntityId[sites.length];
    for (int i = 0; i < sites.length; i++) {
      entities[i] = all.get(sites[i]);
    }
  }

  /** The site index of the refilled centre {@code centre}. */
  int siteOf(EntityId centre) {
    for (int i = 0; i < entities.length; i++) {
      if (entities[i].equals(centre)) {
        return sites[i];
      }
    }
    throw new IllegalArgumentException(centre + " is not refilled from here");
  }
}
