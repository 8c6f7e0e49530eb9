/**
 * The manufacturing network's entities as the engines run them: customer regions, the order
 * platform, production nodes with their machines (workstations), distribution centres, suppliers and
 * shipments, and the messages between them ({@link org.dmsim.model.mfg.entity.MfgMessage}).
 */
package org.dmsim.model.mfg.entity;
