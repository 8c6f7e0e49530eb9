package org.dmsim.scenarios.cli.option;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.dmsim.scenarios.experiment.StressTest;
import picocli.CommandLine.ITypeConverter;

/** The {@code --elements} value of {@code dmsim stress}: {@code nodes}, {@code lanes}, {@code ports} or {@code suppliers}. */
public final class ElementsOption implements ITypeConverter<StressTest.Elements> {
  @Override
  public StressTest.Elements convert(String value) {
    for (StressTest.Elements e : StressTest.Elements.values()) {
      if (e.cliName().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new Expected("'nodes', 'lanes', 'ports' or 'suppliers'");
  }

  /** The names, for help and shell completion. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(StressTest.Elements.values()).map(StressTest.Elements::cliName).iterator();
    }
  }
}
