package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.check.ProblemCode;
import org.dmsim.model.mfg.spec.check.SpecProblem;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Places the model's own checks of a whole network ({@link ManufacturingSpec#problems()}: a demanded
 * product nobody can make or stock, a distribution centre whose source cannot make what it stocks, a
 * disruption that does not fit) at the value each is about, by walking its field path through the YAML
 * tree as written — {@code products} and {@code regions} in the market part when there is one, and
 * {@code disruptions[i]} from the entry the i-th fixed disruption was read from. A path that leads to
 * no written value (a default) is placed at its nearest written ancestor, else at the file's start.
 */
final class NetworkProblems {
  /**
   * What the model reports even when the readers found problems: a local fact no reader checks. The
   * rest the readers and {@link Declarations} check themselves, in their own words, or is a conclusion
   * about the whole network (nobody makes or stocks a demanded product) that may just follow from a
   * reference already reported; those are reported only when the readers found nothing.
   */
  static final Set<ProblemCode> BESIDE_READER_PROBLEMS = EnumSet.of(ProblemCode.CANNOT_MAKE,
      ProblemCode.UNKNOWN_SUPPLIER, ProblemCode.NOT_OFFERED);
  private static final String FITS = "a network whose parts fit together";

  private final ValueReader in;
  private final Value root;
  private final Value market;
  private final List<Value> disruptionEntries;

  /**
   * @param root              the scenario file's root
   * @param market            the root products and regions are read from (the market part's, or {@code root})
   * @param disruptionEntries the entry each fixed disruption was read from, in order
   */
  NetworkProblems(ValueReader in, Value root, Value market, List<Value> disruptionEntries) {
    this.in = in;
    this.root = root;
    this.market = market;
    this.disruptionEntries = List.copyOf(disruptionEntries);
  }

  /**
   * Reports each problem at its path; when the readers found problems already ({@code readerFound}),
   * only those {@link #BESIDE_READER_PROBLEMS}.
   */
  void placeAll(List<SpecProblem> problems, boolean readerFound) {
    for (SpecProblem p : problems) {
      if (!readerFound || BESIDE_READER_PROBLEMS.contains(p.code())) {
        place(p);
      }
    }
  }

  /** Reports one problem at the value its path names, or the nearest written ancestor. */
  void place(SpecProblem p) {
    Value at = locate(p.path());
    if (!in.problems().hasProblemAt(at.document().source(), at.line(), at.at().getColumn() + 1)) {
      in.report(at, expected(p), found(p));
    }
  }

  /** What a valid value looks like, for the user; worded by the code. */
  private static String expected(SpecProblem p) {
    List<String> a = p.arguments();
    return switch (p.code()) {
      case CANNOT_MAKE -> "a product that " + a.get(1) + " (replenishFrom) can make: it needs a machine capable of "
          + "each routing step";
      case NOT_A_SOURCE -> "the id of another node that refills this distribution centre";
      case REPLENISHMENT_LOOP -> "a chain of replenishFrom that ends at a plant or microfactory";
      case BACKUP_IS_PRIMARY -> "a backup other than replenishFrom";
      case SOURCE_DOES_NOT_STOCK -> "a product that " + a.get(1) + " (replenishFrom) stocks";
      case COSTS_WITHOUT_PERIOD -> "no cost per period, or a period on the node (e.g. period: 1w)";
      case BACKLOG_WITHOUT_ONE_CUSTOMER -> "0: a backlog is owed to the one distribution centre refilled from this node";
      case NOT_STOCKED -> "a make-to-stock product that some distribution centre stocks, since a region demands it";
      case NOT_MADE -> made(" at one node");
      case NOT_MADE_WHERE_ADMITTED -> made(a.get(1).equals("centralized") ? " at one plant (policy centralized)"
          : " at one node the allocation rule " + a.get(1) + " admits");
      case UNKNOWN_TARGET -> "the id of a declared " + a.get(2) + " (a " + a.get(1) + " disruption)";
      case UNKNOWN_SUPPLIER -> "the id of a supplier declared in suppliers";
      case NOT_OFFERED -> "a supplier that supplies " + a.get(2) + " (it lists it in its components)";
      case WRONG_TARGET_KIND -> "the id of a " + a.get(3) + " (a " + a.get(1) + " disruption)";
      default -> FITS;
    };
  }

  private static String made(String where) {
    return "a routing some node can make, since a region demands it: a machine capable of each step" + where;
  }

