/** The output files of a resilience experiment: indicators, comparisons, series, disruptions, summary, manifest. */
package org.dmsim.reports.experiment;
