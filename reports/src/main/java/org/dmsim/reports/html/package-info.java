/**
 * The experiment report, {@code report.html}: one self-contained page read back from a results folder's
 * files ({@code summary.json}, {@code manifest.json}, {@code timeseries.csv}, {@code disruptions.csv}, and
 * {@code network.json} for the maps when present), so
 * it can be re-rendered without simulating. The rule it must not break: nothing on the page is fetched —
 * charts are inline SVG, style is inline CSS, there are no scripts — and every text taken from a file is
 * HTML-escaped.
 */
package org.dmsim.reports.html;
