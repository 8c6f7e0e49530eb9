package org.dmsim.reports.html;

/**
 * The report's inline stylesheet: system fonts only (nothing fetched), charts scaled to the page width,
 * and a print stylesheet that keeps each chart and each table row whole and repeats table headers.
 */
final class ReportStyle {
  static final String CSS = """

      :root { color-scheme: light; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        color: #1a1a1a; background: #fff; max-width: 1100px; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
      h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
      h2 { font-size: 1.4rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; margin-top: 2.2rem; }
      h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
      .what { color: #444; margin: 0; }
      .description { font-size: 1.1rem; margin: 0 0 .4rem; }
      .status { background: #fff3e0; border-left: 6px solid #D55E00; padding: .6rem .9rem; }
      .answer { background: #f3f8fc; border-left: 6px solid #0072B2; padding: .2rem 1.2rem 1rem; margin-top: 1.2rem; }
      .answer h2 { border: none; margin-top: .8rem; }
      .answer li { margin: .35rem 0; }
      figure.chart { margin: 1rem 0; }
      figure.chart svg { width: 100%; height: auto; display: block; }
      figcaption { color: #555; font-size: .9rem; }
      figcaption .files, figcaption .files a { color: #777; font-size: .8rem; }
      table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; font-variant-numeric: tabular-nums; }
      th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: right; vertical-align: top; }
      th:first-child, .manifest td, .disruptions td:nth-child(-n+2) { text-align: left; }
      thead th { background: #f0f0f0; }
      td.excludes { font-weight: bold; }
      .unit { font-weight: normal; color: #555; font-size: .8em; }
      .note { color: #555; font-size: .85rem; }
      dt { font-weight: bold; font-family: ui-monospace, monospace; margin-top: .5rem; }
      dd { margin-left: 1.5rem; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        section.case { break-before: page; }
        figure.chart, tr, .answer li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
        table { break-inside: auto; }
        thead { display: table-header-group; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        figcaption .files { display: none; }
      }
      """;

  private ReportStyle() {}
}
