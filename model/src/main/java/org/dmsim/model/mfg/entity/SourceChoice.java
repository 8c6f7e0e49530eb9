package org.dmsim.model.mfg.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.dmsim.model.mfg.spec.Windows;

/**
 * Which of two sources, a primary and a backup, gets orders at each instant: a pure function of the
 * sources' outage windows, computed once as a timeline of switches that the ordering entity puts in its
 * own schedule (it needs no message from the sources).
 *
 * <p>A source is <em>known to be out</em> from {@code switchOverMs} after an outage starts until
 * {@code switchBackDelayMs} after it ends; an outage no longer than the switch-over is never noticed.
 * At each instant where what is known changes, the mode is decided from the mode before:
 * <ul>
 *   <li>single sourcing, {@link SwitchBack#ON_RECOVERY}: the primary unless it is known out; then the
 *       backup unless that is known out too, when orders stay where they went;</li>
 *   <li>single sourcing, {@link SwitchBack#NEVER}: the source in use until it is known out while the
 *       other is not;</li>
 *   <li>dual sourcing: both ({@link Mode#SPLIT}) while neither or both are known out; only the other
 *       while one is; with {@link SwitchBack#NEVER} a dropped source is not taken back, and the node
 *       goes on with the other alone as in single sourcing.</li>
 * </ul>
 * Immutable; shares nothing.
 */
public final class SourceChoice {
  /** Where orders go. */
  public enum Mode {
    /** All to the primary. */
    PRIMARY,
    /** All to the backup. */
    BACKUP,
    /** Split between both ({@link SplitLedger}). */
    SPLIT
  }

  private static final Mode[] MODES = Mode.values();

  private final Mode initial;
  private final long[] atMs;
  private final Mode[] mode;

  private SourceChoice(Mode initial, long[] atMs, Mode[] mode) {
    this.initial = initial;
    this.atMs = atMs;
    this.mode = mode;
  }

  /**
   * The timeline for a primary out during {@code primaryOut} and a backup out during {@code backupOut};
   * {@code dual}: dual sourcing (starts split), else single sourcing (starts with the primary).
   */
  public static SourceChoice of(Windows primaryOut, Windows backupOut, long switchOverMs, SwitchBack switchBack,
      long switchBackDelayMs, boolean dual) {
    Objects.requireNonNull(switchBack, "switchBack");
    if (switchOverMs < 0 || switchBackDelayMs < 0) {
      throw new IllegalArgumentException("switch-over and switch-back delay must not be negative");
    }
    Windows outA = knownOut(primaryOut, switchOverMs, switchBackDelayMs);
    Windows outB = knownOut(backupOut, switchOverMs, switchBackDelayMs);
    long[] edges = edges(outA, outB);
    Mode start = dual ? Mode.SPLIT : Mode.PRIMARY;
    Mode current = start;
    List<Long> times = new ArrayList<>();
    List<Mode> modes = new ArrayList<>();
    for (long t : edges) {
      Mode next = decide(current, outA.contains(t), outB.contains(t), switchBack, dual);
      if (next != current) {
        times.add(t);
        modes.add(next);
        current = next;
      }
    }
    long[] at = new long[times.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = times.get(i);
    }
    return new SourceChoice(start, at, modes.toArray(new Mode[0]));
  }

  /** The mode after an instant at which the primary is ({@code outA}) or is not known out, and the backup ({@code outB}). */
  static Mode decide(Mode current, boolean outA, boolean outB, SwitchBack switchBack, boolean dual) {
    if (current == Mode.SPLIT || dual && switchBack == SwitchBack.ON_RECOVERY) {
      return outA == outB ? Mode.SPLIT : outA ? Mode.BACKUP : Mode.PRIMARY;
    }
    if (switchBack == SwitchBack.NEVER) {
      boolean currentOut = current == Mode.PRIMARY ? outA : outB;
      boolean otherOut = current == Mode.PRIMARY ? outB : outA;
      return currentOut && !otherOut ? other(current) : current;
    }
    if (!outA) {
      return Mode.PRIMARY;
    }
    return !outB ? Mode.BACKUP : current;
  }

  private static Mode other(Mode m) {
    return m == Mode.PRIMARY ? Mode.BACKUP : Mode.PRIMARY;
  }

  /** When a source is known to be out: each outage longer than the switch-over, shifted by it and the delay. */
  static Windows knownOut(Windows outages, long switchOverMs, long switchBackDelayMs) {
    long[] from = outages.starts();
    long[] to = outages.ends();
    List<long[]> known = new ArrayList<>();
    for (int i = 0; i < from.length; i++) {
      if (to[i] - from[i] > switchOverMs) {
        known.add(new long[] {from[i] + switchOverMs, to[i] + switchBackDelayMs});
      }
    }
    return Windows.of(known);
  }

  private static long[] edges(Windows a, Windows b) {
    long[] all = concat(concat(a.starts(), a.ends()), concat(b.starts(), b.ends()));
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private static long[] concat(long[] x, long[] y) {
    long[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  /** The mode at time 0, before any switch. */
  public Mode initial() {
    return initial;
  }

  /** How many switches there are. */
  public int switches() {
    return atMs.length;
  }

  /** When switch {@code i} happens, ms; in increasing order. */
  public long switchAtMs(int i) {
    return atMs[i];
  }

  /** The mode from switch {@code i} on. */
  public Mode switchTo(int i) {
    return mode[i];
  }

  /** The mode at {@code tMs} (a switch at {@code tMs} has happened). */
  public Mode at(long tMs) {
    int i = Arrays.binarySearch(atMs, tMs);
    int last = i >= 0 ? i : -i - 2;
    return last < 0 ? initial : mode[last];
  }

  /** The mode with ordinal {@code ordinal}, for a message that carries it. */
  static Mode mode(int ordinal) {
    return MODES[ordinal];
  }
}
