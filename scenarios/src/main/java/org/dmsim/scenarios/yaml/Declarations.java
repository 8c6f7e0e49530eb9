package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * The ids a scenario declares, section by section, and the checks of references between sections.
 * The section readers declare ids as they read them and hand over their reference checks with
 * {@link #later}; {@link #checkReferences} runs them once every section has been read, so that a
 * reference may name an entry written further down. A reference is checked only against a section
 * whose ids could all be read, so that one broken id is not also reported at every reference to it.
 */
final class Declarations {
  private static final String NAME_TAKEN = "a name no other node, supplier or region has";

  final Section products = new Section();
  final Section machineTypes = new Section();
  final Section nodes = new Section();
  final Section suppliers = new Section();
  final Section regions = new Section();
  /** Whether every supplier's component list could be read, so that {@link #supplied} is complete. */
  boolean componentsComplete = true;
  /** Each component some supplier lists, with where it is first listed. */
  final Map<String, Value> supplied = new TreeMap<>();
  /** Each product's {@code stocked}, by the id as written. */
  final Map<String, Boolean> stockedById = new LinkedHashMap<>();
  /** Each node's kind, by the id as written. */
  final Map<String, NodeKind> kindById = new LinkedHashMap<>();

  private final ValueReader in;
  /** Reference checks, run once every section has been read. */
  private final List<Runnable> references = new ArrayList<>();
  /** The ids disruptions may name, taken when the first disruption reference is checked. */
  private DisruptionTargets targets;

  Declarations(ValueReader in) {
    this.in = in;
  }

  /** Runs {@code check} once every section has been read. */
  void later(Runnable check) {
    references.add(check);
  }

  /** Reports repeated ids, then runs every reference check handed over with {@link #later}. */
  void checkReferences() {
    products.reportDuplicates("a product id no other product has");
    machineTypes.reportDuplicates("a machine type id no other machine type has");
    reportSharedNames();
    references.forEach(Runnable::run);
  }

  /** An entry's id: declared in its section as written (even when invalid, so references to it do not fail too). */
  Optional<String> id(Fields f, String field, String expected, Section section) {
    Optional<Value> value = f.required(field, expected);
    Optional<String> raw = value.flatMap(Value::scalarText);
    raw.ifPresent(r -> section.declared.add(new Declared(r, value.get(), f.mapping, f)));
    Optional<String> id = value.flatMap(v -> in.name(v, expected));
    if (id.isEmpty()) {
      // References to it are probably to this entry: do not call them unknown as well.
      section.complete = false;
    }
    return id;
  }

  /** The id of an entry as written, whether or not it is a valid name. */
  static Optional<String> rawId(Fields f, String field) {
    return f.optional(field).flatMap(Value::scalarText);
  }

  // ---- references --------------------------------------------------------------------------------

  /**
   * The {@code product} of a demand line or stock rule: a name, each once in its list ({@code once}
   * says what), and a declared product — make-to-stock if {@code mustBeStocked} — once every section
   * has been read.
   */
  Optional<String> productReference(Fields f, Map<String, Value> seen, String once, boolean mustBeStocked) {
    Optional<Value> productValue = f.required("product", ProductReader.PRODUCT_ID);
    Optional<String> product = productValue.flatMap(v -> in.name(v, ProductReader.PRODUCT_ID));
    product.ifPresent(p -> {
      Value v = productValue.orElseThrow();
      if (in.once(seen, p, v, once)) {
        later(() -> requireProduct(v, p, mustBeStocked));
      }
    });
    return product;
  }

  /** Reports a demand line's or stock rule's product that is not declared, or not make-to-stock where it must be. */
  void requireProduct(Value value, String product, boolean mustBeStocked) {
    if (!products.requireKnown(value, product, "a product declared in products")) {
      return;
    }
    Boolean stocked = stockedById.get(product);
    if (mustBeStocked && Boolean.FALSE.equals(stocked)) {
      in.report(value, "a make-to-stock product (stocked: true); only those are kept in stock",
          ValueReader.quote(product) + ", which is make-to-order (" + products.pathOf(product) + " has stocked: false)");
    }
  }

  /** Reports a bill-of-materials component that no supplier lists. */
  void requireSupplied(Value value, String component) {
    if (componentsComplete && !supplied.containsKey(component)) {
      in.report(value, "a component some supplier supplies" + ValueReader.listed(supplied.keySet()),
          ValueReader.quote(component) + ValueReader.suggestion(component, List.copyOf(supplied.keySet())));
    }
  }

  /** Reports a distribution centre's source that is not a declared node. */
  void requireNode(Value value, String source) {
    if (nodes.has(source) || !nodes.complete) {
      return;
    }
    Optional<String> what = whatIs(source);
    List<String> ids = nodes.ids();
    in.report(value, "the id of another node declared in nodes" + ValueReader.listed(ids),
        ValueReader.quote(source) + what.map(w -> " (" + w + ")").orElseGet(() -> ValueReader.suggestion(source, ids)));
  }

  /** Reports a lane end that is not a place goods can leave from ({@code origin}) or go to. */
  void requirePlace(Value value, String id, String expected, boolean origin) {
    Section allowedA = origin ? suppliers : nodes;
    Section allowedB = origin ? nodes : regions;
    if (allowedA.has(id) || allowedB.has(id)) {
      return;
    }
    Optional<String> what = whatIs(id);
    if (what.isEmpty() && !(allowedA.complete && allowedB.complete)) {
      return;
    }
    List<String> candidates = new ArrayList<>(allowedA.ids());
    candidates.addAll(allowedB.ids());
    in.report(value, expected, ValueReader.quote(id)
        + what.map(w -> " (" + w + ")").orElseGet(() -> ValueReader.suggestion(id, candidates)));
  }

  /** Reports an id in a disruption that does not name a declared thing of the kind it must. */
  void requireTarget(DisruptionReader.Reference r) {
    if (targets == null) {
      targets = disruptionTargets();
    }
    targets.check(r).ifPresent(miss -> in.report(r.value(), miss.expected() + ValueReader.listed(miss.candidates()),
        ValueReader.quote(r.id()) + miss.what().map(w -> " (" + w + ")")
            .orElseGet(() -> ValueReader.suggestion(r.id(), miss.candidates()))));
  }

  /** The ids declared so far, for checking disruptions once every section has been read. */
  private DisruptionTargets disruptionTargets() {
    Map<String, Optional<NodeKind>> nodeKinds = new LinkedHashMap<>();
    for (String id : nodes.ids()) {
      nodeKinds.put(id, Optional.ofNullable(kindById.get(id)));
    }
    return new DisruptionTargets(nodeKinds, suppliers.ids(), regions.ids(), products.ids(), nodes.complete,
        suppliers.complete, regions.complete, products.complete);
  }

  // ---- names shared by nodes, suppliers and regions ----------------------------------------------

  /**
   * Node, supplier and region ids share one namespace with the platform: report each repeat, in file
   * order — the scenario's own file first, then its market's, then the CSV files it imports.
   */
  private void reportSharedNames() {
    List<Declared> all = new ArrayList<>();
    all.addAll(nodes.declared);
    all.addAll(suppliers.declared);
    all.addAll(regions.declared);
    List<Document> files = new ArrayList<>();
    all.forEach(d -> {
      if (!files.contains(d.idValue().document())) {
        files.add(d.idValue().document());
      }
    });
    // The YAML files before the CSV files they import (which have no tree of their own), whatever the sections.
    files.sort(Comparator.comparing(Document::isEmpty));
    all.sort(Comparator.comparingInt((Declared d) -> files.indexOf(d.idValue().document()))
        .thenComparingInt(d -> d.idValue().at().getIndex()));
    Map<String, Declared> first = new LinkedHashMap<>();
    for (Declared d : all) {
      if (d.id().equals(ManufacturingSpec.PLATFORM)) {
        in.report(d.idValue(), NAME_TAKEN + " and not 'platform', the order platform's name",
            ValueReader.quote(d.id()));
        continue;
      }
      Declared earlier = first.putIfAbsent(d.id(), d);
      if (earlier != null) {
        in.report(d.idValue(), NAME_TAKEN, ValueReader.quote(d.id()) + ", already the id of " + earlier.entry().path()
            + " at " + lineOf(earlier.idValue(), d.idValue()));
      }
    }
  }

  /** "line 12" of {@code earlier}, naming its file when {@code later} is in another. */
  private static String lineOf(Value earlier, Value later) {
    return "line " + earlier.line()
        + (earlier.document() == later.document() ? "" : " of " + earlier.document().source());
  }

  /** What a name in the shared namespace is ("a supplier", "a distribution-centre"), when it is declared. */
  Optional<String> whatIs(String id) {
    if (nodes.has(id)) {
      return Optional.of(Optional.ofNullable(kindById.get(id)).map(k -> "a " + Names.of(k)).orElse("a node"));
    }
    if (suppliers.has(id)) {
      return Optional.of("a supplier");
    }
    if (regions.has(id)) {
      return Optional.of("a region");
    }
    return Optional.empty();
  }

  /** An id as written, where it is, and the entry it names. */
  record Declared(String id, Value idValue, Value entry, Fields fields) {}

  /** The ids one section declares, for duplicates, references and placing the model's problems. */
  final class Section {
    final List<Declared> declared = new ArrayList<>();
    /** False when some entry's id could not be seen, so an unknown reference may just be that entry's. */
    boolean complete = true;

    boolean has(String id) {
      return declared.stream().anyMatch(d -> d.id().equals(id));
    }

    List<String> ids() {
      return declared.stream().map(Declared::id).distinct().toList();
    }

    Optional<Value> entry(String id) {
      return declared.stream().filter(d -> d.id().equals(id)).findFirst().map(Declared::entry);
    }

    Optional<Fields> fields(String id) {
      return declared.stream().filter(d -> d.id().equals(id)).findFirst().map(Declared::fields);
    }

    String pathOf(String id) {
      return entry(id).map(Value::path).orElse(id);
    }

    /** Reports a reference to an id this section does not declare; whether the id is declared (or may be). */
    boolean requireKnown(Value value, String id, String expected) {
      if (has(id)) {
        return true;
      }
      if (complete) {
        in.report(value, expected + ValueReader.listed(ids()), ValueReader.quote(id) + ValueReader.suggestion(id, ids()));
      }
      return false;
    }

    void reportDuplicates(String expected) {
      Map<String, Declared> first = new LinkedHashMap<>();
      for (Declared d : declared) {
        Declared earlier = first.putIfAbsent(d.id(), d);
        if (earlier != null) {
          in.report(d.idValue(), expected, ValueReader.quote(d.id()) + ", already the id of " + earlier.entry().path()
              + " at line " + earlier.idValue().line());
        }
      }
    }
  }
}
