package org.dmsim.scenarios.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the browser tests run here: they run when Debian's {@code chromium} and {@code chromedriver}
 * are found; without them they are skipped on a developer's machine, but fail under CI (environment
 * variable {@code CI} set, as GitHub Actions, GitLab and {@code .ci/run}'s callers set it), so that a
 * CI image without the browser cannot pass by skipping.
 *
 * @param chromium     the browser executable, when found
 * @param chromedriver the matching driver executable, when found
 * @param ci           whether the environment variable {@code CI} is set (to anything but empty)
 */
public record BrowserRequirement(Optional<Path> chromium, Optional<Path> chromedriver, boolean ci) {
  /** The Debian packages that provide both executables. */
  public static final String PACKAGES = "chromium chromium-driver";

  /** What a test class needing the browser does. */
  public enum Outcome {
    /** Both executables were found. */
    RUN,
    /** Not found and not under CI: the tests are skipped with {@link #message()}. */
    SKIP,
    /** Not found under CI: the tests fail with {@link #message()}. */
    FAIL
  }

  /** Rejects null. */
  public BrowserRequirement {
    java.util.Objects.requireNonNull(chromium, "chromium");
    java.util.Objects.requireNonNull(chromedriver, "chromedriver");
  }

  /** Looks for {@code chromium} and {@code chromedriver} on {@code PATH} as {@code env} gives it. */
  public static BrowserRequirement of(Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    String ci = env.getOrDefault("CI", "");
    return new BrowserRequirement(onPath("chromium", path), onPath("chromedriver", path), !ci.isEmpty());
  }

  /** This process's requirement ({@link System#getenv()}). */
  public static BrowserRequirement ofThisMachine() {
    return of(System.getenv());
  }

  /** Run, skip or fail. */
  public Outcome outcome() {
    if (chromium.isPresent() && chromedriver.isPresent()) {
      return Outcome.RUN;
    }
    return ci ? Outcome.FAIL : Outcome.SKIP;
  }

  /** Why the tests do not run, naming what is missing and the packages to install; empty when they run. */
  public String message() {
    if (outcome() == Outcome.RUN) {
      return "";
    }
    String missing = chromium.isEmpty() && chromedriver.isEmpty() ? "chromium and chromedriver are"
        : chromium.isEmpty() ? "chromium is" : "chromedriver is";
    String fix = "install them with: apt-get install -y " + PACKAGES;
    return ci ? missing + " not on PATH and CI is set, so the browser tests must run: " + fix
        : missing + " not on PATH: browser tests skipped (they fail instead when CI is set); " + fix;
  }

  private static Optional<Path> onPath(String name, String path) {
    for (String dir : path.split(Pattern.quote(java.io.File.pathSeparator))) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