  /** What the file holds instead. */
  private static String found(SpecProblem p) {
    List<String> a = p.arguments();
    return switch (p.code()) {
      case CANNOT_MAKE -> ValueReader.quote(a.get(2)) + ", which " + a.get(1) + " cannot make";
      case NOT_A_SOURCE -> ValueReader.quote(a.get(1)) + ", the node itself";
      case REPLENISHMENT_LOOP -> "a loop: " + a.get(1);
      case BACKUP_IS_PRIMARY -> ValueReader.quote(a.get(1)) + ", its replenishFrom too";
      case SOURCE_DOES_NOT_STOCK -> ValueReader.quote(a.get(2)) + ", which " + a.get(1) + " does not stock";
      case COSTS_WITHOUT_PERIOD -> "a cost, and no period on the node";
      case BACKLOG_WITHOUT_ONE_CUSTOMER -> "a backlog, and " + a.get(2) + " distribution centres refilled from it";
      case NOT_STOCKED -> "no distribution centre lists it in its stock";
      case NOT_MADE, NOT_MADE_WHERE_ADMITTED -> "no node can make it";
      case UNKNOWN_TARGET -> ValueReader.quote(a.get(3));
      case UNKNOWN_SUPPLIER -> ValueReader.quote(a.get(1));
      case NOT_OFFERED -> ValueReader.quote(a.get(1)) + ", which does not supply " + a.get(2);
      case WRONG_TARGET_KIND -> ValueReader.quote(a.get(2));
      default -> p.message();
    };
  }

  // ---- paths -------------------------------------------------------------------------------------

  /**
   * The value a model path names ({@code nodes[dc-lyon].stock[0].product}), walked field by field and
   * item by item (by index, or by {@link Overrides#idOf id}); where a step finds nothing, the value
   * reached so far with the rest of the path as its field, so that the problem still names its field.
   */
  Value locate(String path) {
    List<String> steps = steps(path);
    Value at;
    int next;
    String first = steps.get(0);
    if (first.equals("disruptions") && steps.size() > 1 && index(steps.get(1)) >= 0
        && index(steps.get(1)) < disruptionEntries.size()) {
      at = disruptionEntries.get(index(steps.get(1)));
      next = 2;
    } else {
      at = first.equals("products") || first.equals("regions") ? market : root;
      next = 0;
    }
    for (; next < steps.size(); next++) {
      Optional<Value> step = step(at, steps.get(next));
      if (step.isEmpty()) {
        return new Value(at.node(), at.path() + rest(steps.subList(next, steps.size()), at.path().isEmpty()), at.at(),
            at.document());
      }
      at = step.get();
    }
    return at;
  }

  /** One step from {@code from}: a field ({@code name}) or an item ({@code [selector]}). */
  private static Optional<Value> step(Value from, String step) {
    if (step.startsWith("[")) {
      if (!(from.node() instanceof SequenceNode list)) {
        return Optional.empty();
      }
      String selector = step.substring(1, step.length() - 1);
      List<Node> items = list.getValue();
      int i = index(selector);
      if (i < 0) {
        for (int k = 0; k < items.size() && i < 0; k++) {
          if (Overrides.idOf(items.get(k)).filter(selector::equals).isPresent()) {
            i = k;
          }
        }
      }
      if (i < 0 || i >= items.size()) {
        return Optional.empty();
      }
      Node item = items.get(i);
      return Optional.of(new Value(item, from.path() + "[" + i + "]", item.getStartMark(), from.document()));
    }
    if (!(from.node() instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    Optional<NodeTuple> tuple = tuple(mapping, step);
    if (tuple.isEmpty() && Overrides.OTHER_NAME.containsKey(step)) {
      tuple = tuple(mapping, Overrides.OTHER_NAME.get(step));
    }
    return tuple.map(t -> new Value(t.getValueNode(), ValueReader.join(from.path(), ((ScalarNode) t.getKeyNode())
        .getValue()), t.getKeyNode().getStartMark(), from.document()));
  }

  /** The first tuple whose key is {@code key}. */
  private static Optional<NodeTuple> tuple(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)).findFirst();
  }

  /** The steps of a path: field names and {@code [selector]}s, in order. */
  private static List<String> steps(String path) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        out.add(path.substring(i, close + 1));
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.add(path.substring(i, end));
        i = end;
      }
    }
    return out;
  }

  /** The steps not found, written after the path reached ({@code .stocked}, {@code [3].product}). */
  private static String rest(List<String> steps, boolean atTop) {
    StringBuilder b = new StringBuilder();
    for (String s : steps) {
      b.append(s.startsWith("[") || atTop && b.isEmpty() ? "" : ".").append(s);
    }
    return b.toString();
  }

  /** A selector's index from 0, or -1 when it is an id. */
  private static int index(String selector) {
    String s = selector.startsWith("[") ? selector.substring(1, selector.length() - 1) : selector;
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(s) : -1;
  }
}
