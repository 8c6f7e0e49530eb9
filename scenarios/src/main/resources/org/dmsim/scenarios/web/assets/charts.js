// dmsim: a small SVG line chart for the game's debrief (no library).
"use strict";
window.DmsimCharts = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = ["#1f5fa8", "#d0312d", "#2e9e4f", "#8e44ad", "#f2a900"];

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  // series: [{name, values: [number|null]}]; opts: {title, width, height, yLabel}
  function line(series, opts) {
    const W = opts.width || 520, H = opts.height || 220;
    const pad = {left: 44, right: 10, top: 22, bottom: 40};
    const svg = el("svg", {viewBox: "0 0 " + W + " " + H, class: "chart", role: "img", "aria-label": opts.title});
    const all = series.flatMap(s => s.values).filter(v => v !== null);
    let lo = Math.min(0, ...all), hi = Math.max(1, ...all);
    const n = Math.max(1, ...series.map(s => s.values.length));
    const x = i => pad.left + (W - pad.left - pad.right) * (n === 1 ? 0.5 : i / (n - 1));
    const y = v => pad.top + (H - pad.top - pad.bottom) * (1 - (v - lo) / (hi - lo));
    el("text", {x: pad.left, y: 14, class: "chart-title"}, svg).textContent = opts.title;
    for (const v of ticks(lo, hi)) {
      el("line", {x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v), class: v === 0 ? "axis" : "grid"}, svg);
      el("text", {x: pad.left - 5, y: y(v) + 4, "text-anchor": "end", class: "tick"}, svg).textContent = String(v);
    }
    for (let i = 0; i < n; i += Math.max(1, Math.ceil(n / 9))) {
      el("text", {x: x(i), y: H - pad.bottom + 14, "text-anchor": "middle", class: "tick"}, svg).textContent = String(i + 1);
    }
    series.forEach((s, k) => {
      const pts = [];
      s.values.forEach((v, i) => { if (v !== null) pts.push(x(i).toFixed(1) + "," + y(v).toFixed(1)); });
      el("polyline", {points: pts.join(" "), fill: "none", stroke: COLOURS[k % COLOURS.length], "stroke-width": 2,
        class: "series", "data-series": s.name}, svg);
      const lx = pad.left + k * 110;
      el("line", {x1: lx, x2: lx + 16, y1: H - 8, y2: H - 8, stroke: COLOURS[k % COLOURS.length], "stroke-width": 3}, svg);
      el("text", {x: lx + 20, y: H - 4, class: "tick"}, svg).textContent = s.name;
    });
    return svg;
  }

  function ticks(lo, hi) {
    const span = hi - lo;
    const step = Math.pow(10, Math.floor(Math.log10(span / 4)));
    const nice = [1, 2, 5, 10].map(m => m * step).find(s => span / s <= 6) || step * 10;
    const out = [];
    for (let v = Math.ceil(lo / nice) * nice; v <= hi + 1e-9; v += nice) out.push(Math.round(v * 1000) / 1000);
    return out;
  }

  return {line: line};
})();
