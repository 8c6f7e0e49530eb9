/**
 * The entity SPI shared by every engine: {@link org.dmsim.model.entity.Entity} logic reacts to
 * timestamped messages through a {@link org.dmsim.model.entity.SimContext}, and a
 * {@link org.dmsim.model.entity.SimulationPlan} lists the nodes and their child entities. The rule:
 * entities share nothing and see the world only through their context, so the same classes run in
 * the sequential engine and as Akka actors.
 */
package org.dmsim.model.entity;
