package org.dmsim.model.mfg.spec.check;

import java.util.List;

/**
 * What is wrong, as a stable code; {@link #render} turns a problem's arguments into its English
 * message. The template's {@code {0}}, {@code {1}}, … are the arguments in order.
 */
public enum ProblemCode {
  /** Two entries share an id: {0} what ("product", "machine type", "node"), {1} the id. */
  DUPLICATE_ID("duplicate {0} id {1}"),
  /** The scenario has no products. */
  NO_PRODUCTS("there must be at least one product"),
  /** The scenario has no customer regions. */
  NO_REGIONS("there must be at least one region"),
  /** A demand line or stock rule names no declared product: {0} "region" or "node", {1} its id, {2} the product. */
  UNKNOWN_PRODUCT("{0} {1}: unknown product {2}"),
  /** A region has two demand lines for one product: {0} region, {1} product. */
  REPEATED_DEMAND_LINE("region {0}: two demand lines for product {1}"),
  /** A bill-of-materials component no supplier supplies: {0} product, {1} component. */
  UNSUPPLIED_COMPONENT("product {0}: no supplier supplies component {1}"),
  /** A machine group of an undeclared type: {0} node, {1} type. */
  UNKNOWN_MACHINE_TYPE("node {0}: unknown machine type {1}"),
  /** A distribution centre's source that is not a declared node, or itself: {0} node, {1} source. */
  NOT_A_SOURCE("node {0}: replenishFrom {1} is not another declared node"),
  /** A distribution centre's backup source is its primary: {0} node, {1} the source. */
  BACKUP_IS_PRIMARY("node {0}: backup {1} is its replenishFrom too"),
  /** Distribution centres refill each other in a loop: {0} node, {1} the loop ("a -> b -> a"). */
  REPLENISHMENT_LOOP("node {0}: replenishFrom goes round in a loop: {1}"),
  /** A distribution centre's source centre does not stock a product: {0} node, {1} source, {2} product. */
  SOURCE_DOES_NOT_STOCK("node {0}: {1} does not stock {2}"),
  /** A stock rule with costs at a node without a period: {0} node, {1} product. */
  COSTS_WITHOUT_PERIOD("node {0}: stock of {1} has costs per period but the node has no period"),
  /**
   * A stock rule starts with a backlog but not exactly one distribution centre is refilled from its node:
   * {0} node, {1} product, {2} how many are.
   */
  BACKLOG_WITHOUT_ONE_CUSTOMER("node {0}: stock of {1} starts with a backlog, owed to the one distribution centre "
      + "refilled from it, but {2} are"),
  /** A distribution centre stocks a product its source cannot make: {0} node, {1} source, {2} product. */
  CANNOT_MAKE("node {0}: {1} cannot make {2}"),
  /** A node has two stock rules for one product: {0} node, {1} product. */
  REPEATED_STOCK_RULE("node {0}: two stock rules for product {1}"),
  /** A node stocks a make-to-order product: {0} node, {1} product. */
  MAKE_TO_ORDER_STOCKED("node {0}: product {1} is make-to-order (stocked: false), it cannot be stocked"),
  /** A node's dispatch rule cannot be used: {0} node, {1} why. */
  UNUSABLE_DISPATCHING("node {0}: dispatching: {1}"),
  /** The platform's allocation rule cannot be used: {0} why. */
  UNUSABLE_ALLOCATION("platform: allocation: {0}"),
  /** A demanded make-to-stock product no distribution centre stocks: {0} product. */
  NOT_STOCKED("product {0}: no distribution centre stocks it"),
  /** A demanded make-to-order product no node can make: {0} product. */
  NOT_MADE("product {0}: no node can make it (every routing step needs a capable machine)"),
  /** As {@link #NOT_MADE}, where the allocation rule excludes some producers: {0} product, {1} the rule. */
  NOT_MADE_WHERE_ADMITTED("product {0}: no node can make it (every routing step needs a capable machine, at a site "
      + "the allocation rule {1} admits)"),
  /** A sourcing rule names no declared supplier: {0} node, {1} the id. */
  UNKNOWN_SUPPLIER("node {0}: sourcing: unknown supplier {1}"),
  /** A sourcing rule's supplier does not offer a component it is to supply: {0} node, {1} supplier, {2} component. */
  NOT_OFFERED("node {0}: sourcing: supplier {1} does not offer component {2}"),
  /**
   * A disruption names nothing of the kind it needs: {0} its number from 1, {1} its type, {2} what it
   * needs ("node", "supplier", "place", "region", "product"), {3} the id.
   */
  UNKNOWN_TARGET("disruption {0} ({1}): unknown {2} {3}"),
  /**
   * A disruption names a node of the wrong kind: {0} its number from 1, {1} its type, {2} the id, {3}
   * the kind needed ("plant or microfactory", "distribution centre").
   */
  WRONG_TARGET_KIND("disruption {0} ({1}): {2} is not a {3}");

  private final String template;

  ProblemCode(String template) {
    this.template = template;
  }

  /** How many arguments the code takes. */
  public int arity() {
    int n = 0;
    while (template.contains("{" + n + "}")) {
      n++;
    }
    return n;
  }

  /** The message with {@code arguments} in place of the template's {@code {i}}. */
  public String render(List<String> arguments) {
    String out = template;
    for (int i = 0; i < arguments.size(); i++) {
      out = out.replace("{" + i + "}", arguments.get(i));
    }
    return out;
  }
}
