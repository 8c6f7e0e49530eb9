/**
 * The geometry of each variant's network as the report's map draws it: its sites, suppliers and
 * regions at their coordinates, and its lanes with their normal flow, written to and read from a
 * results folder's {@code network.json}. It must depend only on the scenario, never on a run, so that
 * writing it cannot change a result.
 */
package org.dmsim.reports.network;
