package org.dmsim.scenarios.experiment;

/**
 * An experiment cannot go on from its {@link RunRecord}: the record is missing, damaged, or was written
 * for other inputs. The message says which, as the user should read it.
 */
public final class ResumeRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reason, said as the user should read it. */
  public ResumeRefused(String message) {
    super(message);
  }
}
