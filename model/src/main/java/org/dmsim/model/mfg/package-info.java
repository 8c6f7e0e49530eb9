/**
 * The manufacturing network as a scenario describes it: products with routings and bills of
 * materials, machine types, production nodes and distribution centres, suppliers, demand regions,
 * the order platform, transport and costs. Immutable, validated records; {@link
 * org.dmsim.model.mfg.ManufacturingSpec#plan()} turns them into a simulation plan whose entities live
 * in {@code org.dmsim.model.mfg.run}.
 */
package org.dmsim.model.mfg;
