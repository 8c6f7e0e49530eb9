/**
 * The manufacturing network as a scenario describes it: products with routings and bills of
 * materials, machine types, production nodes and distribution centres, suppliers, demand regions,
 * the order platform, transport and costs. Immutable, validated records and no behaviour beyond
 * checking themselves; {@code org.dmsim.model.mfg.compile} turns them into a run.
 */
package org.dmsim.model.mfg.spec;
