package org.dmsim.scenarios.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Applies {@link FieldOverride}s to a composed scenario tree before it is read. The path is walked
 * through the tree as written: {@code a.b} names fields, {@code list[3]} an item by its index from 0 and
 * {@code list[some-id]} the item whose {@code id} (or, for items without one, {@code type},
 * {@code product} or {@code name}) is {@code some-id}; a missing last field is added, anything else
 * missing is a problem at the override. The value is composed as YAML by its own parser whose marks
 * carry the override's name and position ({@link #MARK_PREFIX}), so that {@link Problems} reports a
 * problem the readers find in it at the override, not in the scenario file. Hand-written because
 * SnakeYAML has no path addressing of node trees and the selectors by id are dmsim's own.
 */
final class Overrides {
  /** Starts the name of every mark in an override's value; the rest of the name is the override's source. */
  static final String MARK_PREFIX = "\u0000dmsim-override:";
  /** The fields that identify a list item, in the order tried: machines have a type, demand lines a product. */
  static final List<String> ITEM_KEYS = List.of("id", "type", "product", "name");
  /**
   * Fields with an old name still read ({@code platform.policy} is {@code allocation}'s): setting either
   * replaces whichever the file writes, since the readers refuse both at once.
   */
  static final Map<String, String> OTHER_NAME = Map.of("allocation", "policy", "policy", "allocation");
  private static final String PATH = "PATH=VALUE: a path of fields, each optionally with [index] or [id], then '=' "
      + "and a YAML value (e.g. platform.allocation=least-loaded)";

  private final Problems problems;

  Overrides(Problems problems) {
    this.problems = problems;
  }

  /** Applies the overrides in order to {@code root}; false when any had a problem (each is reported). */
  boolean apply(Node root, List<FieldOverride> overrides) {
    boolean ok = true;
    for (FieldOverride o : overrides) {
      ok &= apply(root, o);
    }
    return ok;
  }

  private boolean apply(Node root, FieldOverride o) {
    String text = o.text();
    int eq = text.indexOf('=');
    if (eq < 0) {
      report(o, 0, "(set)", PATH, ValueReader.quote(text) + ", which has no '='");
      return false;
    }
    Optional<List<Segment>> path = parse(o, text.substring(0, eq));
    if (path.isEmpty()) {
      return false;
    }
    Optional<Node> value = compose(o, eq + 1);
    if (value.isEmpty()) {
      return false;
    }
    return set(root, o, path.get(), value.get());
  }

  /** One step of a path: a field, or an item of a list, and where it starts in the override's text. */
  private record Segment(String field, String selector, int offset) {
    boolean isField() {
      return field != null;
    }
  }

