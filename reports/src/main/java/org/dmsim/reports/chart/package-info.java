/**
 * Charts of results already computed (JFreeChart), written as SVG text (Apache Batik's SVG generator)
 * and PNG. Every chart is built from plain data records — daily values per replication, intervals,
 * disruption windows, stress rows — that can be read back from a results folder, never from a live
 * engine, so a report can be re-rendered without re-simulating. The rule: one variant has one colour in
 * every chart ({@link org.dmsim.reports.chart.VariantPalette}), and the same data gives the same SVG
 * bytes.
 */
package org.dmsim.reports.chart;
