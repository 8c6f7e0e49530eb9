package org.dmsim.model.random;

import org.apache.commons.math3.util.FastMath;

/**
 * Standard exponential variates by the ziggurat method (Marsaglia and Tsang, "The Ziggurat Method
 * for Generating Random Variables", J. Stat. Software 5(8), 2000), in the layer form of Doornik
 * ("An Improved Ziggurat Method to Generate Normal Random Samples", 2005), with independent bits for
 * the layer and the abscissa. About 98% of draws cost one 64-bit random number and one multiply; a
 * logarithm is needed only in the tail. The tables are computed with {@link FastMath}, so they and
 * every variate are the same on every JVM.
 */
final class ZigguratExponential {
  private static final int LAYERS = 256;
  /** Start of the tail: the right edge of the lowest rectangle (Marsaglia and Tsang's constant). */
  private static final double R = 7.69711747013104972;
  /** Area of each layer. */
  private static final double V = 0.0039496598225815571993;
  private static final double[] X = new double[LAYERS + 1];
  private static final double[] RATIO = new double[LAYERS];
  private static final double[] F = new double[LAYERS + 1];

  static {
    X[0] = V / FastMath.exp(-R);
    X[1] = R;
    for (int i = 2; i < LAYERS; i++) {
      double y = V / X[i - 1] + FastMath.exp(-X[i - 1]);
      X[i] = y >= 1 ? 0 : -FastMath.log(y);
    }
    X[LAYERS] = 0;
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
    }
    for (int i = 0; i <= LAYERS; i++) {
      F[i] = FastMath.exp(-X[i]);
    }
  }

  private ZigguratExponential() {}

  /** One standard exponential variate (mean 1) from {@code rng}. */
  static double sample(RandomStream rng) {
    while (true) {
      long bits = rng.nextLong();
      int layer = (int) (bits & (LAYERS - 1));
      double u = (bits >>> 11) * 0x1.0p-53;
      double x = u * X[layer];
      if (u < RATIO[layer]) {
        return x;
      }
      if (layer == 0) {
        return R - FastMath.log(rng.nextOpenDouble());
      }
      double y = F[layer] + rng.nextDouble() * (F[layer + 1] - F[layer]);
      if (y < FastMath.exp(-x)) {
        return x;
      }
    }
  }
}
