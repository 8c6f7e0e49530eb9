package org.dmsim.model.phold;

import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;

/**
 * One PHOLD logical process. It starts with {@code eventsPerProcess} tokens at exponential times;
 * each token it handles goes to a uniformly chosen process (itself included) after
 * {@code lookaheadMs} plus an exponential delay of mean {@code meanMs}.
 */
public final class PholdProcess implements Entity {
  private final List<EntityId> processes;
  private final int eventsPerProcess;
  private final long lookaheadMs;
  private final double meanMs;
  private RandomStream delays;
  private RandomStream destinations;

  /** A process that forwards tokens among {@code processes}. */
  public PholdProcess(List<EntityId> processes, int eventsPerProcess, long lookaheadMs, double meanMs) {
    this.processes = processes;
    this.eventsPerProcess = eventsPerProcess;
    this.lookaheadMs = lookaheadMs;
    this.meanMs = meanMs;
  }

  @Override
  public void onStart(SimContext ctx) {
    delays = ctx.random("delay");
    destinations = ctx.random("destination");
    for (int i = 0; i < eventsPerProcess; i++) {
      ctx.schedule((long) delays.nextExponential(meanMs), PholdMessage.Hop.INSTANCE);
    }
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    EntityId to = processes.get(destinations.nextInt(processes.size()));
    ctx.send(to, lookaheadMs + (long) delays.nextExponential(meanMs), message);
  }
}
