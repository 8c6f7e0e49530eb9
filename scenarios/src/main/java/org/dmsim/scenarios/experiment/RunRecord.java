package org.dmsim.scenarios.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dmsim.model.result.RunResult;

/**
 * The append-only record of an experiment's finished runs, {@code runs.jsonl} in its output folder: a
 * first line with the {@link Inputs} the runs were made from, then one line per finished run (case,
 * variant, replication, the SHA-256 digest of its result and the result's canonical form, which reads back
 * to the same {@link RunResult}, so that every output file can be rebuilt from it). Each line is written
 * in one call and ends with a line break: a process killed while writing leaves at most a last line
 * without one, which reading ignores and {@link #resume} cuts off. A complete line that does not read, or
 * whose result does not match its digest, is damage and refuses a resume. Written as runs finish, not
 * forced to the disk: it survives a killed process, not necessarily a power cut.
 */
public final class RunRecord implements RunLog, AutoCloseable {
  /** The record's file name in the output folder. */
  public static final String FILE_NAME = "runs.jsonl";
  private static final String KIND = "dmsim experiment runs";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;
  private final Map<String, RunResult> runs;

  private RunRecord(Path file, FileChannel channel, Map<String, RunResult> runs) {
    this.file = file;
    this.channel = channel;
    this.runs = runs;
  }

  /**
   * What a record's runs were made from; two records hold the same runs under the same names exactly
   * when their inputs are equal.
   *
   * @param dmsimVersion the version of dmsim that ran them
   * @param seed         the experiment's master seed
   * @param files        SHA-256 in hex of each file read (experiment, variants, parts), by path relative to
   *                     the experiment file's folder, in path order
   * @param overrides    every variant's overrides, {@code variant: PATH=VALUE}, in the order they apply
   */
  public record Inputs(String dmsimVersion, long seed, Map<String, String> files, List<String> overrides) {
    public Inputs {
      Objects.requireNonNull(dmsimVersion, "dmsimVersion");
      files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
      overrides = List.copyOf(overrides);
    }

    /**
     * The inputs of an experiment: the files' bytes hashed now (a file that cannot be read counts as
     * absent), keyed relative to the experiment file's folder.
     */
    public static Inputs of(String dmsimVersion, long seed, Path experimentFile, List<Path> files,
        List<String> overrides) {
      Path folder = experimentFile.toAbsolutePath().normalize().getParent();
      Map<String, String> hashes = new TreeMap<>();
      for (Path f : files) {
        Path abs = f.toAbsolutePath().normalize();
        String key = (folder != null && abs.startsWith(folder) ? folder.relativize(abs) : abs).toString()
            .replace('\\', '/');
        try {
          hashes.put(key, sha256(Files.readAllBytes(f)));
        } catch (IOException | RuntimeException unreadable) {
          hashes.put(key, "unreadable");
        }
      }
      return new Inputs(dmsimVersion, seed, hashes, overrides);
    }

    /** How {@code now} differs from these inputs (the record's), one phrase per difference; empty when equal. */
    public List<String> differences(Inputs now) {
      List<String> out = new ArrayList<>();
      if (!dmsimVersion.equals(now.dmsimVersion)) {
        out.add("it was written by dmsim " + dmsimVersion + ", this is dmsim " + now.dmsimVersion);
      }
      if (seed != now.seed) {
        out.add("its seed was " + seed + ", now it is " + now.seed);
      }
      TreeMap<String, String> all = new TreeMap<>(files);
      all.putAll(now.files);
      all.keySet().forEach(path -> {
        String then = files.get(path);
        String later = now.files.get(path);
        if (then == null) {
          out.add(path + " was not among its files");
        } else if (later == null) {
          out.add(path + " is no longer among the files");
        } else if (!then.equals(later)) {
          out.add(path + " has changed since");
        }
      });
      if (!overrides.equals(now.overrides)) {
        out.add("its overrides were " + shown(overrides) + ", now they are " + shown(now.overrides));
      }
      return out;
    }

    private static String shown(List<String> overrides) {
      return overrides.isEmpty() ? "none" : "[" + String.join("; ", overrides) + "]";
    }
  }

