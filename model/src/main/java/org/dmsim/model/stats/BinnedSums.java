package org.dmsim.model.stats;

import java.util.Arrays;

/** Sums of amounts by bin (day, histogram cell), growing as bins are used. Not thread-safe. */
public final class BinnedSums {
  private double[] sums = new double[8];
  private int length;
  private long records;

  /** Adds {@code amount} to bin {@code bin}. */
  public void add(int bin, double amount) {
    if (bin >= sums.length) {
      sums = Arrays.copyOf(sums, Math.max(bin + 1, sums.length * 2));
    }
    sums[bin] += amount;
    length = Math.max(length, bin + 1);
    records++;
  }

  /** Adds another set of sums bin by bin. */
  public void merge(double[] other, long otherRecords) {
    for (int i = other.length - 1; i >= 0; i--) {
      if (other[i] != 0 || i < length) {
        if (i >= sums.length) {
          sums = Arrays.copyOf(sums, Math.max(i + 1, sums.length * 2));
        }
        sums[i] += other[i];
      }
    }
    length = Math.max(length, other.length);
    records += otherRecords;
  }

  /** Sets every bin below {@code firstKept} to 0 and forgets the count of records. */
  public void clearBelow(int firstKept) {
    java.util.Arrays.fill(sums, 0, Math.min(firstKept, sums.length), 0);
    records = 0;
  }

  /** The sums from bin 0 to the last bin used. */
  public double[] sums() {
    return Arrays.copyOf(sums, length);
  }

  /** Number of amounts added. */
  public long records() {
    return records;
  }
}
