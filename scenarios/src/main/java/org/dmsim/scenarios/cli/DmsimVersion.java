package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The dmsim version, for {@code dmsim --version}, {@code dmsim version} and each experiment's
 * {@code manifest.json}: the Maven project version, which the build writes into
 * {@code version.properties} (a filtered resource, so tests see it too), then the jar manifest's
 * {@code Implementation-Version}.
 */
final class DmsimVersion implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"dmsim " + version() + " on Java " + Runtime.version()};
  }

  /** The project version, or {@code (development build)} when the build has not recorded one. */
  static String version() {
    try (InputStream in = DmsimVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException unreadable) {
      // fall back to the manifest
    }
    String v = DmsimVersion.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
