package org.dmsim.scenarios.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.DisruptionYaml;
import org.dmsim.scenarios.yaml.ScenarioException;

/**
 * Everything that determines one run of an experiment, small enough to send anywhere: the variant's
 * {@link RunDescription} (its scenario documents, its overrides — the variant's {@code set:}, then the
 * command line's — the seed, the replication and the experiment's warm-up), the names of the experiment,
 * the case and the variant, the run's horizon, and the case's disruptions <em>for that replication</em>,
 * generators already drawn, as fixed disruptions in YAML ({@link DisruptionYaml}: times in whole ms,
 * numbers that read back to the same doubles). {@link RunCompiler#compile(ExperimentRunDescription)}
 * rebuilds from it alone the run {@code ExperimentRunner} makes, with the same digest. A content hash
 * covers every field and is checked whenever one is built, so a changed description is refused.
 *
 * <p>Size: the JSON ({@link #toJson}, compact) is the scenario texts, JSON-escaped, plus a few hundred
 * bytes and the disruptions (about 100 bytes each). A run of the distributed design of
 * {@code library/eu-demo.yaml} measured 39,542 bytes (its scenario and market files), well inside the
 * 256 KiB of Akka Artery's default frame; a network generated with thousands of sites will not be, and
 * the runs of one variant share their documents, so a sender of many runs may send those once.
 *
 * @param experiment  the experiment's name
 * @param caseName    the case's name (JSON {@code case})
 * @param variant     the variant's name
 * @param run         the variant's scenario with its overrides, seed, replication and warm-up
 * @param horizonMs   the length of the run, ms, which an experiment's {@code horizon:} may set; greater than 0
 * @param disruptions the case's disruptions in this replication, as a YAML list of fixed disruptions
 *                    ({@link DisruptionYaml#list}), in the order the run applies them
 * @param contentHash SHA-256 in hex over every other field ({@link #hashOf}); must match them
 */
