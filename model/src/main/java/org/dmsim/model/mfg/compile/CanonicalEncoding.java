package org.dmsim.model.mfg.compile;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import org.dmsim.model.geo.LaneSpec;

/**
 * A canonical byte encoding of compiled data, the input of {@link RunFingerprint}: every value is written
 * with a type tag and its length where it has one, so that two different values never encode alike and
 * equal values encode alike in any JVM. Records are written component by component (class and component
 * names included); lists and arrays in their order; sets and maps whose order is not defined by their type
 * ({@code Set.of}, {@code HashMap}: it changes from JVM to JVM) in the order of their elements' encodings.
 * Identity hash codes and {@code toString} never enter it; a type it does not know is an error rather
 * than a silent guess. Hand-written because the fingerprint must not depend on a serialization
 * library's choices (field order, number formatting) and the model module uses none.
 */
final class CanonicalEncoding {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** The bytes written so far. */
  byte[] bytes() {
    return out.toByteArray();
  }

  CanonicalEncoding string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    tag('S');
    length(b.length);
    out.write(b, 0, b.length);
    return this;
  }

  CanonicalEncoding integer(long v) {
    tag('J');
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
    return this;
  }

  /** A double by its bits (every NaN alike), so that no formatting enters. */
  CanonicalEncoding real(double v) {
    tag('D');
    long bits = Double.doubleToLongBits(v);
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (bits >>> shift));
    }
    return this;
  }

  /** Any value of the kinds listed in the class comment. */
  CanonicalEncoding value(Object v) {
    if (v == null) {
      tag('N');
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Double || v instanceof Float) {
      real(((Number) v).doubleValue());
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      integer(((Number) v).longValue());
    } else if (v instanceof Character c) {
      integer(c);
    } else if (v instanceof Boolean b) {
      tag(b ? 'T' : 'F');
    } else if (v instanceof Enum<?> e) {
      tag('E');
      string(e.getDeclaringClass().getName()).string(e.name());
    } else if (v instanceof Optional<?> o) {
      tag('O');
      value(o.orElse(null));
    } else if (v instanceof OptionalDouble o) {
      tag('O');
      value(o.isPresent() ? o.getAsDouble() : null);
    } else if (v instanceof OptionalLong o) {
      tag('O');
      value(o.isPresent() ? o.getAsLong() : null);
    } else if (v instanceof OptionalInt o) {
      tag('O');
      value(o.isPresent() ? o.getAsInt() : null);
    } else if (v instanceof Record r) {
      record(r);
    } else if (v instanceof LaneSpec l) {
      // A value class rather than a record (it keeps "not set" apart from 0): written field by field.
      tag('R');
      string(LaneSpec.class.getName()).value(l.key()).value(l.distanceKm()).value(l.transitMs())
          .value(l.transitCv()).value(l.costPerTonneKm()).value(l.co2KgPerTonneKm());
    } else if (v.getClass().isArray()) {
      tag('A');
      int n = Array.getLength(v);
      length(n);
      for (int i = 0; i < n; i++) {
        value(Array.get(v, i));
      }
    } else if (v instanceof List<?> || v instanceof SortedSet<?> || v instanceof LinkedHashSet<?>) {
      tag('L');
      Collection<?> c = (Collection<?>) v;
      length(c.size());
      c.forEach(this::value);
    } else if (v instanceof Collection<?> c) {
      tag('U');
      List<byte[]> encoded = new ArrayList<>();
      c.forEach(e -> encoded.add(new CanonicalEncoding().value(e).bytes()));
      sortedBlocks(encoded);
    } else if (v instanceof SortedMap<?, ?> || v instanceof LinkedHashMap<?, ?>) {
      tag('M');
      Map<?, ?> m = (Map<?, ?>) v;
      length(m.size());
      m.forEach((k, x) -> value(k).value(x));
    } else if (v instanceof Map<?, ?> m) {
      tag('H');
      List<byte[]> encoded = new ArrayList<>();
      m.forEach((k, x) -> encoded.add(new CanonicalEncoding().value(k).value(x).bytes()));
      sortedBlocks(encoded);
    } else {
      throw new IllegalArgumentException("no canonical encoding for a " + v.getClass().getName()
          + ": make it a record, or encode its parts");
    }
    return this;
  }

  private void record(Record r) {
    tag('R');
    string(r.getClass().getName());
    RecordComponent[] components = r.getClass().getRecordComponents();
    length(components.length);
    for (RecordComponent c : components) {
      string(c.getName());
      try {
        c.getAccessor().setAccessible(true);
        value(c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        if (e instanceof IllegalArgumentException bad && bad.getMessage() != null
            && bad.getMessage().startsWith("no canonical encoding")) {
          throw bad;
        }
        throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
      }
    }
  }

  private void sortedBlocks(List<byte[]> blocks) {
    blocks.sort(Arrays::compare);
    length(blocks.size());
    for (byte[] b : blocks) {
      length(b.length);
      out.write(b, 0, b.length);
    }
  }

  private void tag(char c) {
    out.write(c);
  }

  private void length(int n) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(n >>> shift);
    }
  }
}
