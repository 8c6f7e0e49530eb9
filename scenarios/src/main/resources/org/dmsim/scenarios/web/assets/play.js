// dmsim Beer Game, the player's page: join with the game code (the seat's token is kept in this browser,
// so a reload or a reconnect keeps the seat), then each turn see the stage's figures and order.
"use strict";
(function () {
  const POLL_MS = 1000;
  const KEY = "dmsim-beer-game-seat";
  let token = localStorage.getItem(KEY);
  let view = null;

  const $ = id => document.getElementById(id);

  function say(text, isError) {
    $("message").textContent = text || "";
    $("message").className = isError ? "message error" : "message";
  }

  async function call(method, path, body) {
    const response = await fetch(path, {method: method, cache: "no-store",
      headers: body === undefined ? {} : {"Content-Type": "application/json"},
      body: body === undefined ? undefined : JSON.stringify(body)});
    const json = await response.json();
    if (!response.ok) {
      const e = new Error(json.error || ("the server answered " + response.status));
      e.status = response.status;
      throw e;
    }
    return json;
  }

  async function loadTeams() {
    try {
      const lobby = await call("GET", "/api/game/lobby");
      const select = $("team");
      select.textContent = "";
      for (let t = 1; t <= lobby.teams; t++) {
        const o = document.createElement("option");
        o.value = String(t);
        o.textContent = "team " + t;
        select.appendChild(o);
      }
    } catch (e) {
      say(e.message, true);
    }
  }

  function showJoin() {
    $("join").hidden = false;
    $("seat").hidden = true;
    loadTeams();
  }

  function show(v) {
    view = v;
    $("join").hidden = true;
    $("seat").hidden = false;
    $("who").textContent = v.player + " — " + v.role + ", team " + v.team;
    const over = v.state === "FINISHED";
    $("turn").textContent = v.state === "LOBBY" ? "Waiting for the teacher to start…" :
      over ? "The game is over." : "Week " + v.turn + " of " + v.turns + (v.state === "PAUSED" ? " (paused)" : "");
    $("timer").textContent = v.state === "RUNNING" ? v.secondsLeft + " s left" : "";
    $("onHand").textContent = v.onHand;
    $("backlog").textContent = v.backlog;
    $("incomingOrder").textContent = v.incomingOrder;
    $("incomingShipment").textContent = v.incomingShipment;
    $("cost").textContent = v.costSoFar.toFixed(2);
    $("lastOrder").textContent = v.lastOrder;
    const canOrder = v.state === "RUNNING";
    $("order").disabled = !canOrder;
    $("send").disabled = !canOrder;
    $("status").textContent = !canOrder ? "" : v.orderedThisTurn ? "Your order is in (" + v.orderEntered + " cases): waiting for the others. You may change it until the turn closes." :
      "Enter your order for this week.";
    $("debriefLink").hidden = !over;
  }

  async function refresh() {
    if (!token) return;
    try {
      show(await call("GET", "/api/game/me?token=" + encodeURIComponent(token)));
      if ($("message").className !== "message error") say("");
    } catch (e) {
      if (e.status === 400) {
        localStorage.removeItem(KEY);
        token = null;
        say(e.message, true);
        showJoin();
      } else {
        say("The game server does not answer; the page tries again. (" + e.message + ")", true);
      }
    }
  }

  $("join").addEventListener("submit", async ev => {
    ev.preventDefault();
    try {
      const v = await call("POST", "/api/game/join", {code: $("code").value, name: $("name").value,
        team: Number($("team").value), role: $("role").value});
      token = v.token;
      localStorage.setItem(KEY, token);
      say("");
      show(v);
    } catch (e) {
      say(e.message, true);
    }
  });

  $("orderForm").addEventListener("submit", async ev => {
    ev.preventDefault();
    try {
      const v = await call("POST", "/api/game/order", {token: token, order: $("order").value});
      say("");
      show(v);
    } catch (e) {
      say(e.message, true);
    }
  });

  async function poll() {
    await refresh();
    setTimeout(poll, POLL_MS);
  }

  if (token) refresh(); else showJoin();
  setTimeout(poll, POLL_MS);
})();