public record ExperimentRunDescription(@JsonProperty("experiment") String experiment,
    @JsonProperty("case") String caseName, @JsonProperty("variant") String variant,
    @JsonProperty("run") RunDescription run, @JsonProperty("horizonMs") long horizonMs,
    @JsonProperty("disruptions") String disruptions, @JsonProperty("contentHash") String contentHash) {
  // Compact: the description travels between cluster members, whose frames are limited in size.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  @JsonCreator
  public ExperimentRunDescription {
    required(experiment, "experiment");
    required(caseName, "case");
    required(variant, "variant");
    if (run == null) {
      throw new IllegalArgumentException("an experiment run description needs run");
    }
    required(disruptions, "disruptions");
    required(contentHash, "contentHash");
    if (horizonMs <= 0) {
      throw new IllegalArgumentException("the horizon must be greater than 0 ms, was " + horizonMs);
    }
    String actual = hashOf(experiment, caseName, variant, run, horizonMs, disruptions);
    if (!actual.equals(contentHash)) {
      throw new IllegalArgumentException("content hash " + contentHash + " does not match the description, whose "
          + "hash is " + actual);
    }
  }

  /** A description with its hash computed; {@code disruptions} as {@link DisruptionYaml#list} writes them. */
  public static ExperimentRunDescription of(String experiment, String caseName, String variant, RunDescription run,
      long horizonMs, List<Disruption> disruptions) {
    String yaml = DisruptionYaml.list(disruptions);
    return new ExperimentRunDescription(experiment, caseName, variant, run, horizonMs, yaml,
        hashOf(experiment, caseName, variant, run, horizonMs, yaml));
  }

  /**
   * The description of one run of {@code e}: case {@code caseIndex}, variant {@code variantIndex},
   * replication {@code replication}. Reads the variant's scenario file and its parts again (see
   * {@link #everyRun}).
   *
   * @throws ScenarioException when the variant's file cannot be read
   * @throws IllegalArgumentException when the variant was not read from a file, or its file changed, or a
   *     disruption cannot be written exactly
   */
  public static ExperimentRunDescription of(Experiment e, int caseIndex, int variantIndex, int replication)
      throws ScenarioException {
    Objects.checkIndex(replication, e.replications());
    Experiment.Variant v = e.variants().get(variantIndex);
    return describe(e, e.cases().get(caseIndex), v, variantRun(e, v), replication);
  }

  /**
   * The descriptions of every run of {@code e}, in the order {@code ExperimentRunner} runs them: case,
   * then variant, then replication. Each variant's scenario file and its parts are read once, from where
   * the experiment read them, and must still give the variant's network.
   *
   * @throws ScenarioException when a variant's file cannot be read
   * @throws IllegalArgumentException when a variant was not read from a file, or its file changed, or a
   *     disruption cannot be written exactly
   */
  public static List<ExperimentRunDescription> everyRun(Experiment e) throws ScenarioException {
    List<RunDescription> variants = new ArrayList<>();
    for (Experiment.Variant v : e.variants()) {
      variants.add(variantRun(e, v));
    }
    List<ExperimentRunDescription> out = new ArrayList<>();
    for (Experiment.Case c : e.cases()) {
      for (int v = 0; v < e.variants().size(); v++) {
        for (int rep = 0; rep < e.replications(); rep++) {
          out.add(describe(e, c, e.variants().get(v), variants.get(v), rep));
        }
      }
    }
    return out;
  }

  /** The variant's scenario as a description of replication 0, with the experiment's seed and warm-up. */
  private static RunDescription variantRun(Experiment e, Experiment.Variant v) throws ScenarioException {
    Path file;
    try {
      file = Path.of(v.source());
    } catch (InvalidPathException notAPath) {
      file = null;
    }
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("variant " + v.name() + " of " + e.name() + " comes from " + v.source()
          + ", not from a scenario file here: only a variant read from a file can be described");
    }
    RunDescription.Loaded loaded = RunDescription.load(file, v.set());
    ManufacturingSpec read = loaded.scenario().network().withHorizon(v.spec().horizonMs());
    if (!read.equals(v.spec())) {
      throw new IllegalArgumentException("variant " + v.name() + " of " + e.name() + ": " + v.source()
          + " no longer gives the network the experiment read from it (was it changed?)");
    }
    return loaded.description().forRun(e.seed(), 0).withWarmup(e.warmupMs());
  }

  private static ExperimentRunDescription describe(Experiment e, Experiment.Case c, Experiment.Variant v,
      RunDescription variantRun, int replication) {
    List<Disruption> list = c.disruptions().forReplication(e.seed(), replication);
    ExperimentRunDescription d = of(e.name(), c.name(), v.name(), variantRun.forRun(e.seed(), replication),
        v.spec().horizonMs(), list);
    List<Disruption> back;
    try {
      back = DisruptionYaml.read(d.disruptions(), "disruptions", v.spec());
    } catch (ScenarioException bad) {
      throw new IllegalArgumentException("case " + c.name() + ", replication " + replication + ": its disruptions "
          + "cannot be described exactly: " + bad.getMessage(), bad);
    }
    if (!back.equals(list)) {
      throw new IllegalArgumentException("case " + c.name() + ", replication " + replication + ": its disruptions "
          + "do not read back as they were written:\n" + d.disruptions());
    }
    return d;
  }

  /**
   * SHA-256 in hex over the fields: a format tag, the names, the run's scenario path, content hash,
   * overrides, seed, replication and warm-up, the horizon and the disruptions' text; each text as its
   * UTF-8 bytes preceded by their length (4 bytes, big-endian), each number as 8 bytes, big-endian.
   */
  public static String hashOf(String experiment, String caseName, String variant, RunDescription run,
      long horizonMs, String disruptions) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
    for (String s : List.of("dmsim-experiment-run/1", experiment, caseName, variant, run.scenario(),
        run.contentHash())) {
      text(sha, s);
    }
    number(sha, run.overrides().size());
    run.overrides().forEach(o -> text(sha, o));
    number(sha, run.seed());
    number(sha, run.replication());
    number(sha, run.warmupMs());
    number(sha, horizonMs);
    text(sha, disruptions);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The description as compact JSON, fields in declaration order. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an experiment run description always writes as JSON", e);
    }
  }

  /**
   * A description from its JSON ({@link #toJson}).
   *
   * @throws IllegalArgumentException when the text is not a description, or its hash does not match it
   */
  public static ExperimentRunDescription fromJson(String json) {
    try {
      return JSON.readValue(json, ExperimentRunDescription.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      throw new IllegalArgumentException("not an experiment run description: " + cause.getMessage(), e);
    }
  }

  private static void required(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("an experiment run description needs " + field);
    }
  }

  private static void text(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    number4(sha, b.length);
    sha.update(b);
  }

  private static void number4(MessageDigest sha, int n) {
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
  }

  private static void number(MessageDigest sha, long n) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha.update((byte) (n >>> shift));
    }
  }
}