  /**
   * What a record file holds.
   *
   * @param inputs    the inputs its first line names; empty when not even that line was complete
   * @param runs      the finished runs by {@link #key}, in the order they were written (a repeated key keeps its first)
   * @param validBytes the length of its complete lines; the rest, if any, is a torn last line
   */
  public record Contents(Optional<Inputs> inputs, Map<String, RunResult> runs, long validBytes) {
    public Contents {
      Objects.requireNonNull(inputs, "inputs");
      runs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(runs));
    }
  }

  /** The name of a run in a record: case, variant and replication. */
  public static String key(String caseName, String variant, int replication) {
    return caseName + "\u0000" + variant + "\u0000" + replication;
  }

  /** Starts a new record in {@code dir} for {@code inputs}, replacing any there. */
  public static RunRecord create(Path dir, Inputs inputs) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    RunRecord record = new RunRecord(file, channel, new TreeMap<>());
    record.append(header(inputs));
    return record;
  }

  /**
   * Opens the record in {@code dir} to go on with it: checks that it was made from {@code inputs}, cuts off
   * a torn last line and appends from there. A record whose first line was torn holds no run: it starts
   * again.
   *
   * @throws ResumeRefused when there is no record, it is damaged, or its inputs differ (saying which part)
   */
  public static RunRecord resume(Path dir, Inputs inputs) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ResumeRefused("--resume: " + dir + " holds no " + FILE_NAME
          + " (no run of this experiment was started with --out " + dir + ")");
    }
    Contents contents = read(file);
    if (contents.inputs().isEmpty()) {
      return create(dir, inputs);
    }
    List<String> differences = contents.inputs().get().differences(inputs);
    if (!differences.isEmpty()) {
      throw new ResumeRefused("--resume: " + file + " holds runs of other inputs: " + String.join("; ", differences)
          + " (run without --resume to start again)");
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    channel.truncate(contents.validBytes());
    channel.position(contents.validBytes());
    return new RunRecord(file, channel, new TreeMap<>(contents.runs()));
  }

  /**
   * Reads a record file, ignoring a torn last line (one without a line break).
   *
   * @throws ResumeRefused naming the file and line when a complete line is not a record line
   */
  public static Contents read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Map<String, RunResult> runs = new java.util.LinkedHashMap<>();
    Inputs inputs = null;
    int start = 0;
    int line = 0;
    for (int end = indexOf(bytes, start); end >= 0; end = indexOf(bytes, start)) {
      line++;
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      try {
        JsonNode node = JSON.readTree(text);
        if (line == 1) {
          inputs = inputsOf(node);
        } else {
          String digest = node.get("digest").asText();
          String canonical = node.get("result").asText();
          if (!sha256(canonical.getBytes(StandardCharsets.UTF_8)).equals(digest)) {
            throw new IllegalArgumentException("its result does not match its digest");
          }
          runs.putIfAbsent(key(node.get("case").asText(), node.get("variant").asText(),
              node.get("replication").asInt()), RunResult.fromCanonical(canonical));
        }
      } catch (JsonProcessingException | RuntimeException bad) {
        throw new ResumeRefused(file + ":" + line + ": not a " + (line == 1 ? "record header" : "finished run")
            + " (" + bad.getMessage() + "); the record is damaged: run without --resume to start again");
      }
      start = end + 1;
    }
    return new Contents(Optional.ofNullable(inputs), runs, start);
  }

  @Override
  public Optional<RunResult> finished(String caseName, String variant, int replication) {
    synchronized (runs) {
      return Optional.ofNullable(runs.get(key(caseName, variant, replication)));
    }
  }

  /** How many finished runs the record holds. */
  public int size() {
    synchronized (runs) {
      return runs.size();
    }
  }

  @Override
  public void record(String caseName, String variant, int replication, RunResult result) {
    ObjectNode line = JSON.createObjectNode();
    line.put("case", caseName);
    line.put("variant", variant);
    line.put("replication", replication);
    String canonical = result.canonical();
    line.put("digest", sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    line.put("result", canonical);
    synchronized (runs) {
      try {
        append(line);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
      }
      runs.putIfAbsent(key(caseName, variant, replication), result);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Writes one line in one call, its line break last. */
  private void append(JsonNode node) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap((JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static JsonNode header(Inputs inputs) {
    ObjectNode node = JSON.createObjectNode();
    node.put("record", KIND);
    node.put("format", FORMAT);
    node.put("dmsim", inputs.dmsimVersion());
    node.put("seed", inputs.seed());
    ObjectNode files = node.putObject("files");
    inputs.files().forEach(files::put);
    ArrayNode overrides = node.putArray("overrides");
    inputs.overrides().forEach(overrides::add);
    return node;
  }

  private static Inputs inputsOf(JsonNode node) {
    if (!KIND.equals(node.path("record").asText()) || node.path("format").asInt() != FORMAT) {
      throw new IllegalArgumentException("expected {\"record\": \"" + KIND + "\", \"format\": " + FORMAT + ", ...}");
    }
    Map<String, String> files = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.get("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      files.put(f.getKey(), f.getValue().asText());
    }
    List<String> overrides = new ArrayList<>();
    node.get("overrides").forEach(o -> overrides.add(o.asText()));
    return new Inputs(node.get("dmsim").asText(), node.get("seed").asLong(), files, overrides);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
