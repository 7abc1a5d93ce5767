// faultline web app: the actor network, drawn by Cytoscape.js (from its WebJar) with its force-directed layout (cose).
// Loaded before app.js; app.js's renderNetwork() calls drawNetwork(). Nodes are actors (label: name and CAMEO code,
// size: events), edges are dyads (width: events, colour: mean Goldstein score, red conflict to green cooperation),
// dashed edges are relations the articles state. An actor acting on itself makes no edge.
'use strict';

const NETWORK_MAX_NODES = 60;

function goldsteinColor(g) {
  const t = Math.max(-10, Math.min(10, g)) / 10;
  if (t < 0) return 'rgb(' + Math.round(150 + 90 * -t) + ',' + Math.round(120 - 80 * -t) + ',' + Math.round(110 - 70 * -t) + ')';
  return 'rgb(' + Math.round(150 - 110 * t) + ',' + Math.round(140 + 40 * t) + ',' + Math.round(110 - 40 * t) + ')';
}

/** The graph of the events shown and the stated relations: {nodes, edges, relations}, no self-loops. */
function networkGraph(events, relations) {
  const nodes = new Map(), edges = new Map();
  const node = (a) => {
    if (!nodes.has(a.code)) nodes.set(a.code, { id: a.code, name: a.name && a.name !== a.code ? a.name : null, n: 0 });
    const x = nodes.get(a.code);
    if (!x.name && a.name && a.name !== a.code) x.name = a.name;
    return x;
  };
  for (const e of events) {
    if (!e.actor1 || !e.actor2 || !e.actor1.code || !e.actor2.code || e.actor1.code === e.actor2.code) continue;
    node(e.actor1).n++; node(e.actor2).n++;
    const k = e.actor1.code + '|' + e.actor2.code;
    if (!edges.has(k)) edges.set(k, { a: e.actor1.code, b: e.actor2.code, n: 0, g: 0, gn: 0 });
    const x = edges.get(k); x.n++; if (e.goldstein != null) { x.g += e.goldstein; x.gn++; }
  }
  const list = [...nodes.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)).slice(0, NETWORK_MAX_NODES);
  const keep = new Set(list.map((n) => n.id));
  const rel = [];
  for (const r of relations) {
    if (!r.a || !r.b || !r.a.code || !r.b.code || r.a.code === r.b.code || !keep.has(r.a.code) || !keep.has(r.b.code)) continue;
    if (!rel.some((x) => x.a === r.a.code && x.b === r.b.code && x.kind === r.kind)) rel.push({ a: r.a.code, b: r.b.code, kind: r.kind });
  }
  return { nodes: list, edges: [...edges.values()].filter((e) => keep.has(e.a) && keep.has(e.b)), relations: rel };
}

function drawNetwork(container, events, relations) {
  const g = networkGraph(events, relations);
  if (state.cy) { state.cy.destroy(); state.cy = null; }
  clear(container);
  if (!g.nodes.length) { container.append(el('p', { class: 'muted empty' }, 'No dyads among the events shown.')); return null; }
  const maxNode = Math.max(1, ...g.nodes.map((n) => n.n)), maxEdge = Math.max(1, ...g.edges.map((e) => e.n));
  const elements = [];
  for (const n of g.nodes)
    elements.push({ data: { id: n.id, label: n.name ? n.name + '\n' + n.id : n.id, name: n.name || n.id, events: n.n,
      size: 14 + 30 * Math.sqrt(n.n / maxNode) } });
  for (const e of g.edges) {
    const mean = e.gn ? e.g / e.gn : 0;
    elements.push({ data: { id: 'd:' + e.a + '|' + e.b, source: e.a, target: e.b, events: e.n, goldstein: Math.round(mean * 10) / 10,
      width: 1.5 + 8 * e.n / maxEdge, color: goldsteinColor(mean), kind: 'dyad' } });
  }
  g.relations.forEach((r, i) => elements.push({ data: { id: 'r:' + i, source: r.a, target: r.b, kind: 'relation', relation: r.kind,
    color: /host|enem|oppos|war|rival/i.test(r.kind) ? '#b71c1c' : '#1b5e20' } }));
  const cy = cytoscape({
    container, elements, minZoom: 0.2, maxZoom: 4, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': '#1d2b3a', 'background-opacity': 0.85,
        label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 11, color: '#1d232b', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1, 'min-zoomed-font-size': 6 } },
      { selector: 'edge[kind = "dyad"]', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', opacity: 0.8 } },
      { selector: 'edge[kind = "relation"]', style: { width: 2, 'line-color': 'data(color)', 'line-style': 'dashed', 'curve-style': 'bezier' } },
      { selector: 'node:selected', style: { 'background-color': '#ffb347' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 110,
      nodeOverlap: 20, componentSpacing: 80, gravity: 0.6, padding: 40, fit: true },
  });
  cy.on('mouseover', 'node', (ev) => { container.title = ev.target.data('name') + ' (' + ev.target.id() + '): ' + ev.target.data('events') + ' events'; });
  cy.on('mouseover', 'edge', (ev) => {
    const d = ev.target.data();
    container.title = d.kind === 'dyad' ? d.source + ' → ' + d.target + ': ' + d.events + ' events, mean Goldstein ' + d.goldstein
      : d.relation + ': ' + d.source + ' – ' + d.target;
  });
  cy.on('tap', 'node', (ev) => { const f = $('#filters'); f.actor.value = ev.target.id(); });
  state.cy = cy;
  return cy;
}
