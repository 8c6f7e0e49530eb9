package org.dmsim.model.mfg.entity;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * A context for driving one entity by hand: it keeps what the entity sends ({to, message, delay ms}),
 * at a fixed time of 1 h; random streams are seeded by their purpose's length.
 */
final class RecordingContext implements SimContext {
  final List<Object[]> sent = new ArrayList<>();

  List<Long> assignedTo(EntityId site) {
    List<Long> seqs = new ArrayList<>();
    for (Object[] s : sent) {
      if (s[0].equals(site) && s[1] instanceof MfgMessage.Assign a) {
        seqs.add(a.order().seq());
      }
    }
    return seqs;
  }

  long assignedUnits() {
    long units = 0;
    for (Object[] s : sent) {
      if (s[1] instanceof MfgMessage.Assign a) {
        units += a.order().units();
      }
    }
    return units;
  }

  @Override
  public long now() {
    return SimTime.HOUR_MS;
  }

  @Override
  public long endMs() {
    return 10 * SimTime.DAY_MS;
  }

  @Override
  public EntityId self() {
    return new EntityId(4, "platform");
  }

  @Override
  public void send(EntityId to, long delayMs, Message message) {
    sent.add(new Object[] {to, message, delayMs});
  }

  @Override
  public void schedule(long delayMs, Message message) {
    send(self(), delayMs, message);
  }

  @Override
  public EntityId spawn(EntitySpec spec) {
    throw new UnsupportedOperationException("the platform spawns nothing");
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException("the platform does not stop");
  }

  @Override
  public RandomStream random(String purpose) {
    return new RandomStream(purpose.length());
  }

  @Override
  public void record(Observation observation) {}
}
