// dmsim Beer Game debrief: every team's orders and net stock per echelon, costs and bullwhip ratios, and
// the same chain played by the rule, side by side (GET /api/game/debrief).
"use strict";
window.DmsimDebrief = (function () {
  function card(team, title) {
    const div = document.createElement("div");
    div.className = "team";
    div.dataset.team = String(team.team);
    const h = document.createElement("h3");
    h.textContent = title + " — total cost " + team.totalCost.toFixed(2) + " EUR";
    div.appendChild(h);
    div.appendChild(DmsimCharts.line(team.echelons.map(s => ({name: s.role, values: s.orders})),
      {title: "Orders placed, cases per week"}));
    div.appendChild(DmsimCharts.line(team.echelons.map(s => ({name: s.role, values: s.onHand.map((v, i) => v - s.backlog[i])})),
      {title: "Net stock (in stock − owed), cases"}));
    const table = document.createElement("table");
    table.innerHTML = "<thead><tr><th>stage</th><th>played by</th><th>cost EUR</th><th>bullwhip ratio</th></tr></thead>";
    const body = document.createElement("tbody");
    for (const s of team.echelons) {
      const tr = document.createElement("tr");
      for (const v of [s.role, s.playedBy, s.totalCost.toFixed(2), typeof s.bullwhip === "number" ? s.bullwhip.toFixed(2) : "–"]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    div.appendChild(table);
    return div;
  }

  function render(root, d) {
    root.textContent = "";
    const h = document.createElement("h2");
    h.textContent = "Debrief: " + d.weeks + " weeks";
    root.appendChild(h);
    const p = document.createElement("p");
    p.className = "hint";
    const customers = d.byRule.length ? d.byRule[0].demand : [];
    p.textContent = "Customers ordered " + customers.join(" ") + " cases, week by week. Bullwhip ratio: the variance of a stage's " +
      "orders over the variance of the orders it received; above 1, it amplified demand. Right: the same chain with " +
      "every stage ordered by the rule (anchoring and adjustment).";
    root.appendChild(p);
    const grid = document.createElement("div");
    grid.className = "teams";
    const rule = {team: "rule", echelons: d.byRule, totalCost: d.byRuleCostEur};
    for (const t of d.teams) {
      const row = document.createElement("div");
      row.className = "pair";
      row.appendChild(card(t, "Team " + t.team));
      row.appendChild(card(rule, "The same chain played by the rule"));
      grid.appendChild(row);
    }
    root.appendChild(grid);
  }

  async function load(root) {
    const response = await fetch("/api/game/debrief", {cache: "no-store"});
    const json = await response.json();
    if (!response.ok) {
      const m = document.getElementById("message");
      m.textContent = json.error;
      m.className = "message error";
      return false;
    }
    render(root, json);
    root.hidden = false;
    return true;
  }

  return {load: load, render: render};
})();
