package org.dmsim.sim.actor;

import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.entity.CustomerOrder;
import org.dmsim.model.mfg.entity.MfgMessage;

/** One instance of every manufacturing-network message, for wire tests. */
final class MfgMessages {
  private MfgMessages() {}

  static List<Message> oneOfEach(EntityId region) {
    CustomerOrder order = new CustomerOrder(region, 5, 1, 2, 3, 1000, 9000);
    EntityId node = new EntityId(4, "mf-lyon");
    return List.of(new MfgMessage.NextOrder(2), new MfgMessage.PatienceUp(5), new MfgMessage.OrderPlaced(order),
        new MfgMessage.CancelRequest(region, 5), new MfgMessage.Assign(order), new MfgMessage.Cancel(region, 5),
        new MfgMessage.OrderLost(5, 3), MfgMessage.ReportDue.INSTANCE, new MfgMessage.ReviewDue(2),
        new MfgMessage.PeriodEnd(3), new MfgMessage.Status(1, 4, 2, new int[0]),
        new MfgMessage.StartJob(7, 1, 2, 0, 3, 90_000),
        new MfgMessage.WorkDone(3), new MfgMessage.Breakdown(-1), MfgMessage.Repaired.INSTANCE,
        new MfgMessage.JobFinished(7, 1, 0), new MfgMessage.MachineState(1, false),
        new MfgMessage.ConsolidationDue(2, 1), new MfgMessage.Replenish(node, 1, 40),
        new MfgMessage.BuyComponents(node, 0, 500), new MfgMessage.DispatchComponents(node, 0, 500),
        new MfgMessage.Delivered(order), new MfgMessage.StockArrived(1, 40), new MfgMessage.ComponentsArrived(0, 500),
        MfgMessage.Arrived.INSTANCE, new MfgMessage.NodeDown(true), new MfgMessage.CapacityLost(2, true),
        new MfgMessage.SourceSwitch(0, 2),
        new MfgMessage.Halt(true), new MfgMessage.StockLoss(0.5), new MfgMessage.PlatformDown(false),
        new MfgMessage.PlatformStale(true));
  }
}
