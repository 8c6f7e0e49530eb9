/**
 * What a manufacturing run measures: the metric names entities record ({@link
 * org.dmsim.model.mfg.kpi.Metrics}) and the indicators computed from them over the measured interval
 * ({@link org.dmsim.model.mfg.kpi.ManufacturingKpis}).
 */
package org.dmsim.model.mfg.kpi;
