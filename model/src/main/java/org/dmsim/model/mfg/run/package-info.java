/**
 * The manufacturing network's entities as the engines run them: customer regions, the order
 * platform, production nodes with their machines, distribution centres, suppliers and shipments,
 * the messages between them ({@link org.dmsim.model.mfg.run.MfgMessage}), the metric names they
 * record ({@link org.dmsim.model.mfg.run.Metrics}) and the plan that wires them together
 * ({@link org.dmsim.model.mfg.run.NetworkPlan}).
 */
package org.dmsim.model.mfg.run;
