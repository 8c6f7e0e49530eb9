/**
 * What a manufacturing run measures: the metric names entities record ({@link
 * org.dmsim.model.mfg.kpi.Metrics}) and the indicators computed from them over the measured interval
 * ({@link org.dmsim.model.mfg.kpi.ManufacturingKpis}), one small record per group of indicators over
 * the metrics summed in entity order. Sums must keep that order: floating-point addition is not
 * associative, and results are compared byte for byte.
 */
package org.dmsim.model.mfg.kpi;
