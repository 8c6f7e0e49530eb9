package org.dmsim.reports.html;

/** Text made safe to place in HTML, as element content or inside a quoted attribute. */
public final class HtmlText {
  private HtmlText() {}

  /** {@code text} with {@code & < > " '} replaced by character references. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
