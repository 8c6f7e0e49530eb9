package org.dmsim.scenarios.live;

/**
 * The indicators of one simulated day of a variant, from the run's daily series ({@code ManufacturingKpis.daily}).
 *
 * @param day          the day, from 0
 * @param fillRate     on-time units ÷ units due that day (NaN when nothing was due)
 * @param dueUnits     units due that day
 * @param backlogUnits the backlog of the day, units (time-weighted mean over the day)
 */
public record DayKpis(int day, double fillRate, double dueUnits, double backlogUnits) {}
