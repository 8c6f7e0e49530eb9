package org.dmsim.scenarios.format;

import java.util.List;

/**
 * The type of a field's value, as the reference names it and the JSON Schema checks it. Values are
 * read as written: a number is a plain (unquoted) scalar, and quotes make any value a text.
 */
public sealed interface FieldType {
  /** The type in the reference's "type" column. */
  String text();

  /** A decimal integer, unquoted. */
  record Int() implements FieldType {
    @Override
    public String text() {
      return "integer";
    }
  }

  /** A decimal number, unquoted; not {@code .inf} or {@code .nan}. */
  record Decimal() implements FieldType {
    @Override
    public String text() {
      return "number";
    }
  }

  /** {@code true} or {@code false}, unquoted. */
  record Bool() implements FieldType {
    @Override
    public String text() {
      return "boolean";
    }
  }

  /** A name: lower-case letters, digits and {@code -}, not starting with {@code -}. */
  record Name() implements FieldType {
    @Override
    public String text() {
      return "name";
    }
  }

  /** Any single value, read as text. */
  record Text() implements FieldType {
    @Override
    public String text() {
      return "text";
    }
  }

  /** A duration: a number and a unit of ms, s, min, h, d or w. */
  record Duration() implements FieldType {
    @Override
    public String text() {
      return "duration";
    }
  }

  /** A time of day {@code HH:MM}. */
  record TimeOfDay() implements FieldType {
    @Override
    public String text() {
      return "time of day";
    }
  }

  /** One of a fixed list of words. */
  record Words(List<String> words) implements FieldType {
    public Words {
      words = List.copyOf(words);
    }

    @Override
    public String text() {
      return "one of " + String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
    }
  }

  /**
   * The id of something declared elsewhere ({@code target}, e.g. "a product"); {@code special} are
   * the other words allowed there, such as {@code *} or {@code @largest}.
   */
  record Reference(String target, List<String> special) implements FieldType {
    public Reference {
      special = List.copyOf(special);
    }

    @Override
    public String text() {
      String also = special.stream().map(s -> " or `\"" + s + "\"`").reduce("", String::concat);
      return "id of " + target + also;
    }
  }

  /** A list of values of {@code item}; {@code nonEmpty} when it needs at least one. */
  record ListOf(FieldType item, boolean nonEmpty) implements FieldType {
    @Override
    public String text() {
      return (nonEmpty ? "non-empty list" : "list") + " of " + item.text();
    }
  }

  /** A mapping whose fields are those of {@code section} (by its {@link Section#name()}). */
  record Mapping(String section) implements FieldType {
    @Override
    public String text() {
      return "mapping ([" + section + "](#" + Section.anchor(section) + "))";
    }
  }

  /** A mapping from some of {@code keys} to values of {@code value}. */
  record MapOf(List<String> keys, FieldType value) implements FieldType {
    public MapOf {
      keys = List.copyOf(keys);
    }

    @Override
    public String text() {
      return "mapping of " + String.join(", ", keys) + " to " + value.text();
    }
  }

  /** A value of any of {@code types} (e.g. a generator's target: an id, a lane or a site). */
  record AnyOf(List<FieldType> types) implements FieldType {
    public AnyOf {
      types = List.copyOf(types);
    }

    @Override
    public String text() {
      return String.join(" or ", types.stream().map(FieldType::text).toList());
    }
  }

  /** A random quantity: a bare value, or a mapping with a {@code kind} and its parameters; of time or of units. */
  record Distribution(boolean time) implements FieldType {
    @Override
    public String text() {
      return time ? "time distribution" : "order-size distribution";
    }
  }

  /** A rule: an installed rule's name, or {@code {rule: NAME, params: {...}}}; {@code builtIns} come with dmsim. */
  record Rule(List<String> builtIns) implements FieldType {
    public Rule {
      builtIns = List.copyOf(builtIns);
    }

    @Override
    public String text() {
      return "rule (" + String.join(", ", builtIns) + " or a plug-in)";
    }
  }
}
