package org.dmsim.scenarios.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of one command: {@code --name value} pairs, {@code --flag}s and positional arguments,
 * with typed getters whose errors say which option expected what.
 */
public final class Options {
  private final String command;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> flags = new TreeSet<>();
  private final List<String> positional = new ArrayList<>();

  private Options(String command) {
    this.command = command;
  }

  /**
   * Parses {@code args} for {@code command}.
   *
   * @param valued the options that take a value (without {@code --})
   * @param flagNames the options that take none
   * @throws UsageException on an unknown option, a missing value, or a value given to a flag
   */
  public static Options parse(String command, String[] args, Set<String> valued, Set<String> flagNames) {
    Options o = new Options(command);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String inline = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          inline = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flagNames.contains(name)) {
          if (inline != null) {
            throw new UsageException(command + ": --" + name + " takes no value, got '" + a + "'");
          }
          o.flags.add(name);
        } else if (valued.contains(name)) {
          String v = inline;
          if (v == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(command + ": --" + name + " needs a value");
            }
            v = args[++i];
          }
          o.values.put(name, v);
        } else {
          TreeSet<String> known = new TreeSet<>(valued);
          known.addAll(flagNames);
          throw new UsageException(command + ": unknown option --" + name + " (options: --"
              + String.join(", --", known) + "; see 'dmsim help " + command + "')");
        }
      } else {
        o.positional.add(a);
      }
    }
    return o;
  }

  /** The command these options belong to, for messages. */
  public String command() {
    return command;
  }

  /** Positional arguments in order. */
  public List<String> positional() {
    return positional;
  }

  /** Whether {@code --name} was given as a flag. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** Whether {@code --name} was given a value. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The value of {@code --name}, or {@code fallback}. */
  public String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** A whole number of at least {@code min}. */
  public int integer(String name, int fallback, int min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new UsageException(command + ": --" + name + " expects a whole number of at least " + min + ", got '" + v + "'");
  }

  /** Any 64-bit whole number. */
  public long longValue(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(command + ": --" + name + " expects a whole number, got '" + v + "'");
    }
  }

  /** A finite number greater than {@code exclusiveMin}. */
  public double number(String name, double fallback, double exclusiveMin) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    double d = finite(v);
    if (d > exclusiveMin) {
      return d;
    }
    throw new UsageException(command + ": --" + name + " expects a number greater than " + plain(exclusiveMin)
        + ", got '" + v + "'");
  }

  /** A duration with its unit ({@code 14d}, {@code 36h}), in ms; at least {@code minMs}. */
  public long duration(String name, long fallbackMs, long minMs) {
    String v = values.get(name);
    if (v == null) {
      return fallbackMs;
    }
    long ms;
    try {
      ms = org.dmsim.model.time.Durations.parseMillis(v.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException(command + ": --" + name + " expects a duration such as 14d or 36h, got '" + v + "'");
    }
    if (ms < minMs) {
      throw new UsageException(command + ": --" + name + " expects at least "
          + org.dmsim.model.time.SimTime.format(minMs) + ", got '" + v + "'");
    }
    return ms;
  }

  /** A finite number of at least {@code min}. */
  public double numberAtLeast(String name, double fallback, double min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    double d = finite(v);
    if (d >= min) {
      return d;
    }
    throw new UsageException(command + ": --" + name + " expects a number of at least " + plain(min) + ", got '" + v
        + "'");
  }

  /** The number {@code v} holds, or NaN (which fails every bound) when it holds none or an infinite one. */
  private static double finite(String v) {
    try {
      double d = Double.parseDouble(v.trim());
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A bound as people write it: 0 rather than 0.0, 0.001 rather than 1.0E-3. */
  private static String plain(double bound) {
    return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }

  /** Fails if more than {@code max} positional arguments were given. */
  public void atMostPositional(int max) {
    if (positional.size() > max) {
      throw new UsageException(command + ": unexpected argument '" + positional.get(max) + "'");
    }
  }
}
