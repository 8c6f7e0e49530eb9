package org.dmsim.model.network;

import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;

/**
 * A machine of a factory: makes one order at a time, with an exponential processing time of the
 * given mean from its own {@code processing} stream, then reports back to its factory.
 *
 * <p>Metrics: {@code jobs} and the level {@code busy} (0 or 1; its time average is the utilization).
 */
public final class Machine implements Entity {
  private final EntityId factory;
  private final double meanProcessingMs;
  private RandomStream processing;
  private NetworkMessage.StartJob current;

  /** A machine of {@code factory} with mean processing time {@code meanProcessingMs}. */
  public Machine(EntityId factory, double meanProcessingMs) {
    this.factory = factory;
    this.meanProcessingMs = meanProcessingMs;
  }

  @Override
  public void onStart(SimContext ctx) {
    processing = ctx.random("processing");
    ctx.record(Observation.level(Kpi.BUSY, 0));
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof NetworkMessage.StartJob job) {
      if (current != null) {
        throw new IllegalStateException(ctx.self() + " got a job while busy");
      }
      current = job;
      ctx.record(Observation.level(Kpi.BUSY, 1));
      ctx.schedule(Math.round(processing.nextExponential(meanProcessingMs)), NetworkMessage.JobDone.INSTANCE);
    } else if (message instanceof NetworkMessage.JobDone) {
      NetworkMessage.StartJob job = current;
      current = null;
      ctx.record(Observation.count(Kpi.JOBS));
      ctx.record(Observation.level(Kpi.BUSY, 0));
      ctx.send(factory, 0, new NetworkMessage.JobFinished(job.order(), job.receivedMs(), ctx.self()));
    } else {
      throw new IllegalArgumentException("a machine does not handle " + message);
    }
  }
}
