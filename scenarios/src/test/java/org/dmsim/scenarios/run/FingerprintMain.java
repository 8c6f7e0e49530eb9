package org.dmsim.scenarios.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** For {@link RunDescriptionTest}: compiles the description in the JSON file {@code args[0]} in this JVM and prints its fingerprint. */
public final class FingerprintMain {
  private FingerprintMain() {}

  public static void main(String[] args) throws Exception {
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.println(RunCompiler.compile(RunDescription.fromJson(json)).fingerprint());
  }
}
