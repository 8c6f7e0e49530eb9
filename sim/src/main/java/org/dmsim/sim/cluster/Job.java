package org.dmsim.sim.cluster;

/**
 * One unit of work for the pool: its index (results are delivered in ascending index order) and its
 * description as JSON text, opaque to the pool.
 *
 * @param index non-negative, distinct within one pool run
 * @param json the job's description, handed unchanged to the {@link JobRunner}
 */
public record Job(int index, String json) {
  public Job {
    if (index < 0) {
      throw new IllegalArgumentException("job index must be >= 0, was " + index);
    }
    if (json == null) {
      throw new IllegalArgumentException("job " + index + ": json must not be null");
    }
  }
}
