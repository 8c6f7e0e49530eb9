package org.dmsim.scenarios.yaml;

/**
 * Makes text taken from a file safe to print on a terminal, in one line of bounded length: control
 * characters and invisible formatting characters (bidirectional overrides such as U+202E, zero-width
 * joiners, byte order marks) are shown as {@code \}{@code uXXXX}, so that a name in a file can neither
 * reorder nor recolour the line it is printed in, and text longer than the limit is cut with a note of
 * how much was left out.
 */
final class TerminalText {
  private TerminalText() {}

  /** The text with every unsafe character escaped and cut to at most about {@code maxChars} characters. */
  static String safe(String text, int maxChars) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), maxChars) + 16);
    int i = 0;
    while (i < text.length() && b.length() < maxChars) {
      int cp = text.codePointAt(i);
      appendEscaped(b, cp);
      i += Character.charCount(cp);
    }
    if (i < text.length()) {
      b.append("... (").append(text.length() - i).append(" more characters)");
    }
    return b.toString();
  }

  /** Appends one code point, escaped when it is unsafe to print. */
  static void appendEscaped(StringBuilder b, int cp) {
    if (isUnsafe(cp)) {
      b.append(String.format("\\u%04x", cp));
    } else {
      b.appendCodePoint(cp);
    }
  }

  /** Control, format (bidirectional and zero-width marks), unassigned, private-use and lone surrogate code points. */
  static boolean isUnsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
