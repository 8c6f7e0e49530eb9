package org.dmsim.scenarios.cli;

/** A mistake on the command line, reported as one line and exit code 2. */
public final class UsageException extends RuntimeException {
  /** The mistake, said as the user should read it. */
  public UsageException(String message) {
    super(message);
  }
}
