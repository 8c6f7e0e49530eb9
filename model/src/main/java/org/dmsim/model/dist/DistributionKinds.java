package org.dmsim.model.dist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Builds a {@link Distribution} from a kind and named parameters; behind {@link Distribution#of}. */
final class DistributionKinds {
  private static final String KINDS =
      "deterministic, exponential, lognormal, gamma, weibull, triangular, uniform";

  private DistributionKinds() {}

  static Distribution build(String kind, Map<String, Double> params) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(params, "params");
    String k = kind.trim().toLowerCase(Locale.ROOT);
    switch (k) {
      case "deterministic":
        expect(k, params, "value");
        return new Deterministic(get(k, params, "value"));
      case "exponential":
        expect(k, params, "mean");
        return new Exponential(get(k, params, "mean"));
      case "lognormal":
        expect(k, params, "mean", "cv");
        return new LogNormal(get(k, params, "mean"), get(k, params, "cv"));
      case "gamma":
        if (params.containsKey("shape") || params.containsKey("scale")) {
          expectEither(k, params, List.of("shape", "scale"), List.of("mean", "cv"));
          return new Gamma(get(k, params, "shape"), get(k, params, "scale"));
        }
        expectEither(k, params, List.of("mean", "cv"), List.of("shape", "scale"));
        return Gamma.ofMeanCv(get(k, params, "mean"), get(k, params, "cv"));
      case "weibull":
        if (params.containsKey("mean")) {
          expectEither(k, params, List.of("shape", "mean"), List.of("shape", "scale"));
          return Weibull.ofMean(get(k, params, "shape"), get(k, params, "mean"));
        }
        expectEither(k, params, List.of("shape", "scale"), List.of("shape", "mean"));
        return new Weibull(get(k, params, "shape"), get(k, params, "scale"));
      case "triangular":
        expect(k, params, "min", "mode", "max");
        return new Triangular(get(k, params, "min"), get(k, params, "mode"), get(k, params, "max"));
      case "uniform":
        expect(k, params, "min", "max");
        return new Uniform(get(k, params, "min"), get(k, params, "max"));
      case "empirical":
        throw new IllegalArgumentException(
            "empirical: takes a list of observations, not named parameters; construct Empirical directly");
      default:
        throw new IllegalArgumentException("unknown distribution kind '" + kind + "'; expected one of "
            + KINDS + ", empirical");
    }
  }

  private static void expect(String kind, Map<String, Double> params, String... names) {
    rejectUnknown(kind, params, Set.of(names), String.join(", ", names));
    for (String name : names) {
      if (!params.containsKey(name)) {
        throw new IllegalArgumentException(kind + ": missing parameter '" + name + "'; expected "
            + String.join(", ", names));
      }
    }
  }

  /** Accepts exactly the {@code chosen} set, naming the {@code alternative} set in messages. */
  private static void expectEither(String kind, Map<String, Double> params, List<String> chosen,
      List<String> alternative) {
    String either = String.join(" and ", chosen) + ", or " + String.join(" and ", alternative);
    rejectUnknown(kind, params, Set.copyOf(chosen), either);
    for (String name : chosen) {
      if (!params.containsKey(name)) {
        throw new IllegalArgumentException(kind + ": missing parameter '" + name + "'; expected " + either);
      }
    }
  }

  private static void rejectUnknown(String kind, Map<String, Double> params, Set<String> allowed,
      String expected) {
    // Sorted, so the message does not depend on the map's iteration order.
    for (String name : new TreeSet<>(params.keySet())) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(kind + ": unexpected parameter '" + name + "'; expected "
            + expected);
      }
    }
  }

  private static double get(String kind, Map<String, Double> params, String name) {
    Double value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException(kind + ": parameter '" + name + "' has no value");
    }
    return value;
  }
}
