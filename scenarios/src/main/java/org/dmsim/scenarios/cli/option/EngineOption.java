package org.dmsim.scenarios.cli.option;

import java.util.Arrays;
import java.util.Iterator;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.ITypeConverter;

/** The {@code --engine} value: {@code actors} or {@code sequential}, in lower case as on the command line. */
public final class EngineOption implements ITypeConverter<EngineKind> {
  @Override
  public EngineKind convert(String value) {
    try {
      return EngineKind.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Expected("'actors' or 'sequential'");
    }
  }

  /** The engine names, for help ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(EngineKind.values()).map(EngineKind::cliName).iterator();
    }
  }
}
