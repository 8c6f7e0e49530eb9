package org.dmsim.scenarios.cli.option;

import picocli.CommandLine.TypeConversionException;

/**
 * An option value that is not what the option takes. The message is only the expectation ("a whole
 * number of at least 1"); the command line's error handler turns it into
 * {@code --threads expects a whole number of at least 1, got 'x'}.
 */
public final class Expected extends TypeConversionException {
  /** @param expectation what the option takes, as the object of "expects" */
  public Expected(String expectation) {
    super(expectation);
  }
}
