package org.dmsim.scenarios.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.scenarios.yaml.ScenarioTexts;

/**
 * Everything that determines one run, small enough to send anywhere: the scenario's documents (the
 * scenario file and every part it names, by path relative to the scenario's folder, each with its exact
 * text), their content hash, the {@code --set} overrides, the seed, the replication and the warm-up.
 * {@link RunCompiler#compile} rebuilds the run from it alone. Immutable; round-trips through Java
 * serialization and JSON ({@link #toJson}, {@link #fromJson}).
 *
 * @param scenario     the path of the scenario document among {@code documents}, e.g.
 *                     {@code eu-spare-parts-distributed.yaml}
 * @param documents    the documents in path order; paths relative, '/'-separated, without {@code .} or
 *                     {@code ..}, distinct
 * @param contentHash  SHA-256 in hex over the documents ({@link #hashOf}); must match them
 * @param overrides    the overrides as {@code PATH=VALUE} texts, in the order they apply
 * @param seed         the master seed
 * @param replication  the replication index, from 0
 * @param warmupMs     the start of the run left out of the statistics, ms; 0 for none
 */
public record RunDescription(@JsonProperty("scenario") String scenario,
    @JsonProperty("documents") List<SourceText> documents, @JsonProperty("contentHash") String contentHash,
    @JsonProperty("overrides") List<String> overrides, @JsonProperty("seed") long seed,
    @JsonProperty("replication") int replication, @JsonProperty("warmupMs") long warmupMs) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @JsonCreator
  public RunDescription {
    Objects.requireNonNull(scenario, "scenario");
    documents = documents.stream().sorted(Comparator.comparing(SourceText::path)).toList();
    Objects.requireNonNull(contentHash, "contentHash");
    overrides = List.copyOf(overrides);
    for (int i = 1; i < documents.size(); i++) {
      if (documents.get(i).path().equals(documents.get(i - 1).path())) {
        throw new IllegalArgumentException("two documents at " + documents.get(i).path());
      }
    }
    if (documents.stream().noneMatch(d -> d.path().equals(scenario))) {
      throw new IllegalArgumentException("the scenario " + scenario + " is not among the documents");
    }
    String actual = hashOf(documents);
    if (!actual.equals(contentHash)) {
      throw new IllegalArgumentException("content hash " + contentHash + " does not match the documents, whose hash is "
          + actual);
    }
    if (replication < 0 || warmupMs < 0) {
      throw new IllegalArgumentException("replication and warm-up must be at least 0, were " + replication + " and "
          + warmupMs);
    }
  }

  /** A description of {@code documents}, its hash computed. */
  public static RunDescription of(String scenario, List<SourceText> documents, List<String> overrides, long seed,
      int replication, long warmupMs) {
    return new RunDescription(scenario, documents, hashOf(documents), overrides, seed, replication, warmupMs);
  }

  /**
   * Reads a scenario file and the parts it names into a description of replication 0 under seed 0 (see
   * {@link #forRun}), checking the scenario with the overrides as {@code dmsim run FILE --set …} does.
   *
   * @throws ScenarioException with every problem, under the files' own paths
   */
  public static RunDescription read(Path file, List<String> overrides) throws ScenarioException {
    return load(file, overrides).description();
  }

  /**
   * A scenario file read once: the scenario as the loader reads it from disk (problems and sources under
   * the files' own paths) and its description (see {@link #read}).
   */
  public record Loaded(Scenario scenario, RunDescription description) {}

  /**
   * Reads a scenario file and the parts it names once, into the scenario and its description, as
   * {@link #read} does.
   *
   * @throws ScenarioException with every problem, under the files' own paths
   */
  public static Loaded load(Path file, List<String> overrides) throws ScenarioException {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Map<String, String> read = new TreeMap<>();
    ScenarioTexts recording = (path, source, expected) -> {
      String text = ScenarioTexts.files().read(path, source, expected);
      read.put(SourceText.pathOf(folder.relativize(path.toAbsolutePath().normalize())), text);
      return text;
    };
    Scenario scenario = ScenarioLoader.load(file, RunCompiler.fieldOverrides(overrides), recording);
    List<SourceText> documents = new ArrayList<>();
    read.forEach((path, text) -> documents.add(new SourceText(path, text)));
    return new Loaded(scenario, of(SourceText.pathOf(folder.relativize(file.toAbsolutePath().normalize())), documents,
        overrides, 0, 0, 0));
  }

  /** The same description for replication {@code replication} under {@code seed}. */
  public RunDescription forRun(long seed, int replication) {
    return new RunDescription(scenario, documents, contentHash, overrides, seed, replication, warmupMs);
  }

  /** The same description with {@code ms} of warm-up. */
  public RunDescription withWarmup(long ms) {
    return new RunDescription(scenario, documents, contentHash, overrides, seed, replication, ms);
  }

  /** The same description with one more override, {@code PATH=VALUE}, applied last. */
  public RunDescription with(String override) {
    List<String> more = new ArrayList<>(overrides);
    more.add(override);
    return new RunDescription(scenario, documents, contentHash, more, seed, replication, warmupMs);
  }

  /**
   * SHA-256 in hex over the documents in path order: for each, the path's and then the text's UTF-8 bytes,
   * each preceded by its length as 4 bytes, big-endian.
   */
  public static String hashOf(List<SourceText> documents) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
    documents.stream().sorted(Comparator.comparing(SourceText::path)).forEach(d -> {
      for (String s : List.of(d.path(), d.text())) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
            (byte) b.length});
        sha.update(b);
      }
    });
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The description as JSON: fields in declaration order, documents in path order. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a run description always writes as JSON", e);
    }
  }

  /**
   * A description from its JSON ({@link #toJson}).
   *
   * @throws IllegalArgumentException when the text is not a description, or its hash does not match its documents
   */
  public static RunDescription fromJson(String json) {
    try {
      return JSON.readValue(json, RunDescription.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      throw new IllegalArgumentException("not a run description: " + cause.getMessage(), e);
    }
  }

  /**
   * One document of a scenario.
   *
   * @param path its path relative to the scenario's folder, '/'-separated, e.g. {@code eu-spare-parts-market.yaml}
   * @param text its exact text
   */
  public record SourceText(@JsonProperty("path") String path, @JsonProperty("text") String text)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @JsonCreator
    public SourceText {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
      if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
        throw new IllegalArgumentException("a document's path is relative and '/'-separated: " + path);
      }
      for (String name : path.split("/", -1)) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
          throw new IllegalArgumentException("a document's path names no empty, '.' or '..' folder: " + path);
        }
      }
    }

    /** A relative path's names joined by '/', as documents are keyed. */
    static String pathOf(Path relative) {
      List<String> names = new ArrayList<>();
      relative.forEach(n -> names.add(n.toString()));
      return String.join("/", names);
    }
  }
}
