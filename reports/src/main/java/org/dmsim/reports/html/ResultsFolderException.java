package org.dmsim.reports.html;

/** A results folder that cannot be read back: a file missing, or a line or field not as written. */
public final class ResultsFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem, naming the file (and line) as the user should read it. */
  public ResultsFolderException(String message) {
    super(message);
  }
}
