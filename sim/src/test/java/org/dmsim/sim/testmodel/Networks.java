package org.dmsim.sim.testmodel;

import java.util.List;
import org.dmsim.model.network.FactorySpec;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.network.RegionSpec;
import org.dmsim.model.phold.PholdModel;
import org.dmsim.model.time.SimTime;

/** The fixed models the engine tests share. */
public final class Networks {
  private Networks() {}

  /** The tiny network of the bundled scenario {@code tiny-factory}, shortened to 10 days. */
  public static NetworkSpec tiny() {
    return new NetworkSpec("tiny-factory", 10 * SimTime.DAY_MS,
        new FactorySpec("plant-frankfurt", 2, 20 * SimTime.MINUTE_MS),
        List.of(new RegionSpec("region-paris", 30, SimTime.HOUR_MS, 12 * SimTime.HOUR_MS, 2 * SimTime.DAY_MS),
            new RegionSpec("region-milan", 25, 2 * SimTime.HOUR_MS, SimTime.DAY_MS, 3 * SimTime.DAY_MS),
            new RegionSpec("region-warsaw", 20, 4 * SimTime.HOUR_MS, 2 * SimTime.DAY_MS, 4 * SimTime.DAY_MS)));
  }

  /** A small PHOLD: 16 processes, 4 tokens each, lookahead 0.1 s, mean 1 s, 40 s. */
  public static PholdModel smallPhold() {
    return new PholdModel(16, 4, 0.1, 1.0, 40);
  }
}
