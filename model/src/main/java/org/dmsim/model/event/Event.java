package org.dmsim.model.event;

import java.util.Objects;
import org.dmsim.model.time.SimTime;

/**
 * A timestamped message to one entity. The key {@code (timeMs, priority, sourceIndex, sourceSeq)}
 * is unique ({@code sourceSeq} is the sender's own counter) and totally orders all events of a run,
 * whoever runs them and wherever (DESIGN.md section 2).
 *
 * @param timeMs      when the event happens, in ms of simulated time
 * @param priority    tie-break class at equal time, lower first, within a 16-bit range (see {@link Message#priority()})
 * @param sourceIndex the dense index of the sending entity
 * @param sourceSeq   the sender's sequence number of this send, from 1 up
 * @param targetIndex the dense index of the receiving entity
 * @param message     the payload
 */
public record Event(long timeMs, int priority, long sourceIndex, long sourceSeq, long targetIndex, Message message) {
  /** The latest representable event time: 2^47 - 1 ms, about 4,400 years. */
  public static final long MAX_TIME_MS = SimTime.LATEST_MS;

  public Event {
    Objects.requireNonNull(message, "message");
    if (timeMs < 0 || timeMs > MAX_TIME_MS) {
      throw new IllegalArgumentException("event time must be within 0.." + MAX_TIME_MS + " ms: " + timeMs);
    }
    if (priority < Message.FIRST || priority > Message.LAST) {
      throw new IllegalArgumentException("priority must be within " + Message.FIRST + ".." + Message.LAST + ": "
          + priority);
    }
  }

  /** Compares two events by key: time, then priority, then source index, then source sequence. */
  public static int compare(Event a, Event b) {
    if (a.timeMs != b.timeMs) {
      return a.timeMs < b.timeMs ? -1 : 1;
    }
    if (a.priority != b.priority) {
      return a.priority < b.priority ? -1 : 1;
    }
    if (a.sourceIndex != b.sourceIndex) {
      return a.sourceIndex < b.sourceIndex ? -1 : 1;
    }
    return Long.compare(a.sourceSeq, b.sourceSeq);
  }

  /** A short description for error messages: key, target and payload type. */
  public String describe() {
    return "event(t=" + timeMs + "ms, priority=" + priority + ", from #" + sourceIndex + " seq " + sourceSeq
        + ", to #" + targetIndex + ", " + message.getClass().getSimpleName() + ")";
  }
}
