// dmsim Beer Game, the facilitator's page (/game?key=...): the code, the seats, start, pause, end, the
// turn and its timer, then the debrief and the saved game.
"use strict";
(function () {
  const POLL_MS = 1000;
  const key = new URLSearchParams(location.search).get("key") || "";
  const $ = id => document.getElementById(id);
  let debriefShown = false;

  function say(text, isError) {
    $("message").textContent = text || "";
    $("message").className = isError ? "message error" : "message";
  }

  async function call(method, path) {
    const sep = path.includes("?") ? "&" : "?";
    const response = await fetch(path + sep + "key=" + encodeURIComponent(key), {method: method, cache: "no-store"});
    const json = await response.json();
    if (!response.ok) throw new Error(json.error || ("the server answered " + response.status));
    return json;
  }

  function show(g) {
    $("code").textContent = g.code;
    $("playUrl").textContent = location.origin + "/play";
    $("turn").textContent = g.state === "LOBBY" ? "Not started: " + g.turns + " weeks, " + g.turnSeconds + " s a turn" :
      g.state === "FINISHED" ? "Over after week " + g.turn : "Week " + g.turn + " of " + g.turns + (g.state === "PAUSED" ? " (paused)" : "");
    $("timer").textContent = g.state === "RUNNING" ? g.secondsLeft + " s left" : "";
    $("start").disabled = g.state !== "LOBBY";
    $("pause").disabled = g.state !== "RUNNING";
    $("resume").disabled = g.state !== "PAUSED";
    $("end").disabled = g.state === "FINISHED";
    $("close").disabled = g.state !== "RUNNING";
    const seats = $("seats");
    seats.textContent = "";
    const table = document.createElement("table");
    const head = document.createElement("tr");
    for (const h of ["team"].concat(g.roles)) {
      const th = document.createElement("th");
      th.textContent = h;
      head.appendChild(th);
    }
    table.appendChild(head);
    for (const t of g.teams) {
      const tr = document.createElement("tr");
      const td = document.createElement("td");
      td.textContent = "team " + t.team;
      tr.appendChild(td);
      for (const s of t.seats) {
        const c = document.createElement("td");
        c.className = s.human ? "human" : "computer";
        c.dataset.team = String(t.team);
        c.dataset.role = s.role;
        c.textContent = s.sitter + (s.human && s.orderedThisTurn ? " ✓" : "");
        tr.appendChild(c);
      }
      table.appendChild(tr);
    }
    seats.appendChild(table);
    if (g.state === "FINISHED") {
      $("saved").hidden = false;
      $("saved").href = "/api/game/saved?key=" + encodeURIComponent(key);
      if (!debriefShown) {
        debriefShown = true;
        DmsimDebrief.load($("debrief"));
      }
    }
  }

  async function act(action) {
    try {
      show(await call("POST", "/api/game/admin/" + action));
      say("");
    } catch (e) {
      say(e.message, true);
    }
  }

  for (const a of ["start", "pause", "resume", "end"]) $(a).onclick = () => act(a);
  $("close").onclick = () => act("close-turn");

  async function poll() {
    try {
      show(await call("GET", "/api/game/admin"));
    } catch (e) {
      say(e.message, true);
    }
    setTimeout(poll, POLL_MS);
  }
  poll();
})();
