package org.dmsim.scenarios.format;

/**
 * Whether a field must be written and what its absence means: required, required only in some
 * cases, optional with a default value the reader uses (written as in a file), or optional with no
 * value (its absence means something, such as "no limit").
 */
public sealed interface Presence {
  /** The text of the "default" column of the reference. */
  String text();

  /** The field must be written. */
  record Required() implements Presence {
    @Override
    public String text() {
      return "required";
    }
  }

  /** The field must be written when {@code when} holds (e.g. "plants and microfactories"). */
  record RequiredWhen(String when) implements Presence {
    @Override
    public String text() {
      return "required for " + when;
    }
  }

  /** Optional; without it the reader uses {@code yaml}, a value as a file would write it ({@code 1}, {@code 0s}). */
  record Default(String yaml) implements Presence {
    @Override
    public String text() {
      return "`" + yaml + "`";
    }
  }

  /** Optional; without it, {@code meaning} (e.g. "no limit", "never fails"). */
  record Absent(String meaning) implements Presence {
    @Override
    public String text() {
      return meaning;
    }
  }
}