  private Optional<List<Segment>> parse(FieldOverride o, String path) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    boolean expectField = true;
    while (i < n) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        String selector = close < 0 ? "" : path.substring(i + 1, close).strip();
        if (out.isEmpty() || close < 0 || selector.isEmpty()) {
          report(o, i, "(set)", PATH, ValueReader.quote(path) + ", whose '[' at column " + (o.column() + i)
              + (out.isEmpty() ? " follows no field" : " has no selector and ']'"));
          return Optional.empty();
        }
        out.add(new Segment(null, selector, i + 1));
        i = close + 1;
        expectField = false;
      } else if (c == '.' && !expectField) {
        i++;
        expectField = true;
      } else if (expectField) {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String field = path.substring(i, end).strip();
        if (field.isEmpty()) {
          report(o, i, "(set)", PATH, ValueReader.quote(path) + ", with an empty field name at column "
              + (o.column() + i));
          return Optional.empty();
        }
        out.add(new Segment(field, null, i + (path.substring(i, end).length() - path.substring(i, end).stripLeading()
            .length())));
        i = end;
        expectField = false;
      } else {
        report(o, i, "(set)", PATH, ValueReader.quote(path) + ", with '" + c + "' at column " + (o.column() + i));
        return Optional.empty();
      }
    }
    if (out.isEmpty() || expectField) {
      report(o, Math.max(0, n - 1), "(set)", PATH, out.isEmpty() ? "no path before '='"
          : ValueReader.quote(path) + ", which ends in '.'");
      return Optional.empty();
    }
    return Optional.of(out);
  }

  /** Walks the path and puts the value at its end. */
  private boolean set(Node root, FieldOverride o, List<Segment> path, Node value) {
    Node current = root;
    String walked = "";
    for (int s = 0; s < path.size(); s++) {
      Segment seg = path.get(s);
      boolean last = s == path.size() - 1;
      if (seg.isField()) {
        String here = ValueReader.join(walked, seg.field());
        if (!(current instanceof MappingNode mapping)) {
          report(o, seg.offset(), here, "a path into a mapping: " + (walked.isEmpty() ? "the file" : walked)
              + " has no fields", ValueReader.describe(current) + " at " + (walked.isEmpty() ? "the top" : walked));
          return false;
        }
        List<NodeTuple> tuples = mapping.getValue();
        int found = -1;
        List<String> keys = new ArrayList<>();
        for (int t = 0; t < tuples.size(); t++) {
          if (tuples.get(t).getKeyNode() instanceof ScalarNode k) {
            keys.add(k.getValue());
            if (found < 0 && k.getValue().equals(seg.field())) {
              found = t;
            }
          }
        }
        if (last && found < 0 && OTHER_NAME.containsKey(seg.field())) {
          found = indexOfKey(tuples, OTHER_NAME.get(seg.field()));
        }
        if (last) {
          // A field the file writes is known: problems are then about the value, reported at it. A field
          // added may be misspelt: problems are reported at its name.
          NodeTuple tuple = new NodeTuple(keyNode(o, seg, found < 0 ? null : value.getStartMark()), value);
          if (found < 0) {
            tuples.add(tuple);
          } else {
            tuples.set(found, tuple);
          }
          mapping.setValue(tuples);
          return true;
        }
        if (found < 0) {
          String suggestion = ValueReader.suggestion(seg.field(), keys);
          report(o, seg.offset(), here, "a field the file writes at " + (walked.isEmpty() ? "the top" : walked)
              + ValueReader.listed(keys) + (suggestion.isEmpty() ? "; a field the file does not write is set whole ("
              + ValueReader.join(walked, seg.field()) + "={...})" : ""), ValueReader.quote(seg.field()) + suggestion);
          return false;
        }
        current = tuples.get(found).getValueNode();
        walked = here;
      } else {
        String here = walked + "[" + seg.selector() + "]";
        if (!(current instanceof SequenceNode sequence)) {
          report(o, seg.offset(), here, "a list to select [" + seg.selector() + "] from",
              ValueReader.describe(current) + " at " + walked);
          return false;
        }
        List<Node> items = sequence.getValue();
        int index = select(o, seg, here, items);
        if (index < 0) {
          return false;
        }
        if (last) {
          items.set(index, value);
          return true;
        }
        current = items.get(index);
        walked = here;
      }
    }
    return true;
  }

  private static int indexOfKey(List<NodeTuple> tuples, String key) {
    for (int t = 0; t < tuples.size(); t++) {
      if (tuples.get(t).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return t;
      }
    }
    return -1;
  }

  /** The index of the item the selector names, or -1 after reporting that none is. */
  private int select(FieldOverride o, Segment seg, String here, List<Node> items) {
    String selector = seg.selector();
    if (ValueReader.INTEGER.matcher(selector).matches()) {
      long index = selector.length() > 9 ? Long.MAX_VALUE : Long.parseLong(selector);
      if (index >= 0 && index < items.size()) {
        return (int) index;
      }
      report(o, seg.offset(), here, items.isEmpty() ? "an item of a list, which is empty here"
          : "an index from 0 to " + (items.size() - 1) + " (the list has " + items.size() + " item"
              + (items.size() == 1 ? ")" : "s)"), ValueReader.quote(selector));
      return -1;
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<String> id = idOf(items.get(i));
      id.ifPresent(ids::add);
      if (id.isPresent() && id.get().equals(selector)) {
        return i;
      }
    }
    report(o, seg.offset(), here, "the id of an item there" + ValueReader.listed(ids) + ", or an index from 0",
        ValueReader.quote(selector) + ValueReader.suggestion(selector, ids));
    return -1;
  }

  /** The item's identifying field: its id, else its type, product or name. */
  static Optional<String> idOf(Node item) {
    for (String key : ITEM_KEYS) {
      Optional<String> v = ValueReader.peek(new ValueReader.Value(item, "", item.getStartMark(), null), key);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** The value after the '=', composed with marks at its place in the override. */
  private Optional<Node> compose(FieldOverride o, int offset) {
    String text = o.text().substring(offset);
    String name = MARK_PREFIX + o.source();
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    int before = problems.count();
    try {
      PlainYamlCheck plain = new PlainYamlCheck(problems, o.source());
      ParserImpl events = new ParserImpl(reader(text, name, o, offset), options);
      List<Event> all = new ArrayList<>();
      while (!events.checkEvent(Event.ID.StreamEnd)) {
        all.add(events.getEvent());
      }
      plain.check(all);
      if (problems.count() != before) {
        return Optional.empty();
      }
      Node node = new Composer(new ParserImpl(reader(text, name, o, offset), options), new Resolver(), options)
          .getSingleNode();
      if (node == null) {
        Mark at = mark(name, o, offset);
        node = new ScalarNode(Tag.NULL, "", at, at, DumperOptions.ScalarStyle.PLAIN);
      }
      return Optional.of(node);
    } catch (YAMLException e) {
      YamlFiles.report(e, text, o.source(), problems);
      if (problems.count() == before) {
        report(o, offset, "(set)", "a YAML value", String.valueOf(e.getMessage()).strip());
      }
      return Optional.empty();
    }
  }

  /** A reader of the value whose marks are at the value's place in the override's source. */
  private static StreamReader reader(String text, String name, FieldOverride o, int offset) {
    return new StreamReader(new StringReader(text)) {
      @Override
      public Mark getMark() {
        Mark m = super.getMark();
        int column = m.getLine() == 0 ? m.getColumn() + o.column() - 1 + offset : m.getColumn();
        return new Mark(name, m.getIndex(), m.getLine() + o.line() - 1, column, m.getBuffer(), m.getPointer());
      }
    };
  }

  private static Mark mark(String name, FieldOverride o, int offset) {
    return new Mark(name, offset, o.line() - 1, o.column() - 1 + offset, new int[0], 0);
  }

  /**
   * The key of a set field, at its name in the override or, when given, at the start of its value: problems
   * about the field are reported where the key is.
   */
  private static ScalarNode keyNode(FieldOverride o, Segment seg, Mark valueStart) {
    Mark at = valueStart != null ? valueStart : mark(MARK_PREFIX + o.source(), o, seg.offset());
    return new ScalarNode(Tag.STR, seg.field(), at, at, DumperOptions.ScalarStyle.PLAIN);
  }

  private void report(FieldOverride o, int offset, String field, String expected, String found) {
    problems.add(o.source(), o.line(), o.column() + offset, field, expected, found);
  }
}
