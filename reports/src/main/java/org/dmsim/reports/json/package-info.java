/**
 * JSON output of results ({@code summary.json}, {@code manifest.json}), written with Jackson trees so
 * that the output is stable: members in a fixed order, numbers as the shortest exact decimal. The
 * rule: the same summary always gives the same bytes.
 */
package org.dmsim.reports.json;
