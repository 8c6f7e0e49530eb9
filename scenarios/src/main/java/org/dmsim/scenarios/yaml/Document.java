package org.dmsim.scenarios.yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML text read for a scenario or an experiment — the file itself or a part it names — with the
 * name its problems carry, the file it came from (if any), its composed tree, and the nodes whose tag
 * {@link PlainYamlCheck} already reported. Every {@link Value} knows its document, so that a problem
 * is reported in the file where the value is written.
 */
final class Document {
  private final String source;
  private final Path file;
  private final Node root;
  private final Set<Integer> taggedNodes;
  private final List<FieldOverride> marketOverrides;
  private final ScenarioTexts texts;

  /**
   * @param source      what problems call the text, e.g. {@code library/tiny-factory.yaml}
   * @param file        the file it was read from, or {@code null} for text without a file
   * @param root        the composed tree, or {@code null} for an empty document
   * @param taggedNodes stream indices of the nodes whose tag was already reported; their values are skipped
   */
  Document(String source, Path file, Node root, Set<Integer> taggedNodes) {
    this(source, file, root, taggedNodes, List.of(), ScenarioTexts.files());
  }

  /**
   * As above, with the overrides to apply to the market part the document names when it is read, and
   * where the texts of the parts it names are found.
   */
  Document(String source, Path file, Node root, Set<Integer> taggedNodes, List<FieldOverride> marketOverrides,
      ScenarioTexts texts) {
    this.marketOverrides = List.copyOf(marketOverrides);
    this.texts = Objects.requireNonNull(texts, "texts");
    this.source = Objects.requireNonNull(source, "source");
    this.file = file;
    this.root = root;
    this.taggedNodes = Set.copyOf(taggedNodes);
  }

  /** What problems in this document are called. */
  String source() {
    return source;
  }

  /** The file it was read from; empty for text a program passed (a test's, a bundled resource's). */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Whether the document holds nothing (only comments, or nothing at all). */
  boolean isEmpty() {
    return root == null;
  }

  /** The whole document as a value with the empty path; only for a document that is not empty. */
  Value root() {
    if (root == null) {
      throw new IllegalStateException(source + " is empty");
    }
    return new Value(root, "", root.getStartMark(), this);
  }

  /** The overrides of fields of the market part ({@code products…}, {@code regions…}), applied when it is read. */
  List<FieldOverride> marketOverrides() {
    return marketOverrides;
  }

  /** The same text with overrides for its market part. */
  Document withMarketOverrides(List<FieldOverride> overrides) {
    return new Document(source, file, root, taggedNodes, overrides, texts);
  }

  /** Where the texts of the parts this document names are found. */
  ScenarioTexts texts() {
    return texts;
  }

  /** Whether the node at this stream index carries a tag, already reported. */
  boolean isTagged(Node node) {
    return taggedNodes.contains(node.getStartMark().getIndex());
  }
}
