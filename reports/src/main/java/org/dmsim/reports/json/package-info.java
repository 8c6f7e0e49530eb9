/**
 * JSON output of results ({@code summary.json}), written by hand with a small streaming writer so
 * that the output is stable: fields in a fixed order, numbers in a locale-independent form. The
 * rule: the same summary always gives the same bytes.
 */
package org.dmsim.reports.json;
