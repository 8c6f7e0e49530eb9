package org.dmsim.scenarios.cli.option;

import org.dmsim.scenarios.generate.GeneratorRequest;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for options that take a whole number. picocli creates converters without arguments, so
 * each lower bound is a class of its own. Surrounding spaces are ignored; fractions and numbers beyond
 * the type's range are rejected, never rounded or wrapped.
 */
public final class WholeNumberOption {
  /** The most threads any command takes. */
  public static final int MAX_THREADS = 256;
  /** The most replications any command takes (a scenario file's {@code replications} has the same bound). */
  public static final int MAX_REPLICATIONS = ScenarioLoader.MAX_REPLICATIONS;

  private WholeNumberOption() {}

  /** A whole number of at least 0, such as a count of warm-up runs. */
  public static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0);
    }
  }

  /** A whole number of at least 1, such as threads or replications. */
  public static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1);
    }
  }

  /** A whole number of at least 2, such as a thread count compared with one. */
  public static final class AtLeastTwo implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 2);
    }
  }

  /**
   * A number of threads, from 1 to {@link #MAX_THREADS}: each thread is a replication's engine or an
   * actor dispatcher thread, so thousands only cost start-up time and memory on any machine.
   */
  public static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 1, MAX_THREADS);
    }
  }

  /** A number of replications, from 1 to {@link #MAX_REPLICATIONS}, the same bound as a scenario file's. */
  public static final class Replications implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 1, MAX_REPLICATIONS);
    }
  }

  /** A number of generated sites, from 1 to {@link GeneratorRequest#MAX_SITES}. */
  public static final class Sites implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 1, GeneratorRequest.MAX_SITES);
    }
  }

  /** A number of generated regions, from 1 to {@link GeneratorRequest#MAX_REGIONS}. */
  public static final class Regions implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 1, GeneratorRequest.MAX_REGIONS);
    }
  }

  /** A ceiling on replications that must allow a pilot of 2, from 2 to {@link #MAX_REPLICATIONS}. */
  public static final class MaxReplications implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 2, MAX_REPLICATIONS);
    }
  }

  /** Any 64-bit whole number, such as a seed. */
  public static final class AnyLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new Expected("a whole number");
      }
    }
  }

  /**
   * {@code value} as an int of at least {@code min}.
   *
   * @throws Expected saying which whole numbers the option takes
   */
  public static int atLeast(String value, int min) {
    return within(value, min, Integer.MAX_VALUE, "a whole number of at least " + min);
  }

  /**
   * {@code value} as an int from {@code min} to {@code max}.
   *
   * @throws Expected saying which whole numbers the option takes
   */
  public static int between(String value, int min, int max) {
    return within(value, min, max, "a whole number from " + min + " to " + max);
  }

  private static int within(String value, int min, int max, String expected) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below, like a number outside the bounds
    }
    throw new Expected(expected);
  }
}
