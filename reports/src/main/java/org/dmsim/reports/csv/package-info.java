/** CSV outputs of runs. */
package org.dmsim.reports.csv;
