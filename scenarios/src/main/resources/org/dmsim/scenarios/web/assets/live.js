// dmsim live: draws the session the server runs (GET /api/network once, GET /api/state while open) and
// sends the teacher's actions (POST /api/...). No library, nothing fetched from anywhere but this server.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const MAP_W = 600, MAP_H = 400, CURVE_W = 600, CURVE_H = 170;
  const CURVE_PAD = {left: 40, right: 10, top: 18, bottom: 24};
  const POLL_MS = 250;
  const LOCAL_KM = 25;
  let network = null;
  let lastVersion = -1;
  let state = null;
  const panels = [];

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function say(text, isError) {
    const m = document.getElementById("message");
    m.textContent = text;
    m.className = isError ? "message error" : "message";
  }

  async function post(path, body) {
    const response = await fetch(path, {method: "POST", headers: {"Content-Type": "application/json"},
      body: body === undefined ? "" : JSON.stringify(body)});
    const json = await response.json();
    if (!response.ok) {
      say(json.error || ("the server answered " + response.status), true);
      return null;
    }
    show(json);
    return json;
  }

  // Equirectangular projection of the network's box, longitudes shrunk by cos(mid-latitude).
  function projection(box) {
    const k = Math.cos((box.minLat + box.maxLat) / 2 * Math.PI / 180);
    const w = (box.maxLon - box.minLon) * k, h = box.maxLat - box.minLat;
    const s = Math.min(MAP_W / w, MAP_H / h);
    const ox = (MAP_W - w * s) / 2, oy = (MAP_H - h * s) / 2;
    return {
      x: lon => ox + (lon - box.minLon) * k * s,
      y: lat => oy + (box.maxLat - lat) * s,
      lon: x => box.minLon + (x - ox) / (k * s),
      lat: y => box.maxLat - (y - oy) / s,
      kmToPx: km => km / 111.2 * s
    };
  }

  function buildPanel(variant, index) {
    const p = projection(network.box);
    const div = document.createElement("section");
    div.className = "variant";
    div.dataset.variant = variant.name;
    const h = document.createElement("h2");
    h.textContent = variant.name;
    div.appendChild(h);
    const kpis = document.createElement("div");
    kpis.className = "kpis";
    kpis.innerHTML = '<span>fill rate so far <b class="fill">–</b></span><span>backlog <b class="backlog">–</b> units</span>' +
      '<span>sites down <b class="down">0</b></span>';
    div.appendChild(kpis);

    const map = el("svg", {viewBox: "0 0 " + MAP_W + " " + MAP_H, class: "map", role: "img",
      "aria-label": "network map of " + variant.name});
    el("rect", {x: 0, y: 0, width: MAP_W, height: MAP_H, class: "sea"}, map);
    const base = el("g", {}, map);
    for (const line of network.basemap) {
      const pts = line.points.map(q => p.x(q[0]).toFixed(1) + "," + p.y(q[1]).toFixed(1)).join(" ");
      el("polyline", {points: pts, class: line.border ? "border" : "coast"}, base);
    }
    const at = {};
    for (const n of variant.nodes) at[n.id] = n;
    const maxFlow = Math.max(1e-9, ...variant.lanes.map(l => l.unitsPerDay));
    const lanes = el("g", {}, map);
    const laneEls = [];
    for (const l of variant.lanes) {
      const a = at[l.from], b = at[l.to];
      if (!a || !b) continue;
      const w = 0.8 + 4.5 * Math.sqrt(l.unitsPerDay / maxFlow);
      laneEls.push({lane: l, e: el("line", {x1: p.x(a.lon), y1: p.y(a.lat), x2: p.x(b.lon), y2: p.y(b.lat),
        class: "lane", "stroke-width": w.toFixed(2)}, lanes)});
    }
    const disasters = el("g", {}, map);
    const sites = el("g", {}, map);
    const siteEls = {};
    for (const n of variant.nodes) {
      if (n.kind === "region") {
        el("rect", {x: p.x(n.lon) - 2.5, y: p.y(n.lat) - 2.5, width: 5, height: 5, class: "region"}, sites);
        continue;
      }
      const r = n.kind === "supplier" ? 5 : n.kind === "distribution-centre" ? 5.5 : 4 + 2.2 * Math.sqrt(Math.max(1, n.machines));
      const c = el("circle", {cx: p.x(n.lon), cy: p.y(n.lat), r: Math.min(16, r).toFixed(1), class: "site WORKING",
        "data-site": n.id, "data-state": "WORKING"}, sites);
      const title = el("title", {}, c);
      title.textContent = n.id + " (" + n.kind + (n.machines ? ", " + n.machines + " machines" : "") + ")";
      c.addEventListener("click", ev => { ev.stopPropagation(); onSite(n.id); });
      siteEls[n.id] = c;
    }
    map.addEventListener("click", ev => onMap(ev, map, p));
    div.appendChild(map);

    const curve = el("svg", {viewBox: "0 0 " + CURVE_W + " " + CURVE_H, class: "curve-chart", role: "img",
      "aria-label": "daily fill rate of " + variant.name});
    const title = el("text", {x: CURVE_PAD.left, y: 12, class: "curve-title"}, curve);
    title.textContent = "On-time fill rate, per day";
    const plotH = CURVE_H - CURVE_PAD.top - CURVE_PAD.bottom;
    for (const v of [0, 0.5, 1]) {
      const y = CURVE_PAD.top + (1 - v) * plotH;
      el("line", {x1: CURVE_PAD.left, x2: CURVE_W - CURVE_PAD.right, y1: y, y2: y, class: v === 0 ? "axis" : "grid"}, curve);
      el("text", {x: CURVE_PAD.left - 6, y: y + 4, "text-anchor": "end", class: "tick"}, curve).textContent = v.toFixed(1);
    }
    const dayAxis = el("g", {}, curve);
    const markers = el("g", {}, curve);
    const line = el("polyline", {points: "", class: "curve", "data-days": "0"}, curve);
    div.appendChild(curve);
    document.getElementById("variants").appendChild(div);
    return {div, kpis, siteEls, laneEls, disasters, projection: p, curve, line, markers, dayAxis, axisFor: -1};
  }

  function curveX(day, horizon) {
    return CURVE_PAD.left + (CURVE_W - CURVE_PAD.left - CURVE_PAD.right) * day / horizon;
  }

  function curveY(v) {
    return CURVE_PAD.top + (1 - v) * (CURVE_H - CURVE_PAD.top - CURVE_PAD.bottom);
  }

  function drawDayAxis(panel, horizon) {
    if (panel.axisFor === horizon) return;
    panel.axisFor = horizon;
    panel.dayAxis.textContent = "";
    const step = horizon > 400 ? 100 : horizon > 120 ? 30 : horizon > 40 ? 10 : 7;
    for (let d = 0; d <= horizon; d += step) {
      el("text", {x: curveX(d, horizon), y: CURVE_H - 8, "text-anchor": "middle", class: "tick"}, panel.dayAxis)
        .textContent = d === 0 ? "day 0" : String(d);
    }
  }

  function fmt(v, digits) {
    return v === null || v === undefined ? "–" : v.toFixed(digits);
  }

  function show(s) {
    if (!s || !network || s.version === lastVersion) return;
    lastVersion = s.version;
    state = s;
    document.getElementById("clock").textContent = "day " + s.day.toFixed(0) + " of " + s.horizonDays.toFixed(0) +
      (s.finished ? " — the end" + (s.digest ? " (digest " + s.digest.substring(0, 12) + "…)" : "") :
        s.playing ? " — playing" : " — paused");
    const pace = document.getElementById("pace");
    if (![...pace.options].some(o => o.value === String(s.dayMs))) {
      const o = document.createElement("option");
      o.value = String(s.dayMs);
      o.textContent = s.dayMs + " ms a day";
      pace.appendChild(o);
    }
    pace.value = String(s.dayMs);
    s.variants.forEach((v, k) => {
      const panel = panels[k];
      let down = 0;
      for (const id in panel.siteEls) {
        const st = v.sites[id] || "WORKING";
        if (st === "DOWN") down++;
        const c = panel.siteEls[id];
        if (c.dataset.state !== st) {
          c.dataset.state = st;
          c.setAttribute("class", "site " + st);
        }
      }
      for (const l of panel.laneEls) {
        const cut = v.sites[l.lane.from] === "DOWN" || v.sites[l.lane.to] === "DOWN";
        l.e.setAttribute("class", cut ? "lane cut" : "lane");
      }
      panel.kpis.querySelector(".fill").textContent = fmt(v.fillRateSoFar, 3);
      panel.kpis.querySelector(".backlog").textContent = fmt(v.backlogUnitsNow, 0);
      panel.kpis.querySelector(".down").textContent = String(down);
      drawDayAxis(panel, s.horizonDays);
      const pts = [];
      v.fillRate.forEach((f, d) => { if (f !== null) pts.push(curveX(d + 0.5, s.horizonDays).toFixed(1) + "," + curveY(f).toFixed(1)); });
      panel.line.setAttribute("points", pts.join(" "));
      panel.line.dataset.days = String(v.fillRate.length);
      panel.markers.textContent = "";
      panel.disasters.textContent = "";
      for (const i of s.interventions) {
        const x = curveX(i.atDay, s.horizonDays);
        el("line", {x1: x, x2: x, y1: CURVE_PAD.top, y2: CURVE_H - CURVE_PAD.bottom, class: "marker"}, panel.markers);
        const x2 = curveX(Math.min(s.horizonDays, i.atDay + i.forDays), s.horizonDays);
        el("rect", {x: x, width: Math.max(0, x2 - x), y: CURVE_PAD.top, height: CURVE_H - CURVE_PAD.top - CURVE_PAD.bottom,
          fill: "#d0312d", "fill-opacity": 0.07}, panel.markers);
        if (i.type === "regional-disaster" && s.day >= i.atDay && s.day < i.atDay + i.forDays) {
          const p = panel.projection;
          el("circle", {cx: p.x(i.lon), cy: p.y(i.lat), r: p.kmToPx(i.radiusKm), class: "disaster"}, panel.disasters);
        }
      }
    });
  }

  function days() {
    return Number(document.getElementById("days").value);
  }

  function mode() {
    return document.querySelector("input[name=mode]:checked").value;
  }

  // A site of every variant is knocked out itself; a site only some variants have (the central plant) is
  // knocked out by a local disaster around it, which hits whatever stands there in every variant alike.
  async function onSite(site) {
    if (mode() === "disaster") return;
    const everywhere = network.variants.every(v => v.nodes.some(n => n.id === site && n.kind !== "region"));
    if (everywhere) {
      const s = await post("/api/knockout", {site: site, days: days()});
      if (s) say(site + " is down for " + days() + " days from day " + s.day.toFixed(0) + ", in every variant.", false);
      return;
    }
    const n = network.variants.flatMap(v => v.nodes).find(m => m.id === site);
    const s = await post("/api/disaster", {lat: n.lat, lon: n.lon, radiusKm: LOCAL_KM, days: days()});
    if (s) say(site + " is not in every variant: a local disaster (" + LOCAL_KM + " km around it) stops whatever stands " +
      "there, in every variant, for " + days() + " days from day " + s.day.toFixed(0) + ".", false);
  }

  async function onMap(ev, map, p) {
    if (mode() !== "disaster") return;
    const box = map.getBoundingClientRect();
    const x = (ev.clientX - box.left) * MAP_W / box.width, y = (ev.clientY - box.top) * MAP_H / box.height;
    const radius = Number(document.getElementById("radius").value);
    const s = await post("/api/disaster", {lat: p.lat(y), lon: p.lon(x), radiusKm: radius, days: days()});
    if (s) say("A regional disaster of " + radius + " km strikes at day " + s.day.toFixed(0) + " for " + days() +
      " days, in every variant.", false);
  }

  async function poll() {
    try {
      const response = await fetch("/api/state", {cache: "no-store"});
      if (response.ok) show(await response.json());
    } catch (e) {
      say("The dmsim server does not answer (was it stopped?). The page tries again.", true);
    }
    setTimeout(poll, POLL_MS);
  }

  async function start() {
    const response = await fetch("/api/network");
    network = await response.json();
    document.getElementById("name").textContent = network.name;
    document.title = network.name + " — dmsim live";
    network.variants.forEach((v, k) => panels.push(buildPanel(v, k)));
    document.getElementById("play").onclick = () => post("/api/play");
    document.getElementById("pause").onclick = () => post("/api/pause");
    document.getElementById("step").onclick = () => post("/api/step", {days: 1});
    document.getElementById("restart").onclick = async () => { if (await post("/api/restart")) say("Back to day 0.", false); };
    document.getElementById("pace").onchange = ev => post("/api/pace", {dayMs: Number(ev.target.value)});
    document.getElementById("surge").onclick = async () => {
      const factor = Number(document.getElementById("factor").value);
      const s = await post("/api/surge", {factor: factor, days: days()});
      if (s) say("Demand ×" + factor + " from day " + s.day.toFixed(0) + " for " + days() + " days, in every variant.", false);
    };
    poll();
  }

  start();
})();
