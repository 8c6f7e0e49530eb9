package org.dmsim.sim.cluster;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, in order (the pool calls it from one actor at a time). */
final class RecordingSink implements ResultSink {
  final List<Integer> indices = new ArrayList<>();
  final List<byte[]> results = new ArrayList<>();
  final List<PoolProgress> progress = new ArrayList<>();

  @Override
  public synchronized void accept(int index, byte[] result) {
    indices.add(index);
    results.add(result);
  }

  @Override
  public synchronized void progress(PoolProgress p) {
    progress.add(p);
  }

  synchronized List<Integer> indices() {
    return List.copyOf(indices);
  }

  synchronized List<byte[]> results() {
    return List.copyOf(results);
  }
}
