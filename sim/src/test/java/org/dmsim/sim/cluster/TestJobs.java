package org.dmsim.sim.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** The jobs the pool tests run: a SHA-256 of the job text, or a large deterministic result. */
final class TestJobs {
  static final String BIG_PREFIX = "{\"bigBytes\":";

  private TestJobs() {}

  /** {@code count} small jobs with indices 0..count-1. */
  static List<Job> small(int count) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(new Job(i, "{\"run\":" + i + ",\"seed\":" + (1000 + 7 * i) + "}"));
    }
    return jobs;
  }

  /** A job whose result is {@code bytes} long. */
  static Job big(int index, int bytes) {
    return new Job(index, BIG_PREFIX + bytes + ",\"index\":" + index + "}");
  }

  /** The result of a job: a digest of its text, or, for a big job, digests chained to the length asked. */
  static byte[] run(String json) {
    byte[] seed = sha256(json.getBytes(StandardCharsets.UTF_8));
    if (!json.startsWith(BIG_PREFIX)) {
      return seed;
    }
    int length = Integer.parseInt(json.substring(BIG_PREFIX.length(), json.indexOf(',')));
    byte[] out = new byte[length];
    byte[] block = seed;
    for (int at = 0; at < length; at += block.length) {
      System.arraycopy(block, 0, out, at, Math.min(block.length, length - at));
      block = sha256(block);
    }
    return out;
  }

  /** The results of {@code jobs} computed here, in index order. */
  static List<byte[]> local(List<Job> jobs) {
    List<byte[]> results = new ArrayList<>();
    jobs.forEach(j -> results.add(run(j.json())));
    return results;
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
