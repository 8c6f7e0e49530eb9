package org.dmsim.scenarios.yaml;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Places the model's own checks of a whole network ({@link ManufacturingSpec#problems()}: a demanded
 * product nobody can make or stock, a distribution centre whose source cannot make what it stocks, a
 * disruption that does not fit) at the entry each is about, found by the ids the problem names; a
 * problem that names no entry is placed at the start of the file.
 */
final class NetworkProblems {
  private static final Pattern CANNOT_MAKE = Pattern.compile("node (\\S+): (\\S+) cannot make (\\S+)");
  private static final Pattern NOT_STOCKED = Pattern.compile("product (\\S+): no distribution centre stocks it");
  private static final Pattern NOT_MADE = Pattern.compile("product (\\S+): no node can make it.*");
  private static final Pattern ABOUT = Pattern.compile("(node|product|region) (\\S+): .*");
  private static final Pattern DISRUPTION = Pattern.compile("disruption ([0-9]+) \\((\\S+)\\): (.*)");

  private final ValueReader in;
  private final Declarations ids;

  NetworkProblems(ValueReader in, Declarations ids) {
    this.in = in;
    this.ids = ids;
  }

  /**
   * Reports one of {@link ManufacturingSpec#problems()} at the entry it names, or at {@code root}.
   *
   * @param disruptionEntries the entry each fixed disruption of {@code spec} was read from, in order
   */
  void place(String problem, Value root, ManufacturingSpec spec, List<Value> disruptionEntries) {
    Matcher m;
    if ((m = DISRUPTION.matcher(problem)).matches()) {
      int index = Integer.parseInt(m.group(1)) - 1;
      Value at = index < disruptionEntries.size() ? disruptionEntries.get(index) : root;
      in.report(at, "a " + m.group(2) + " that fits the network", m.group(3));
    } else if ((m = CANNOT_MAKE.matcher(problem)).matches()) {
      String node = m.group(1);
      String source = m.group(2);
      String product = m.group(3);
      Value at = Optional.ofNullable(ids.stockProducts.get(node)).map(s -> s.get(product))
          .orElseGet(() -> ids.nodes.entry(node).orElse(root));
      in.report(at, "a product that " + source + " (replenishFrom) can make: it needs a machine capable of each "
          + "routing step", ValueReader.quote(product) + ", which " + source + " cannot make");
    } else if ((m = NOT_STOCKED.matcher(problem)).matches()) {
      String product = m.group(1);
      Value at = ids.products.fields(product).flatMap(f -> f.optional("stocked")).or(() -> ids.products.entry(product))
          .orElse(root);
      in.report(at, "a make-to-stock product that some distribution centre stocks, since a region demands it",
          "no distribution centre lists it in its stock");
    } else if ((m = NOT_MADE.matcher(problem)).matches()) {
      String product = m.group(1);
      Value at = ids.products.fields(product).flatMap(f -> f.optional("routing")).or(() -> ids.products.entry(product))
          .orElse(root);
      String where = spec.platform().allocation().name().equals("centralized") ? " at one plant (policy centralized)"
          : " at one node";
      in.report(at, "a routing some node can make, since a region demands it: a machine capable of each step" + where,
          "no node can make it");
    } else if ((m = ABOUT.matcher(problem)).matches()) {
      Declarations.Section s = switch (m.group(1)) {
        case "node" -> ids.nodes;
        case "product" -> ids.products;
        default -> ids.regions;
      };
      in.report(s.entry(m.group(2)).orElse(root), "a network whose parts fit together", problem);
    } else {
      in.report(root, "a network whose parts fit together", problem);
    }
  }
}
