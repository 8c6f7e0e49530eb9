package org.dmsim.scenarios.format;

import java.util.Objects;
import org.dmsim.model.time.Durations;

/**
 * One field of a mapping in a scenario, market or experiment file: its name, type, unit (empty when
 * it has none), whether it is required or its default, the numbers it accepts, a one-line
 * description for the reference, and the phrase problems use after "expected" ({@code expected}).
 * The range of a duration is in milliseconds; a number's range is in the field's unit. Readers refuse
 * a value outside the range, so the range is what dmsim can represent and finds plausible: its
 * ceilings keep every sum of times within the engine's time range (issue 10).
 */
public record Field(String name, FieldType type, String unit, Presence presence, Range range, String description,
    String expected) {

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(expected, "expected");
    if (!range.isAny() && !(type instanceof FieldType.Int || type instanceof FieldType.Decimal
        || type instanceof FieldType.Duration || type instanceof FieldType.MapOf)) {
      throw new IllegalArgumentException(name + ": a range needs a numeric type or a duration");
    }
  }

  /** Whether the field must always be written. */
  public boolean required() {
    return presence instanceof Presence.Required;
  }

  /** This field, optional with the default {@code yaml} (written as in a file). */
  public Field orDefault(String yaml) {
    return new Field(name, type, unit, new Presence.Default(yaml), range, description, expected);
  }

  /** This field, optional; without it, {@code meaning}. */
  public Field orAbsent(String meaning) {
    return new Field(name, type, unit, new Presence.Absent(meaning), range, description, expected);
  }

  /** This field, required only when {@code when} holds. */
  public Field requiredFor(String when) {
    return new Field(name, type, unit, new Presence.RequiredWhen(when), range, description, expected);
  }

  /** This field with the numbers it accepts. */
  public Field within(Range accepted) {
    return new Field(name, type, unit, presence, accepted, description, expected);
  }

  /** This field with {@code phrase} as what problems say is expected. */
  public Field expecting(String phrase) {
    return new Field(name, type, unit, presence, range, description, phrase);
  }

  /** A bound of the range as written in a file: a duration for a duration field, else a number. */
  public String bound(double x) {
    return type instanceof FieldType.Duration && x != 0 ? Durations.format((long) x) : Range.number(x);
  }

  /** The range for people, bounds written as in a file, with the unit; empty when unbounded. */
  public String rangeText() {
    String text = range.text(this::bound);
    return text.isEmpty() || unit.isEmpty() ? text : text + " " + unit;
  }

  /** The default as written in a file; fails for a field without one. */
  public String defaultYaml() {
    if (presence instanceof Presence.Default d) {
      return d.yaml();
    }
    throw new IllegalStateException(name + " has no default value");
  }

  /** The default of a number field. */
  public double defaultDouble() {
    return Double.parseDouble(defaultYaml());
  }

  /** The default of an integer field. */
  public long defaultLong() {
    return Long.parseLong(defaultYaml());
  }

  /** The default of a boolean field. */
  public boolean defaultBoolean() {
    return Boolean.parseBoolean(defaultYaml());
  }
}
