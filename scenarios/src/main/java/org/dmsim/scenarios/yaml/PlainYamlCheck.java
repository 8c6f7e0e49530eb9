package org.dmsim.scenarios.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Rejects the YAML features a scenario file must not use: anchors ({@code &name}), aliases
 * ({@code *name}) and explicit tags ({@code !custom}, {@code !!str}). It reads the parser's event
 * stream rather than the composed tree because the tree has already replaced each alias by the node
 * it names, losing the alias's position. Keeping files plain keeps them readable by any tool and
 * keeps every value's line where the reader sees it. It also enforces the {@link LoaderLimits} the
 * parser sees first — nesting depth and the length of one value — before the tree is built.
 */
final class PlainYamlCheck {
  private static final String PLAIN = "a plain value (anchors '&', aliases '*' and tags '!' are not supported)";
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final int MAX_KEY_IN_PATH = 80;

  private final Problems problems;
  private final String source;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final Set<Integer> taggedNodes = new TreeSet<>();
  private boolean overLimit;

  /** Checks the events of {@code source}, reporting into {@code problems}. */
  PlainYamlCheck(Problems problems, String source) {
    this.problems = problems;
    this.source = source;
  }

  /**
   * Checks the events of one stream, reporting each anchor, alias and tag with the path of the
   * value it is on. Syntax errors propagate as SnakeYAML exceptions, after the problems found before
   * them have been reported.
   */
  void check(Iterable<Event> events) {
    for (Event event : events) {
      if (overLimit && open.size() > LoaderLimits.MAX_NESTING_DEPTH) {
        return;
      }
      if (event instanceof NodeEvent node) {
        visitNode(node);
      } else if (event instanceof CollectionEndEvent) {
        open.pop();
        completeChild(null);
      }
    }
  }

  /** Whether the text crossed a {@link LoaderLimits} limit: its tree is then not built at all. */
  boolean overLimit() {
    return overLimit;
  }

  /** The stream indices of the nodes that carry a tag: their values were not read as written. */
  Set<Integer> taggedNodes() {
    return taggedNodes;
  }

  private void visitNode(NodeEvent event) {
    String value = event instanceof ScalarEvent scalar ? scalar.getValue() : null;
    String path = pathOf(value);
    if (event instanceof AliasEvent) {
      problems.add(source, event.getStartMark(), path, PLAIN, "the alias *" + event.getAnchor());
      completeChild(null);
      return;
    }
    if (event.getAnchor() != null) {
      problems.add(source, event.getStartMark(), path, PLAIN, "the anchor &" + event.getAnchor());
    }
    String tag = event instanceof ScalarEvent scalar ? scalar.getTag() : ((CollectionStartEvent) event).getTag();
    if (tag != null) {
      problems.add(source, event.getStartMark(), path, PLAIN, "the tag " + shortTag(tag));
      taggedNodes.add(event.getStartMark().getIndex());
    }
    if (value != null && value.length() > LoaderLimits.MAX_SCALAR_CHARS) {
      problems.add(source, event.getStartMark(), path, "a value of at most " + LoaderLimits.MAX_SCALAR_CHARS
          + " characters", "a value of " + value.length() + " characters");
      overLimit = true;
    }
    if (event instanceof CollectionStartEvent) {
      open.push(new Frame(path, event.is(Event.ID.MappingStart)));
      if (open.size() > LoaderLimits.MAX_NESTING_DEPTH) {
        problems.add(source, event.getStartMark(), path, "at most " + LoaderLimits.MAX_NESTING_DEPTH
            + " levels of nested mappings and lists", "a deeper nesting");
        overLimit = true;
      }
    } else {
      completeChild(value);
    }
  }

  /** The path of the node about to complete: a key is named by itself, a value by its key. */
  private String pathOf(String scalarValue) {
    Frame parent = open.peek();
    if (parent == null) {
      return "";
    }
    if (!parent.mapping) {
      return parent.path + "[" + parent.index + "]";
    }
    String name = parent.expectingKey ? keyName(scalarValue) : parent.key;
    return parent.path.isEmpty() ? name : parent.path + "." + name;
  }

  private void completeChild(String scalarValue) {
    Frame parent = open.peek();
    if (parent == null) {
      return;
    }
    if (!parent.mapping) {
      parent.index++;
    } else if (parent.expectingKey) {
      parent.key = keyName(scalarValue);
      parent.expectingKey = false;
    } else {
      parent.expectingKey = true;
    }
  }

  /** A key as a path segment, shortened so that paths stay short however long a key is written. */
  private static String keyName(String scalarValue) {
    if (scalarValue == null) {
      return "?";
    }
    return scalarValue.length() <= MAX_KEY_IN_PATH ? scalarValue : scalarValue.substring(0, MAX_KEY_IN_PATH) + "...";
  }

  private static String shortTag(String tag) {
    return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
  }

  /** An open mapping or sequence and where the parser is inside it. */
  private static final class Frame {
    final String path;
    final boolean mapping;
    boolean expectingKey = true;
    String key = "?";
    int index;

    Frame(String path, boolean mapping) {
      this.path = path;
      this.mapping = mapping;
    }
  }
}
