package org.dmsim.scenarios.cli.option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --plugins DIR} option: every {@code .jar} in the folder (in name order) joins the class
 * path of policy rules ({@link PolicyCatalog#usePlugins}), before any scenario is read, so scenarios
 * can name the rules those jars provide. Rules on dmsim's own class path are always there. The jars
 * loaded are remembered ({@link #loadedJars}) because they are inputs of a run: a resumed experiment
 * checks them like its scenario files.
 */
public final class PluginsOption {
  private static volatile List<Path> loaded = List.of();

  /** The plug-in jars this command line loaded with {@code --plugins}, in name order; empty without. */
  public static List<Path> loadedJars() {
    return loaded;
  }

  /** Starts a command line: no jars loaded by it yet (one process may run several, as tests do). */
  public static void startCommand() {
    loaded = List.of();
  }

  /** Installs the jars' class loader; called by picocli while the command line is parsed. */
  @Option(names = "--plugins", paramLabel = "DIR", converter = Jars.class,
      description = "A folder of plug-in jars (policy rules found by ServiceLoader, docs/plugins.md) to load "
          + "before reading scenarios (default: none).")
  void plugins(ClassLoader jars) {
    PolicyCatalog.usePlugins(jars);
  }

  /** The class loader over a folder's jars, checked: a folder, readable, with at least one jar. */
  public static final class Jars implements ITypeConverter<ClassLoader> {
    @Override
    public ClassLoader convert(String dir) {
      return loader(dir);
    }
  }

  private static ClassLoader loader(String dir) {
    Path folder;
    try {
      folder = Path.of(dir);
    } catch (InvalidPathException e) {
      throw new Expected("a folder of plug-in jars (" + e.getReason() + ")");
    }
    if (!Files.isDirectory(folder)) {
      throw new Expected("a folder of plug-in jars; " + dir + " is not a folder");
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(folder)) {
      jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new Expected("a readable folder of plug-in jars (" + e.getMessage() + ")");
    }
    if (jars.isEmpty()) {
      throw new Expected("a folder with at least one .jar; " + dir + " has none");
    }
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaded = List.copyOf(jars);
    return new URLClassLoader("dmsim-plugins", urls, PolicyCatalog.class.getClassLoader());
  }
}
