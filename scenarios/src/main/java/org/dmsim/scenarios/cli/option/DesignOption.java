package org.dmsim.scenarios.cli.option;

import java.util.Arrays;
import java.util.Iterator;
import org.dmsim.scenarios.generate.NetworkDesign;
import picocli.CommandLine.ITypeConverter;

/** The {@code --design} value of {@code dmsim generate}: {@code centralized} or {@code distributed}. */
public final class DesignOption implements ITypeConverter<NetworkDesign> {
  @Override
  public NetworkDesign convert(String value) {
    for (NetworkDesign d : NetworkDesign.values()) {
      if (d.word().equals(value.trim())) {
        return d;
      }
    }
    throw new Expected("'centralized' or 'distributed'");
  }

  /** The design words, for help and shell completion. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(NetworkDesign.values()).map(NetworkDesign::word).iterator();
    }
  }
}
