package org.dmsim.scenarios.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of damage the fuzz corpus does to a valid YAML file, each a pure function of the text and
 * a random stream: what users type by mistake (deleted keys, wrong types, units and signs), what
 * editors do (truncation, tabs, line endings, encodings) and what a hostile file tries (deep nesting,
 * alias bombs, tags, huge values, control and bidirectional characters).
 */
enum Mutation {
  DELETE_LINE {
    @Override
    String apply(String text, SplittableRandom r) {
      List<String> lines = lines(text);
      lines.remove(r.nextInt(lines.size()));
      return join(lines);
    }
  },
  DUPLICATE_LINE {
    @Override
    String apply(String text, SplittableRandom r) {
      List<String> lines = lines(text);
      int i = r.nextInt(lines.size());
      lines.add(i, lines.get(i));
      return join(lines);
    }
  },
  SWAP_LINES {
    @Override
    String apply(String text, SplittableRandom r) {
      List<String> lines = lines(text);
      int i = r.nextInt(lines.size());
      int j = r.nextInt(lines.size());
      String a = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, a);
      return join(lines);
    }
  },
  REPLACE_VALUE {
    @Override
    String apply(String text, SplittableRandom r) {
      return replaceValue(text, r, pick(r, VALUES));
    }
  },
  NUMBER_EXTREME {
    @Override
    String apply(String text, SplittableRandom r) {
      return replaceNumber(text, r, pick(r, NUMBERS));
    }
  },
  UNIT_CHANGE {
    @Override
    String apply(String text, SplittableRandom r) {
      String[] units = {"ms", "s", "min", "h", "d", "w", "y", "", "days", "hours", "kg", "%"};
      return replaceNumber(text, r, r.nextInt(1, 100000000) + pick(r, units));
    }
  },
  TRUNCATE {
    @Override
    String apply(String text, SplittableRandom r) {
      return text.substring(0, r.nextInt(text.length() + 1));
    }
  },
  GARBAGE {
    @Override
    String apply(String text, SplittableRandom r) {
      StringBuilder b = new StringBuilder(text);
      int at = r.nextInt(b.length() + 1);
      for (int i = r.nextInt(1, 40); i > 0; i--) {
        b.insert(at, (char) r.nextInt(0x20, 0x7f));
      }
      return b.toString();
    }
  },
  CONTROL_AND_BIDI {
    @Override
    String apply(String text, SplittableRandom r) {
      String[] odd = {"\u202e", "\u200b", "\u0007", "\t", "\u0000", "\ufeff", "\u2028", "\ud800", "\u00e9", "\ud83d\ude80"};
      StringBuilder b = new StringBuilder(text);
      b.insert(r.nextInt(b.length() + 1), pick(r, odd));
      return b.toString();
    }
  },
  INDENT {
    @Override
    String apply(String text, SplittableRandom r) {
      List<String> lines = lines(text);
      int i = r.nextInt(lines.size());
      lines.set(i, (r.nextBoolean() ? "  " : "\t") + lines.get(i));
      return join(lines);
    }
  },
  DEEP_NESTING {
    @Override
    String apply(String text, SplittableRandom r) {
      int depth = pick(r, new Integer[] {39, 41, 60, 1000, 100_000});
      String open = r.nextBoolean() ? "[" : "{a: ";
      return replaceValue(text, r, open.repeat(depth));
    }
  },
  ALIASES {
    @Override
    String apply(String text, SplittableRandom r) {
      StringBuilder bomb = new StringBuilder("\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (int i = 1; i < 10; i++) {
        String prev = "*a" + (i - 1);
        bomb.append("x").append(i).append(": &a").append(i).append(" [").append(String.join(", ", List.of(prev, prev,
            prev, prev, prev, prev, prev, prev, prev))).append("]\n");
      }
      return r.nextBoolean() ? text + bomb : replaceValue(text, r, "&anchor 3") + "\nother: *anchor\n";
    }
  },
  TAGS {
    @Override
    String apply(String text, SplittableRandom r) {
      String[] tags = {"!!str ", "!!int ", "!!float ", "!custom ", "!!binary ", "!!java.io.File ", "!!set "};
      return replaceValue(text, r, pick(r, tags) + "1");
    }
  },
  HUGE_VALUE {
    @Override
    String apply(String text, SplittableRandom r) {
      int length = pick(r, new Integer[] {9_999, 10_001, 50_000});
      return replaceValue(text, r, "x".repeat(length));
    }
  },
  UNICODE_ID {
    @Override
    String apply(String text, SplittableRandom r) {
      String[] ids = {"plänt", "工場", "\u202eevil", "a".repeat(65), "A-B", "-x", "x--y", "x\u200by", "😀"};
      return text.replaceFirst("id: [a-z0-9-]+", "id: \"" + pick(r, ids) + "\"");
    }
  },
  LINE_ENDINGS {
    @Override
    String apply(String text, SplittableRandom r) {
      return r.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("\n", "\r");
    }
  },
  EMPTY_OR_BLANK {
    @Override
    String apply(String text, SplittableRandom r) {
      return pick(r, new String[] {"", " ", "\n\n", "# only a comment\n", "---\n", "---\n...\n---\n", "~", "[]", "{}"});
    }
  },
  SECOND_DOCUMENT {
    @Override
    String apply(String text, SplittableRandom r) {
      return text + "\n---\n" + text;
    }
  };

  /** Values that break types: lists, mappings, words, numbers in quotes, nothing. */
  static final String[] VALUES = {"[]", "{}", "[1, 2]", "{a: 1}", "yes", "no", "null", "~", "\"\"", "\"12\"", "-1",
      "0", "1e400", ".nan", ".inf", "-.inf", "0x10", "010", "1_000", "12:30", "2026-12-07", "true", "[[[]]]", "x"};
  /** Numbers at and beyond the edges of every range. */
  static final String[] NUMBERS = {"0", "-0", "-1", "1e9", "1e300", "1e-300", "4.9e-324", "1.7976931348623157e308",
      "9223372036854775807", "99999999999", "-99999999999", ".nan", ".inf", "0.0000001", "NaN", "1e-12", "2147483648"};

  /** The mutated text. */
  abstract String apply(String text, SplittableRandom r);

  private static String replaceValue(String text, SplittableRandom r, String value) {
    List<String> lines = lines(text);
    List<Integer> keyed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s*(- )?[A-Za-z][A-Za-z0-9]*:.*") && !lines.get(i).strip().startsWith("#")) {
        keyed.add(i);
      }
    }
    if (keyed.isEmpty()) {
      return text + value;
    }
    int i = keyed.get(r.nextInt(keyed.size()));
    String line = lines.get(i);
    int colon = line.indexOf(':');
    lines.set(i, line.substring(0, colon + 1) + " " + value);
    return join(lines);
  }

  private static String replaceNumber(String text, SplittableRandom r, String number) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[ :\\[,])[0-9]+(\\.[0-9]+)?(?=[a-z%]*[ ,\\]}\\n])")
        .matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(r.nextInt(spans.size()));
    return text.substring(0, s[0]) + number + text.substring(s[1]);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  private static <T> T pick(SplittableRandom r, T[] choices) {
    return choices[r.nextInt(choices.length)];
  }
}
