/**
 * The page `zab view` writes: one self-contained HTML file, the view data (viewer.ts) embedded as a JSON
 * blob, drawn by inline script as SVG. It loads nothing: a Content-Security-Policy forbids any fetch, so a
 * page opened from a mail attachment or a CI artefact behaves the same everywhere.
 *
 * The diagram is virtual: only the rows in and near the window are drawn, on every scroll, so a trace of
 * a hundred thousand events opens as fast as one of twenty.
 */
import type { ViewData } from "./viewer.js"

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
}

/** JSON that is safe inside a script element: no `</script>`, no line separators that end a JS string. */
function embeddedJson(data: ViewData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")
}

export function renderPage(data: ViewData): string {
  const title = `zab view: ${data.title}${data.violated === null ? "" : ` (${data.violated})`}`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header id="top">
  <h1 id="title"></h1>
  <div id="meta"></div>
  <div id="banner" hidden></div>
  <div id="notes"></div>
</header>
<div id="toolbar">
  <button id="prev" title="previous event (left arrow; shift: previous step)">&#9664;</button>
  <input id="slider" type="range" min="0" value="0" aria-label="event">
  <button id="next" title="next event (right arrow; shift: next step)">&#9654;</button>
  <span id="position"></span>
  <span class="filters" id="filters"></span>
</div>
<main>
  <div id="diagram" tabindex="0">
    <div id="lanes"></div>
    <div id="spacer"><svg id="svg" xmlns="http://www.w3.org/2000/svg"></svg></div>
  </div>
  <aside id="side">
    <h2>state after <span id="at"></span></h2>
    <div id="event"></div>
    <table id="state"></table>
    <h2>in flight</h2>
    <div id="flight"></div>
    <h2>legend</h2>
    <div id="legend"></div>
    <p class="keys">Keys: &larr; &rarr; one event, shift+&larr; &rarr; one step, Home / End, V the violation. Click a row to go there; hover an arrow for the message.</p>
  </aside>
</main>
<div id="tip" hidden></div>
<script type="application/json" id="zab-view-data">${embeddedJson(data)}</script>
<script>${CLIENT}</script>
</body>
</html>
`
}

const STYLE = `
:root { --looking: #f6d55c; --following: #6fa8dc; --leading: #e69138; --bad: #d0021b; --ink: #1d2430; --muted: #6b7280; --line: #d8dde3; }
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; height: 100vh; display: flex; flex-direction: column; }
header { padding: 8px 14px 6px; border-bottom: 1px solid var(--line); }
h1 { font-size: 16px; margin: 0 0 2px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
#meta { color: var(--muted); }
#meta b { color: var(--ink); font-weight: 600; }
#notes { color: var(--muted); font-size: 12px; margin-top: 2px; }
#banner { margin-top: 6px; padding: 6px 10px; background: #fde8ea; border: 1px solid var(--bad); border-radius: 4px; color: #7a0010; cursor: pointer; }
#banner b { color: var(--bad); }
#toolbar { display: flex; align-items: center; gap: 8px; padding: 6px 14px; border-bottom: 1px solid var(--line); background: #f7f8fa; flex-wrap: wrap; }
#slider { flex: 1 1 300px; min-width: 200px; }
#position { font-variant-numeric: tabular-nums; min-width: 190px; }
button { font: inherit; padding: 1px 8px; }
.filters label { margin-left: 8px; white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 3px; }
main { flex: 1; display: flex; min-height: 0; }
#diagram { flex: 1; overflow: auto; position: relative; outline: none; }
#lanes { position: sticky; top: 0; z-index: 2; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--line); height: 30px; }
#lanes div { position: absolute; top: 5px; transform: translateX(-50%); font-weight: 600; padding: 2px 8px; border-radius: 10px; background: #eef1f5; white-space: nowrap; }
#lanes div.named { background: #fde8ea; color: var(--bad); border: 1px solid var(--bad); }
#lanes div.session { background: #eef6ee; font-weight: 500; padding: 2px 5px; }
#svg g.cop { cursor: help; }
#svg g.cop:hover rect { stroke-width: 3px; }
#spacer { position: relative; }
#svg { position: absolute; left: 0; top: 0; }
#svg text { font-size: 11px; }
#svg .rowtext { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; }
#svg .num { fill: #9aa1ab; font: 10px ui-monospace, monospace; }
#svg .lbl { font-size: 10px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
#svg .band-label { font-size: 10px; font-weight: 600; fill: #333; paint-order: stroke; stroke: rgba(255,255,255,.85); stroke-width: 3px; }
#svg .hit { stroke: transparent; stroke-width: 9px; fill: none; cursor: help; pointer-events: stroke; }
#svg g.msg:hover .vis { stroke-width: 3px; }
#svg .row { cursor: pointer; }
#svg .row[fill="transparent"]:hover { fill: rgba(0,0,0,.035); }
#svg .inert { pointer-events: none; }
aside { width: 480px; border-left: 1px solid var(--line); padding: 4px 12px 12px; overflow: auto; background: #fbfbfc; }
#event { font: 12px ui-monospace, monospace; background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 4px 6px; word-break: break-word; }
#event.bad { border-color: var(--bad); background: #fde8ea; color: #7a0010; }
table { border-collapse: collapse; width: 100%; font-size: 11.5px; margin-top: 6px; }
th, td { text-align: left; padding: 3px 3px; border-bottom: 1px solid #eceff3; white-space: nowrap; }
th { color: var(--muted); font-weight: 500; }
td.sid { font-weight: 700; }
tr.down td { color: #9aa1ab; }
tr.named td.sid { color: var(--bad); }
tr.changed td { background: #fff7d6; }
.role { display: inline-block; padding: 0 5px; border-radius: 3px; }
#flight div { font: 11px ui-monospace, monospace; padding: 1px 0; }
#legend { display: grid; grid-template-columns: 22px 1fr; gap: 3px 6px; align-items: center; font-size: 12px; }
#legend svg { display: block; }
.keys { color: var(--muted); font-size: 11px; }
#tip { position: fixed; z-index: 10; max-width: 460px; background: #1d2430; color: #fff; padding: 6px 8px; border-radius: 4px; font: 12px ui-monospace, monospace; pointer-events: none; white-space: pre-wrap; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
`

// The page's script, plain ES2020 without template literals (this file holds it in one).
const CLIENT = String.raw`
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("zab-view-data").textContent);
  var rows = data.rows, messages = data.messages, servers = data.servers;
  var N = rows.length;
  var H = 20, TOP = 8, GUTTER = 46;
  var LANE = servers.length <= 5 ? 150 : servers.length <= 7 ? 120 : 100;
  var laneIndex = {};
  servers.forEach(function (s, i) { laneIndex[s] = i; });
  function laneX(s) { return GUTTER + 78 + laneIndex[s] * LANE; }
  // Client sessions: narrow lanes after the servers', their operations as bars from invocation to completion.
  var sessions = data.sessions, clientOps = data.clientOps, SESSION_LANE = 46;
  var sessionIndex = {};
  sessions.forEach(function (s, i) { sessionIndex[s] = i; });
  function sessionX(s) { return laneX(servers[servers.length - 1]) + 90 + sessionIndex[s] * SESSION_LANE; }
  function sessionLabel(s) { return s.length > 6 ? "\u2026" + s.slice(-4) : s; }
  var TEXTX = (sessions.length > 0 ? sessionX(sessions[sessions.length - 1]) : laneX(servers[servers.length - 1])) + 70;
  var WIDTH = TEXTX + 760;
  function rowTop(r) { return TOP + r * H; }
  function rowMid(r) { return TOP + r * H + H / 2; }
  var ROLE = { looking: "#f6d55c", following: "#6fa8dc", leading: "#e69138" };
  var PHASE_OPACITY = { election: 1, discovery: 0.45, synchronization: 0.7, broadcast: 1 };
  var CATEGORY = {
    Notification: "election", FollowerInfo: "discovery", LeaderInfo: "discovery", AckEpoch: "discovery",
    Diff: "sync", Trunc: "sync", Snap: "sync", NewLeader: "sync", AckNewLeader: "sync", UpToDate: "sync",
    Proposal: "proposal", Ack: "ack", Commit: "commit", Request: "request", Ping: "ping"
  };
  var CATEGORIES = [
    ["election", "#9aa0a6", "election (Notification)"],
    ["discovery", "#8e44ad", "discovery (FollowerInfo, LeaderInfo, AckEpoch)"],
    ["sync", "#8d6e63", "sync (Diff, Trunc, Snap, NewLeader, AckNewLeader, UpToDate)"],
    ["proposal", "#1f4e9c", "Proposal"],
    ["ack", "#16a085", "Ack"],
    ["commit", "#1e8449", "Commit"],
    ["request", "#c2185b", "Request (forwarded client write)"],
    ["ping", "#c4c9d0", "Ping"]
  ];
  var OP_FILL = { ok: "#5b8def", failed: "#b8bec7", indeterminate: "#fde7c7" };
  // Each bar's lane offset: an operation that starts while others of its session are open shifts right.
  var opShift = [];
  (function () {
    var open = {};
    clientOps.forEach(function (op, i) {
      var list = (open[op.session] = (open[op.session] || []).filter(function (end) { return end > op.invokedAfter; }));
      opShift[i] = Math.min(list.length, 3);
      list.push(op.completedAfter === null ? Infinity : op.completedAfter);
    });
  })();
  function opGeometry(op, i) {
    var y1 = rowTop(op.invokedAfter + 1), y2 = op.completedAfter === null ? rowTop(N) : rowTop(op.completedAfter + 1);
    if (y2 - y1 < 6) { y1 -= 3; y2 = y1 + 6; }
    return { x: sessionX(op.session) - 4 + opShift[i] * 7, y1: y1, y2: y2 };
  }
  var COLOR = {};
  CATEGORIES.forEach(function (c) { COLOR[c[0]] = c[1]; });
  var shown = {};
  CATEGORIES.forEach(function (c) { shown[c[0]] = true; });
  var showLabels = true;
  var named = {};
  var violationServers = data.violationRow === null ? [] : (rows[data.violationRow].servers || []);
  violationServers.forEach(function (s) { named[s] = true; });

  function esc(t) { return String(t).replace(/[&<>"]/g, function (c) { return c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"; }); }

  // ---- states per server: change rows and states, for binary search and for the bands
  var changes = {};
  servers.forEach(function (s) { changes[s] = { rows: [], states: [] }; });
  data.states.forEach(function (c) {
    var list = changes[c.server];
    if (!list) return;
    if (list.rows.length > 0 && list.rows[list.rows.length - 1] === c.row) { list.states[list.states.length - 1] = c.state; return; }
    list.rows.push(c.row); list.states.push(c.state);
  });
  function stateAt(s, r) {
    var list = changes[s], lo = 0, hi = list.rows.length - 1, found = -1;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (list.rows[mid] <= r) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return found < 0 ? null : list.states[found];
  }
  // Bands: runs of the same (up, role, phase, currentEpoch); a state after row r shows from row r + 1.
  var bands = {};
  servers.forEach(function (s) {
    var list = changes[s], out = [], cur = null;
    for (var i = 0; i < list.rows.length; i++) {
      var st = list.states[i], start = list.rows[i] + 1;
      var key = (st.up ? "u" : "d") + st.role + st.phase + st.currentEpoch + (st.established ? "E" : "");
      if (cur !== null && cur.key === key) continue;
      if (cur !== null) cur.end = start;
      cur = { key: key, start: start, end: N, state: st };
      out.push(cur);
    }
    out = out.filter(function (b) { return b.end > b.start; });
    bands[s] = out;
  });
  // Partitions: which group each server is in, from each Partitioned row to the next Partitioned or Healed row.
  var partitions = [];
  (function () {
    var open = null;
    rows.forEach(function (row, r) {
      if (row.kind !== "Partitioned" && row.kind !== "Healed") return;
      if (open !== null) { open.end = r + 1; partitions.push(open); open = null; }
      if (row.kind === "Partitioned") {
        var side = {};
        row.groups.forEach(function (g, i) { g.forEach(function (s) { side[s] = i; }); });
        open = { start: r + 1, end: N, side: side, groups: row.groups.length };
      }
    });
    if (open !== null) partitions.push(open);
  })();
  var GROUP = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280"];
  var stepRows = [];
  rows.forEach(function (row, r) { if (row.kind === "Step" || row.kind === "SpecAction" || row.kind === "LivenessPhase") stepRows.push(r); });

  // ---- the page's header
  document.getElementById("title").textContent = data.title;
  var meta = [];
  meta.push("<b>" + esc(data.target) + "</b> trace");
  meta.push("<b>" + servers.length + "</b> servers");
  if (data.seed !== null) meta.push("seed <b>" + data.seed + "</b>" + (data.run === null ? "" : " run <b>" + data.run + "</b>"));
  if (data.bugs.length > 0) meta.push((data.target === "model" ? "broken model: <b>" : "broken peer: <b>") + esc(data.bugs.join(", ")) + "</b>");
  meta.push("<b>" + N + "</b> events, <b>" + messages.length + "</b> messages, <b>" + stepRows.length + "</b> steps");
  document.getElementById("meta").innerHTML = meta.join(" &middot; ");
  document.getElementById("notes").textContent = data.notes.join(" ");
  var banner = document.getElementById("banner");
  if (data.violationRow !== null) {
    var vr = rows[data.violationRow];
    banner.hidden = false;
    banner.innerHTML = "<b>" + esc(vr.text.split(":")[0]) + "</b>" + esc(vr.text.slice(vr.text.indexOf(":"))) +
      " &mdash; at event " + (data.violationRow + 1) + (data.violationStepRow === null ? "" : ", in " + esc(rows[data.violationStepRow].text)) + " (press V to go there)";
    banner.addEventListener("click", function () { setPos(data.violationRow, true); });
  }

  // ---- filters
  var filters = document.getElementById("filters");
  var fhtml = "";
  CATEGORIES.forEach(function (c) {
    fhtml += '<label title="' + esc(c[2]) + '"><input type="checkbox" data-cat="' + c[0] + '" checked><span class="swatch" style="background:' + c[1] + '"></span>' + c[0] + "</label>";
  });
  fhtml += '<label><input type="checkbox" id="labels" checked>labels</label>';
  filters.innerHTML = fhtml;
  filters.addEventListener("change", function (ev) {
    var t = ev.target;
    if (t.id === "labels") showLabels = t.checked; else shown[t.getAttribute("data-cat")] = t.checked;
    draw();
  });

  // ---- legend
  function legendRow(svg, text) { return '<svg width="22" height="16" viewBox="0 0 22 16">' + svg + "</svg><span>" + text + "</span>"; }
  var lg = "";
  lg += legendRow('<rect x="6" y="0" width="10" height="16" fill="' + ROLE.looking + '"/>', "looking (election)");
  lg += legendRow('<rect x="6" y="0" width="10" height="16" fill="' + ROLE.following + '" opacity=".45"/>', "following: discovery (pale), synchronization, broadcast (full)");
  lg += legendRow('<rect x="6" y="0" width="10" height="16" fill="' + ROLE.leading + '"/>', "leading; outlined once established; e<i>N</i> = currentEpoch");
  lg += legendRow('<rect x="8" y="0" width="6" height="16" fill="url(#hatch-legend)"/><defs><pattern id="hatch-legend" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="4" fill="#9aa1ab"/></pattern></defs>', "down (crashed)");
  CATEGORIES.forEach(function (c) { lg += legendRow('<line x1="1" y1="13" x2="20" y2="3" stroke="' + c[1] + '" stroke-width="2"/>', "message: " + esc(c[2])); });
  lg += legendRow('<line x1="1" y1="13" x2="20" y2="3" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/>', "send point estimated (trace without sends)");
  lg += legendRow('<line x1="1" y1="13" x2="13" y2="6" stroke="#555" stroke-width="1.5"/><path d="M11 3 l6 6 M17 3 l-6 6" stroke="#d0021b" stroke-width="2"/>', "lost in flight (reset, crash, partition, link down)");
  lg += legendRow('<circle cx="11" cy="8" r="4.5" fill="#fff" stroke="#1e8449" stroke-width="2"/>', "the leader commits a txn");
  lg += legendRow('<circle cx="11" cy="8" r="4.5" fill="#1e8449"/>', "delivered (a committed txn applied)");
  lg += legendRow('<path d="M11 1 l2 5 5 .4-4 3.4 1.3 5.2-4.3-2.9-4.3 2.9 1.3-5.2-4-3.4 5-.4z" fill="#e69138" stroke="#7a4a10" stroke-width=".6"/>', "established as leader");
  lg += legendRow('<rect x="6" y="4" width="10" height="8" fill="#fff" stroke="#333"/><rect x="6" y="4" width="10" height="3" fill="#333"/>', "fsync completed");
  lg += legendRow('<path d="M6 3 l10 10 M16 3 l-10 10" stroke="#d0021b" stroke-width="3"/>', "crash");
  lg += legendRow('<path d="M5 14 L11 3 L17 14 z" fill="#2f855a"/>', "start / restart");
  lg += legendRow('<rect x="5" y="3" width="12" height="10" rx="2" fill="#c2185b"/><text x="11" y="11.5" font-size="8" text-anchor="middle" fill="#fff">C</text>', "client write submitted (R: answered)");
  lg += legendRow('<path d="M11 3 l5 5 -5 5 -5 -5z" fill="#555"/>', "role change");
  if (sessions.length > 0) {
    lg += legendRow('<rect x="7" y="1" width="8" height="14" rx="2" fill="' + OP_FILL.ok + '"/>', "client operation (c lanes), invocation to completion: ok");
    lg += legendRow('<rect x="7" y="1" width="8" height="14" rx="2" fill="' + OP_FILL.failed + '"/>', "client operation: failed (an error code)");
    lg += legendRow('<rect x="7" y="1" width="8" height="14" rx="2" fill="' + OP_FILL.indeterminate + '" stroke="#b45309" stroke-dasharray="3 2"/>', "client operation: indeterminate (connection lost, or not completed)");
    lg += legendRow('<rect x="7" y="1" width="8" height="14" rx="2" fill="' + OP_FILL.ok + '" stroke="#d0021b" stroke-width="2.5"/>', "in the client history's non-conforming sub-history (ClientHistory)");
  }
  lg += legendRow('<rect x="14" y="0" width="4" height="16" fill="' + GROUP[0] + '"/><rect x="4" y="0" width="4" height="16" fill="' + GROUP[1] + '"/>', "partition side (stripe colour = group)");
  lg += legendRow('<rect x="0" y="3" width="22" height="10" fill="#fde8ea" stroke="#d0021b"/>', "the violation, and the step that led to it");
  document.getElementById("legend").innerHTML = lg;

  // ---- lanes header
  var lanes = document.getElementById("lanes");
  var lh = "";
  servers.forEach(function (s) { lh += '<div class="' + (named[s] ? "named" : "") + '" style="left:' + laneX(s) + 'px">server ' + s + "</div>"; });
  sessions.forEach(function (s) { lh += '<div class="session" title="client session ' + esc(s) + '" style="left:' + sessionX(s) + 'px">c ' + esc(sessionLabel(s)) + "</div>"; });
  lh += '<div style="left:' + (TEXTX + 40) + 'px;background:none;font-weight:500;color:#6b7280">event</div>';
  lanes.innerHTML = lh;
  lanes.style.width = WIDTH + "px";

  var diagram = document.getElementById("diagram");
  var spacer = document.getElementById("spacer");
  var svg = document.getElementById("svg");
  spacer.style.height = (TOP * 2 + N * H) + "px";
  spacer.style.width = WIDTH + "px";
  svg.setAttribute("width", WIDTH);

  var pos = 0;
  var slider = document.getElementById("slider");
  slider.max = String(Math.max(0, N - 1));

  function arrowPoints(m) {
    var x1 = laneX(m.from), x2 = laneX(m.to);
    // No send point known (a receipt before any event of the sender): a short stub into the receiver.
    if (m.sentAt === null) return { x1: x2 - (x2 - x1) * 0.3, y1: rowTop(m.receivedAt), x2: x2, y2: rowMid(m.receivedAt), end: "recv" };
    var y1 = rowTop(m.sentAt) + H * 0.8;
    if (m.receivedAt !== null) return { x1: x1, y1: y1, x2: x2, y2: rowMid(m.receivedAt), end: "recv" };
    if (m.lostAt !== null) {
      var atOnce = m.lostAt === m.sentAt;
      var f = atOnce ? 0.22 : 0.45;
      var y2 = atOnce ? y1 + H * 0.6 : rowMid(m.lostAt);
      return { x1: x1, y1: y1, x2: x1 + (x2 - x1) * f, y2: y2, end: "lost" };
    }
    return { x1: x1, y1: y1, x2: x1 + (x2 - x1) * 0.5, y2: rowTop(N), end: "flight" };
  }
  var geometry = messages.map(arrowPoints);

  var drawn = { first: -1, last: -1 };
  function draw() {
    var viewTop = diagram.scrollTop, viewH = diagram.clientHeight;
    var first = Math.max(0, Math.floor((viewTop - TOP) / H) - 30);
    var last = Math.min(N - 1, Math.ceil((viewTop + viewH - TOP) / H) + 30);
    drawn.first = first; drawn.last = last;
    var yTop = rowTop(first), yBottom = rowTop(last + 1);
    var out = [];
    out.push('<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="5" fill="#b8bec6"/></pattern>');
    CATEGORIES.forEach(function (c) {
      out.push('<marker id="head-' + c[0] + '" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="' + c[1] + '"/></marker>');
    });
    out.push("</defs>");
    // Row backgrounds (steps, the violation and its step, crashes); they also take the clicks on a row.
    for (var r = first; r <= last; r++) {
      var row = rows[r], fill = "transparent", stroke = "", cls = "row";
      if (row.kind === "Step" || row.kind === "SpecAction" || row.kind === "LivenessPhase") fill = "#eef2f7";
      if (r === data.violationStepRow) { fill = "#fff0f1"; stroke = ' stroke="#d0021b" stroke-dasharray="4 2"'; cls += " violation-step"; }
      if (row.kind === "Violation") { fill = "#fde8ea"; stroke = ' stroke="#d0021b" stroke-width="1.5"'; cls += " violation"; }
      if (row.kind === "Crashed") fill = "#fff5f5";
      out.push('<rect class="' + cls + '" data-r="' + r + '" x="0" y="' + rowTop(r) + '" width="' + WIDTH + '" height="' + H + '" fill="' + fill + '"' + stroke + "/>");
    }
    out.push('<g class="inert">');
    out.push('<rect id="cursor" x="1" y="' + (rowTop(pos) + 1) + '" width="' + (WIDTH - 2) + '" height="' + (H - 2) + '" fill="' + (pos === data.violationRow ? "none" : "rgba(255,200,0,.25)") + '" stroke="#e0a800" stroke-width="2"/>');
    // Lane lines and bands.
    servers.forEach(function (s) {
      var x = laneX(s);
      out.push('<line x1="' + x + '" y1="' + yTop + '" x2="' + x + '" y2="' + yBottom + '" stroke="#d8dde3"/>');
      bands[s].forEach(function (b) {
        if (b.end <= first || b.start > last + 1) return;
        var y1 = rowTop(Math.max(b.start, first)), y2 = rowTop(Math.min(b.end, last + 1));
        var st = b.state;
        if (!st.up) {
          out.push('<rect x="' + (x - 4) + '" y="' + y1 + '" width="8" height="' + (y2 - y1) + '" fill="url(#hatch)"/>');
        } else {
          var est = st.established ? ' stroke="#7a4a10" stroke-width="1.5"' : "";
          out.push('<rect x="' + (x - 8) + '" y="' + y1 + '" width="16" height="' + (y2 - y1) + '" fill="' + ROLE[st.role] + '" fill-opacity="' + PHASE_OPACITY[st.phase] + '"' + est + "/>");
        }
        // A label where the band starts, and at the top of the window for a band that started above it.
        var labelRow = Math.max(b.start, first);
        if (b.start >= first || labelRow === first) {
          var label = !st.up ? "down" : (st.role === "looking" ? "looking" : (st.role === "leading" ? "L" : "F") + " e" + st.currentEpoch + " " + (st.phase === "synchronization" ? "sync" : st.phase === "broadcast" ? "bcast" : "disc"));
          out.push('<text class="band-label" x="' + (x - 12) + '" y="' + (rowTop(labelRow) + 11) + '" text-anchor="end">' + esc(label) + "</text>");
        }
      });
    });
    // Partition stripes.
    partitions.forEach(function (p) {
      if (p.end <= first || p.start > last + 1) return;
      var y1 = rowTop(Math.max(p.start, first)), y2 = rowTop(Math.min(p.end, last + 1));
      servers.forEach(function (s) {
        var g = p.side[s];
        if (g === undefined) return;
        out.push('<rect x="' + (laneX(s) + 11) + '" y="' + y1 + '" width="4" height="' + (y2 - y1) + '" fill="' + GROUP[g % GROUP.length] + '"/>');
      });
    });
    out.push("</g>");
    // Client operations overlapping the window; those of the non-conforming sub-history outlined in red.
    clientOps.forEach(function (op, i) {
      var gq = opGeometry(op, i);
      if (gq.y2 < yTop || gq.y1 > yBottom) return;
      var stroke = op.violating ? ' stroke="#d0021b" stroke-width="2.5"' + (op.weakened ? ' stroke-dasharray="4 2"' : "") : op.outcome === "indeterminate" ? ' stroke="#b45309" stroke-dasharray="3 2"' : "";
      out.push('<g class="cop' + (op.violating ? " violating" : "") + '" data-op="' + i + '"><rect x="' + gq.x + '" y="' + gq.y1 + '" width="8" height="' + (gq.y2 - gq.y1) + '" rx="2" fill="' + OP_FILL[op.outcome] + '"' + stroke + "/></g>");
    });
    // Arrows overlapping the window.
    for (var i = 0; i < messages.length; i++) {
      var m = messages[i], cat = CATEGORY[m.tag];
      if (!shown[cat]) continue;
      var gm = geometry[i];
      if (Math.max(gm.y1, gm.y2) < yTop || Math.min(gm.y1, gm.y2) > yBottom) continue;
      var color = COLOR[cat];
      var dash = m.exact ? "" : ' stroke-dasharray="4 3"';
      var head = gm.end === "recv" ? ' marker-end="url(#head-' + cat + ')"' : "";
      var line = 'x1="' + gm.x1 + '" y1="' + gm.y1 + '" x2="' + gm.x2 + '" y2="' + gm.y2 + '"';
      // The messages the event at the cursor received or sent stand out.
      var current = m.receivedAt === pos || m.sentAt === pos;
      var width = current ? 3.2 : cat === "ping" || cat === "election" ? 1.2 : 1.8;
      var g = '<g class="msg' + (current ? " current" : "") + '" data-m="' + i + '"><line class="vis" ' + line + ' stroke="' + color + '" stroke-width="' + width + '"' + dash + head + "/>";
      if (gm.end === "lost") g += '<path d="M' + (gm.x2 - 4) + " " + (gm.y2 - 4) + " l8 8 M" + (gm.x2 + 4) + " " + (gm.y2 - 4) + ' l-8 8" stroke="#d0021b" stroke-width="2"/>';
      if (gm.end === "flight") g += '<circle cx="' + gm.x2 + '" cy="' + gm.y2 + '" r="3" fill="' + color + '"/>';
      g += '<line class="hit" ' + line + "/>";
      // Lost messages go unlabelled: their arrows end close together at the loss (hover tells them apart).
      if (showLabels && cat !== "ping" && gm.end === "recv") {
        var lx = gm.x1 + (gm.x2 - gm.x1) * 0.6, ly = gm.y1 + (gm.y2 - gm.y1) * 0.6 - 2;
        g += '<text class="lbl" x="' + lx + '" y="' + ly + '" text-anchor="middle" fill="' + color + '">' + esc(m.label) + "</text>";
      }
      g += "</g>";
      out.push(g);
    }
    // Markers and text, row by row, above the arrows but letting the pointer through to them and the rows.
    out.push('<g class="inert">');
    for (var r2 = first; r2 <= last; r2++) {
      var rw = rows[r2], y = rowMid(r2);
      out.push("<g>");
      if (rw.server !== null && laneIndex[rw.server] !== undefined) out.push(marker(rw, laneX(rw.server), y));
      if (rw.kind === "Violation") (rw.servers || []).forEach(function (s) { if (laneIndex[s] !== undefined) out.push('<circle cx="' + laneX(s) + '" cy="' + y + '" r="9" fill="none" stroke="#d0021b" stroke-width="3"/>'); });
      if (rw.kind === "Partitioned" || rw.kind === "Healed") out.push('<line x1="' + (laneX(servers[0]) - 20) + '" y1="' + y + '" x2="' + (laneX(servers[servers.length - 1]) + 20) + '" y2="' + y + '" stroke="#2b6cb0" stroke-width="1.5" stroke-dasharray="6 3"/>');
      out.push('<text class="num" x="' + (GUTTER - 6) + '" y="' + (y + 4) + '" text-anchor="end">' + (r2 + 1) + "</text>");
      var weight = rw.kind === "Step" || rw.kind === "SpecAction" || rw.kind === "Violation" || rw.kind === "LivenessPhase" ? ' font-weight="700"' : "";
      var tfill = rw.kind === "Violation" || rw.kind === "Crashed" ? "#b00016" : rw.kind === "Observe" || rw.kind === "FsyncCompleted" ? "#6b7280" : "#1d2430";
      out.push('<text class="rowtext" x="' + TEXTX + '" y="' + (y + 4) + '" fill="' + tfill + '"' + weight + ">" + esc(rw.text) + "</text>");
      out.push("</g>");
    }
    out.push("</g>");
    svg.setAttribute("height", String(yBottom - yTop + 2 * H));
    svg.setAttribute("viewBox", "0 " + yTop + " " + WIDTH + " " + (yBottom - yTop + 2 * H));
    svg.style.top = yTop + "px";
    svg.innerHTML = out.join("");
  }

  function marker(rw, x, y) {
    switch (rw.kind) {
      case "Received": return '<circle cx="' + x + '" cy="' + y + '" r="2.5" fill="#333"/>';
      case "Delivered": return '<circle cx="' + x + '" cy="' + y + '" r="5" fill="#1e8449" stroke="#fff" stroke-width="1"/>';
      case "Established": return '<path transform="translate(' + (x - 8) + "," + (y - 8) + ')" d="M8 0 l2.1 5.2 5.6 .4-4.3 3.6 1.4 5.5-4.8-3-4.8 3 1.4-5.5-4.3-3.6 5.6-.4z" fill="#e69138" stroke="#7a4a10" stroke-width=".8"/>';
      case "FsyncCompleted": return '<g><rect x="' + (x - 6) + '" y="' + (y - 5) + '" width="12" height="10" fill="#fff" stroke="#333"/><rect x="' + (x - 6) + '" y="' + (y - 5) + '" width="12" height="3.5" fill="#333"/></g>';
      case "Crashed": return '<path d="M' + (x - 7) + " " + (y - 7) + " l14 14 M" + (x + 7) + " " + (y - 7) + ' l-14 14" stroke="#d0021b" stroke-width="3.5"/>';
      case "Restarted": return '<path d="M' + (x - 7) + " " + (y + 6) + " L" + x + " " + (y - 7) + " L" + (x + 7) + " " + (y + 6) + ' z" fill="#2f855a"/>';
      case "ClientRequest": return '<g><rect x="' + (x - 7) + '" y="' + (y - 6) + '" width="14" height="12" rx="2" fill="#c2185b"/><text x="' + x + '" y="' + (y + 3.5) + '" font-size="9" text-anchor="middle" fill="#fff">C</text></g>';
      case "Replied": return '<g><rect x="' + (x - 7) + '" y="' + (y - 6) + '" width="14" height="12" rx="2" fill="#fff" stroke="#c2185b"/><text x="' + x + '" y="' + (y + 3.5) + '" font-size="9" text-anchor="middle" fill="#c2185b">R</text></g>';
      case "RoleChange": return '<path d="M' + x + " " + (y - 5) + " l5 5 -5 5 -5 -5z" + '" fill="#555"/>';
      case "Observe":
        // The leader's decision to commit is worth seeing among the other protocol branches.
        if (rw.branch === "commit") return '<circle cx="' + x + '" cy="' + y + '" r="5" fill="#fff" stroke="#1e8449" stroke-width="2"/>';
        return '<circle cx="' + x + '" cy="' + y + '" r="2" fill="#9aa1ab"/>';
      default: return "";
    }
  }

  // ---- the side panel
  function fmtState(s, st, prev) {
    if (st === null) return '<tr class="down"><td class="sid">' + s + "</td><td colspan=6>not started</td></tr>";
    var changed = prev !== null && JSON.stringify(prev) !== JSON.stringify(st);
    var cls = (st.up ? "" : "down") + (named[s] ? " named" : "") + (changed ? " changed" : "");
    var role = st.up ? '<span class="role" style="background:' + ROLE[st.role] + '">' + st.role + "</span> " + st.phase : "down (was " + st.role + ")";
    function q(v) { return v === null ? "?" : esc(v); }
    return '<tr class="' + cls + '"><td class="sid">' + s + (named[s] ? "*" : "") + "</td><td>" + role + (st.established ? " &#9733;" : "") + "</td><td>" + q(st.acceptedEpoch) + "/" + q(st.currentEpoch) + "</td><td>" + (st.leader === null ? "-" : st.leader) +
      "</td><td>" + q(st.lastLogged) + "</td><td>" + esc(st.lastDelivered) + " (" + st.delivered + ")</td><td>" + st.fsyncedThrough + "</td></tr>";
  }
  function showSide() {
    document.getElementById("at").textContent = "event " + (pos + 1);
    var row = rows[pos];
    var ev = document.getElementById("event");
    ev.textContent = (pos + 1) + ". " + row.text;
    ev.className = row.kind === "Violation" ? "bad" : "";
    var html = '<tr><th>id</th><th>role / phase</th><th title="acceptedEpoch / currentEpoch">epochs</th><th title="the leader it follows">ldr</th><th title="last logged zxid">logged</th><th title="last delivered zxid (how many delivered)">delivered</th><th title="fsync completed through storage write">fsync</th></tr>';
    servers.forEach(function (s) { html += fmtState(s, stateAt(s, pos), pos > 0 ? stateAt(s, pos - 1) : null); });
    document.getElementById("state").innerHTML = html;
    var flight = [];
    for (var i = 0; i < messages.length; i++) {
      var m = messages[i];
      if (m.sentAt === null || m.sentAt > pos) continue;
      var endRow = m.receivedAt !== null ? m.receivedAt : m.lostAt !== null ? m.lostAt : Infinity;
      if (endRow <= pos) continue;
      flight.push(m);
    }
    var fh = flight.length === 0 ? '<div style="color:#6b7280">nothing</div>' : "";
    flight.slice(0, 40).forEach(function (m) {
      fh += '<div><span class="swatch" style="background:' + COLOR[CATEGORY[m.tag]] + '"></span>' + m.from + "&rarr;" + m.to + " " + esc(m.label) + (m.receivedAt === null ? (m.lostAt === null ? " (never delivered)" : " (to be lost)") : "") + "</div>";
    });
    if (flight.length > 40) fh += "<div>... and " + (flight.length - 40) + " more</div>";
    document.getElementById("flight").innerHTML = fh;
    var stepRow = -1;
    for (var k = stepRows.length - 1; k >= 0; k--) if (stepRows[k] <= pos) { stepRow = stepRows[k]; break; }
    document.getElementById("position").textContent = "event " + (pos + 1) + " of " + N + (stepRow < 0 ? " \u00b7 start-up" : rows[stepRow].kind === "LivenessPhase" ? " \u00b7 liveness phase" : " \u00b7 " + rows[stepRow].text.split(":")[0]);
  }

  function setPos(p, center) {
    pos = Math.max(0, Math.min(N - 1, p));
    slider.value = String(pos);
    var y = rowTop(pos), top = diagram.scrollTop, h = diagram.clientHeight;
    if (center || y < top + 40 || y > top + h - 40) diagram.scrollTop = Math.max(0, y - h / 2);
    draw();
    showSide();
  }
  function nextStep(dir) {
    if (dir > 0) { for (var i = 0; i < stepRows.length; i++) if (stepRows[i] > pos) return stepRows[i]; return N - 1; }
    for (var j = stepRows.length - 1; j >= 0; j--) if (stepRows[j] < pos) return stepRows[j];
    return 0;
  }

  slider.addEventListener("input", function () { setPos(Number(slider.value), false); });
  document.getElementById("prev").addEventListener("click", function () { setPos(pos - 1, false); });
  document.getElementById("next").addEventListener("click", function () { setPos(pos + 1, false); });
  document.addEventListener("keydown", function (ev) {
    if (ev.target && ev.target.type === "checkbox") return;
    var k = ev.key, p = null;
    if (k === "ArrowRight" || k === "ArrowDown") p = ev.shiftKey ? nextStep(1) : pos + 1;
    else if (k === "ArrowLeft" || k === "ArrowUp") p = ev.shiftKey ? nextStep(-1) : pos - 1;
    else if (k === "Home") p = 0;
    else if (k === "End") p = N - 1;
    else if ((k === "v" || k === "V") && data.violationRow !== null) p = data.violationRow;
    if (p === null) return;
    ev.preventDefault();
    setPos(p, k === "v" || k === "V");
  });
  var pending = false;
  diagram.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  });
  window.addEventListener("resize", function () { draw(); });
  svg.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!t.closest) return;
    var msg = t.closest("g.msg");
    if (msg !== null) {
      var m = messages[Number(msg.getAttribute("data-m"))];
      var at = m.receivedAt !== null ? m.receivedAt : m.lostAt !== null ? m.lostAt : m.sentAt;
      if (at !== null) setPos(at, false);
      return;
    }
    var cop = t.closest("g.cop");
    if (cop !== null) { setPos(clientOps[Number(cop.getAttribute("data-op"))].invokedAfter + 1, false); return; }
    var g = t.closest("[data-r]");
    if (g !== null) setPos(Number(g.getAttribute("data-r")), false);
  });
  var tip = document.getElementById("tip");
  function rowLabel(r) { return r === null ? "?" : "event " + (r + 1); }
  svg.addEventListener("mousemove", function (ev) {
    var c = ev.target.closest ? ev.target.closest("g.cop") : null;
    if (c !== null) {
      var op = clientOps[Number(c.getAttribute("data-op"))];
      tip.textContent = op.text + "\n" + (op.invokedAfter < 0 ? "invoked before the first event" : "invoked after " + rowLabel(op.invokedAfter)) + ", " + (op.completedAfter === null ? "not completed within the trace" : "completed after " + rowLabel(op.completedAfter)) +
        (op.violating ? "\nin the sub-history no order of which explains its results" + (op.weakened ? " (its result set aside there)" : "") : "");
      tip.hidden = false;
      tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - 470) + "px";
      tip.style.top = (ev.clientY + 14) + "px";
      return;
    }
    var g = ev.target.closest ? ev.target.closest("g.msg") : null;
    if (g === null) { tip.hidden = true; return; }
    var m = messages[Number(g.getAttribute("data-m"))];
    var fate = m.receivedAt !== null ? "received at " + rowLabel(m.receivedAt) : m.lostAt !== null ? (m.lostAt === m.sentAt ? "dropped at once: the link was down" : "lost in flight at " + rowLabel(m.lostAt)) : "still in flight when the trace ends";
    tip.textContent = m.from + " -> " + m.to + "  " + m.text + "\nsent after " + rowLabel(m.sentAt) + (m.exact ? "" : " (estimated: no later than this)") + ", " + fate;
    tip.hidden = false;
    tip.style.left = Math.min(ev.clientX + 14, window.innerWidth - 470) + "px";
    tip.style.top = (ev.clientY + 14) + "px";
  });
  svg.addEventListener("mouseleave", function () { tip.hidden = true; });

  window.zabView = { setPos: setPos, position: function () { return pos; }, drawnRows: function () { return drawn; } };
  setPos(data.violationRow !== null ? data.violationRow : 0, true);
  diagram.focus();
})();
`
