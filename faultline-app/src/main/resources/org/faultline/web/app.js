// faultline web app. Every string from the API is untrusted data: it is put into the page with textContent or
// as a text node, never as HTML.
'use strict';

const ROOTS = ['Make public statement', 'Appeal', 'Express intent to cooperate', 'Consult', 'Engage in diplomatic cooperation',
  'Engage in material cooperation', 'Provide aid', 'Yield', 'Investigate', 'Demand', 'Disapprove', 'Reject', 'Threaten',
  'Protest', 'Exhibit force posture', 'Reduce relations', 'Coerce', 'Assault', 'Fight', 'Use unconventional mass violence'];
const QUADS = { 1: ['Verbal cooperation', '#2e7d32'], 2: ['Material cooperation', '#1565c0'],
  3: ['Verbal conflict', '#ef6c00'], 4: ['Material conflict', '#c62828'] };
const ACLED = { 'Battles': '#c62828', 'Explosions/Remote violence': '#6a1b9a', 'Violence against civilians': '#ad1457',
  'Protests': '#1565c0', 'Riots': '#ef6c00', 'Strategic developments': '#2e7d32' };
const GREY = '#78909c';

const state = { events: [], map: null, layer: null, boundaries: null, filters: {}, docs: [], docId: null, focus: null };

// ---- small DOM helpers: text only
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
function svg(tag, attrs, ...children) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) e.setAttribute(k, v);
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
const $ = (s) => document.querySelector(s);
function clear(e) { while (e.firstChild) e.firstChild.remove(); return e; }
function say(msg, isError) { const s = $('#status'); s.textContent = msg; s.className = isError ? 'error' : 'muted'; }

// ---- API
function token() { return localStorage.getItem('faultline.token') || ''; }
async function api(path, options) {
  const o = Object.assign({ headers: {} }, options || {});
  // writes always need the token; reads need it when the server runs with --read-token, and carry it when known
  if ((o.method && o.method !== 'GET') || token()) o.headers.Authorization = 'Bearer ' + token();
  const r = await fetch(path, o);
  const body = await r.json().catch(() => ({}));
  if (r.status === 401 && (!o.method || o.method === 'GET')) throw new Error((body.error || 'HTTP 401') + ' (enter it under API token)');
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}
function query() {
  const p = new URLSearchParams();
  for (const k of ['from', 'to', 'actor', 'root', 'status']) if (state.filters[k]) p.set(k, state.filters[k]);
  moreFilters(p);
  p.set('limit', '5000');
  return p.toString();
}
async function loadEvents() {
  say('loading events...');
  try {
    const r = await api('/api/events?' + query());
    state.events = r.events;
    state.watch = null;
    noteFilterChoices(r.events);
    say(r.count + ' events' + (r.truncated ? ' (first ' + r.limit + ')' : ''));
  } catch (e) { state.events = []; say(e.message, true); }
  if (['map', 'timeline', 'network'].includes(state.view) || (state.view === 'review' && !state.arg)) renderCurrent();
}
function label(a) { return a ? (a.name && a.name !== a.code ? a.name + ' (' + a.code + ')' : a.code) : '—'; }
function color(e) {
  if (state.filters.colorBy === 'acled') return ACLED[e.acled_type] || GREY;
  return (QUADS[e.quad] || [null, GREY])[1];
}

// ---- views
const VIEWS = ['map', 'timeline', 'network', 'claims', 'documents', 'review', 'add'];
VIEWS.push('sources', 'names');   // sources.js, names.js (issue 11)
function route() {
  const [view, arg] = (location.hash.slice(1) || 'map').split('/');
  const v = VIEWS.includes(view) ? view : 'map';
  for (const n of VIEWS) $('#view-' + n).hidden = n !== v;
  document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === v));
  $('#filters').hidden = !['map', 'timeline', 'network'].includes(v);
  state.view = v;
  state.arg = arg ? decodeURIComponent(arg) : null;
  renderCurrent();
}
function renderCurrent() {
  switch (state.view) {
    case 'map': return renderMap();
    case 'timeline': return renderTimeline();
    case 'network': return renderNetwork();
    case 'claims': return renderClaims();
    case 'documents': return renderDocuments();
    case 'review': return renderReview();
    case 'sources': return renderSources();
    case 'names': return renderNames();
    default: return null;
  }
}

// ---- map, with a grid clustering of its own
function initMap() {
  state.map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([25, 30], 3);
  state.map.attributionControl.addAttribution('Boundaries: Natural Earth');
  state.map.createPane('countries').style.zIndex = 250;   // under the place labels (labels.js) and the events
  fetch('/boundaries.geojson').then((r) => r.json()).then((g) => {
    state.boundaries = L.geoJSON(g, { pane: 'countries', interactive: false, style: { color: '#8a9bab', weight: 0.7, fillColor: '#fbfaf6', fillOpacity: 1 } })
      .addTo(state.map);
    state.boundaries.bringToBack();
  });
  state.layer = L.layerGroup().addTo(state.map);
  state.map.on('zoomend moveend', drawMarkers);
  initPlaceLabels(state.map);   // labels.js
}
let fitted = false;
function renderMap() {
  if (!state.map) initMap();
  state.map.invalidateSize();
  const located = state.events.filter((e) => e.location);
  if (!fitted && located.length) {
    fitted = true;
    state.map.fitBounds(L.latLngBounds(located.map((e) => [e.location.lat, e.location.lon])).pad(0.2), { maxZoom: 7 });
  }
  drawMarkers();
  legend();
  refreshPlaceLabels();
}
function drawMarkers() {
  if (!state.map || state.view !== 'map') return;
  state.layer.clearLayers();
  const cells = new Map();
  const cell = 44;
  for (const e of state.events) {
    if (!e.location) continue;
    const p = state.map.latLngToLayerPoint([e.location.lat, e.location.lon]);
    const key = Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(e);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const e = group[0];
      const m = L.circleMarker([e.location.lat, e.location.lon], { radius: 7 + Math.min(6, e.documents || 0),
        color: '#fff', weight: 1.5, fillColor: color(e), fillOpacity: 0.9,
        className: 'ev-marker ev-' + e.status + (e.review ? ' ev-reviewed' : '') });
      // a text node, never an HTML string: Leaflet puts strings into the tooltip as HTML
      m.bindTooltip(() => document.createTextNode((e.date || '') + ' ' + (e.cameo_name || e.cameo || '')));
      m.on('click', () => showCard(e.id));
      m.addTo(state.layer);
    } else {
      const lat = group.reduce((s, e) => s + e.location.lat, 0) / group.length;
      const lon = group.reduce((s, e) => s + e.location.lon, 0) / group.length;
      const icon = L.divIcon({ className: 'ev-cluster', html: '<div></div>', iconSize: [36, 36] });
      const m = L.marker([lat, lon], { icon, keyboard: true, title: group.length + ' events' });
      m.on('add', () => { const d = m.getElement().firstChild; d.textContent = String(group.length); });
      m.on('click', () => {
        const b = L.latLngBounds(group.map((e) => [e.location.lat, e.location.lon]));
        if (b.getNorthEast().equals(b.getSouthWest())) state.map.setView(b.getCenter(), state.map.getMaxZoom());
        else state.map.fitBounds(b.pad(0.3));
      });
      m.addTo(state.layer);
    }
  }
}
function legend() {
  const l = clear($('#legend'));
  const entries = state.filters.colorBy === 'acled' ? Object.entries(ACLED).map(([k, c]) => [k, c]).concat([['not an ACLED type', GREY]])
    : Object.values(QUADS);
  for (const [name, c] of entries) l.append(el('div', {}, el('span', { class: 'swatch', style: 'background:' + c }), name));
}
async function showCard(id) {
  const card = $('#card');
  card.hidden = false;
  clear(card).append(el('p', { class: 'muted' }, 'loading...'));
  let e;
  try { e = await api('/api/events/' + encodeURIComponent(id)); } catch (x) { clear(card).append(el('p', { class: 'error' }, x.message)); return; }
  clear(card);
  card.dataset.event = e.id;
  card.append(el('button', { class: 'close', title: 'close', onclick: () => { card.hidden = true; } }, '×'),
    el('h3', {}, (e.cameo_name || 'CAMEO ' + e.cameo) + ' '), statusBadges(e),
    el('dl', {},
      el('dt', {}, 'Date'), el('dd', { class: 'f-date' }, e.date || '—'),
      el('dt', {}, 'Actor 1'), el('dd', { class: 'f-actor1' }, label(e.actor1)),
      el('dt', {}, 'Actor 2'), el('dd', { class: 'f-actor2' }, label(e.actor2)),
      el('dt', {}, 'Type'), el('dd', { class: 'f-cameo' }, e.cameo + (e.acled_type ? ' · ' + e.acled_type : '') + (e.goldstein != null ? ' · Goldstein ' + e.goldstein : '')),
      el('dt', {}, 'Place'), el('dd', { class: 'f-place' }, e.location ? e.location.name + (e.location.country ? ', ' + e.location.country : '') : '—'),
      el('dt', {}, 'Fatalities'), el('dd', { class: 'f-fatalities' }, e.fatalities == null ? '—' : String(e.fatalities)),
      el('dt', {}, 'Reports'), el('dd', { class: 'f-reports' }, reportCount(e))),
    el('h4', {}, 'Evidence'));
  for (const g of reportsByDocument(e.reports)) {   // each report once: one entry per document, its sentences once each
    card.append(el('div', { class: 'evidence report', 'data-document': g.document },
      el('div', { class: 'muted' }, (g.outlet || 'unknown outlet') + (g.published ? ', ' + g.published : '')
        + (g.citations.length ? ' — citing ' + g.citations.join(', ') : '')),
      g.sentences.map((t) => el('mark', { class: 'hl-evidence' }, t)),
      el('div', {}, el('a', { href: '#documents/' + encodeURIComponent(g.document) + '/' }, 'open in document'))));
  }
  if (!e.reports.length && e.evidence) card.append(el('div', { class: 'evidence' }, el('mark', { class: 'hl-evidence' }, e.evidence.text)));
  for (const c of e.claims) {
    card.append(el('div', { class: 'evidence' }, el('strong', {}, c.stance === 'deny' ? 'Denial' : 'Claim'), ' by ',
      label(c.claimant), ': ', el('mark', {}, c.evidence.text)));
  }
  card.append(el('p', {}, el('a', { href: '#review/' + encodeURIComponent(e.id), class: 'review-link' }, 'Review this event')));
}
/** "2 reports", one per document, and the sentences when a document tells the event more than once. */
function reportCount(e) {
  const n = reportsByDocument(e.reports).length;
  return n + ' report' + (n === 1 ? '' : 's') + (e.reports.length > n ? ' (' + e.reports.length + ' sentences)' : '');
}
/** An event's reports grouped by document, in order: its outlet and date once, each distinct sentence and citation once. */
function reportsByDocument(reports) {
  const groups = new Map();
  for (const r of reports) {
    if (!groups.has(r.document)) groups.set(r.document, { document: r.document, outlet: r.outlet, published: r.published, sentences: [], citations: [] });
    const g = groups.get(r.document);
    const t = r.evidence ? r.evidence.text : '';
    if (t && !g.sentences.includes(t)) g.sentences.push(t);
    if (r.citation && r.citation.outlet && !g.citations.includes(r.citation.outlet)) g.citations.push(r.citation.outlet);
  }
  return [...groups.values()];
}
function statusBadges(e) {
  const s = el('span', {}, el('span', { class: 'badge ' + e.status }, e.status));
  if (e.review) s.append(' ', el('span', { class: 'badge reviewed ' + e.review.state, title: 'by ' + e.review.reviewer + ' at ' + e.review.at },
    'reviewed: ' + e.review.state));
  return s;
}

// ---- timeline: Chart.js on a time axis, in timeline.js

// ---- actor network: Cytoscape.js, in network.js
async function renderNetwork() {
  let relations = [];
  try { relations = (await api('/api/relations')).relations; } catch (x) { say(x.message, true); }
  if (state.view !== 'network') return;
  drawNetwork($('#network'), state.events, relations);
  const lg = clear($('#network-legend'));
  lg.append(el('span', {}, 'Actors: name and CAMEO code, size = events. Edges: dyads, width = events, colour = mean Goldstein: ',
    el('span', { class: 'swatch', style: 'background:' + goldsteinColor(-10) }), ' conflict ',
    el('span', { class: 'swatch', style: 'background:' + goldsteinColor(0) }), ' neutral ',
    el('span', { class: 'swatch', style: 'background:' + goldsteinColor(10) }),  ' cooperation.'),
    el('span', {}, 'Dashed: stated relations (green alliance, red hostility). Click an actor to put it in the actor filter.'));
}

// ---- claims board
async function renderClaims() {
  const box = clear($('#claims'));
  let r;
  try { r = await api('/api/claims?contested=true'); } catch (x) { box.append(el('p', { class: 'error' }, x.message)); return; }
  box.append(sourceNote());   // sources.js
  if (!r.pairs.length) { box.append(el('p', { class: 'muted' }, 'No contested events.')); return; }
  for (const p of r.pairs) {
    const pair = el('div', { class: 'pair' });
    pair.append(side(p.claim, 'Claim'), side(p.denial, 'Denial'));
    const a = p.about;
    const what = a ? [(a.cameo_name || 'CAMEO ' + a.cameo), a.date, label(a.actor1) + ' → ' + label(a.actor2),
      a.location ? a.location.name + (a.location.country ? ', ' + a.location.country : '') : null].filter(Boolean).join(' · ') : null;
    box.append(el('h3', { class: 'pair-event' }, what || 'Event ', p.event ? el('a', { href: '#review/' + encodeURIComponent(p.event),
      class: 'muted event-id', title: 'review this event' }, what ? ' (' + p.event + ')' : p.event) : '(unlinked)'), pair);
  }
}
function side(c, title) {
  const d = el('div', { class: 'side ' + (c && c.stance === 'deny' ? 'deny' : 'assert') });
  if (!c) { d.append(el('h4', {}, title), el('p', { class: 'muted' }, 'not found')); return d; }
  const who = (c.claimants && c.claimants.length ? c.claimants : [c.claimant]).map(label).join(' and ');
  d.append(el('h4', {}, title + ' — ', el('span', { class: 'claimants' }, who)),
    el('div', { class: 'muted' }, 'Source: ' + (c.source || '—') + ' · Date: ' + (c.date || '—') + ' · in ' + (c.outlet || 'unknown outlet')),
    sourceRecordLine(c.sources));   // sources.js
  const ctx = c.context || { before: '', evidence: c.evidence.text, after: '' };
  d.append(el('p', { class: 'context' }, ctx.cut_before ? '… ' : '', ctx.before, el('mark', { class: 'hl-evidence' }, ctx.evidence),
    ctx.after, ctx.cut_after ? ' …' : ''),
    el('a', { href: '#documents/' + encodeURIComponent(c.document) }, 'open document'));
  return d;
}

// ---- document view
async function renderDocuments() {
  const list = clear($('#doclist'));
  try { state.docs = (await api('/api/documents?limit=500')).documents; } catch (x) { list.append(el('li', { class: 'error' }, x.message)); return; }
  const id = state.arg || (state.docs[0] && state.docs[0].id);
  for (const d of state.docs) {
    list.append(el('li', { class: d.id === id ? 'active' : '', 'data-id': d.id, onclick: () => { location.hash = '#documents/' + encodeURIComponent(d.id); } },
      el('strong', {}, d.title || d.id), el('div', { class: 'muted' }, (d.outlet || '') + ' ' + (d.published || '') + ' · ' + d.events + ' events')));
  }
  const box = clear($('#document'));
  if (!id) { box.append(el('p', { class: 'muted' }, 'No documents yet.')); return; }
  let d;
  try { d = await api('/api/documents/' + encodeURIComponent(id)); } catch (x) { box.append(el('p', { class: 'error' }, x.message)); return; }
  box.append(el('h2', { class: 'doc-title' }, d.title || d.id), el('p', { class: 'muted' }, (d.outlet || 'unknown outlet') + ' · ' + (d.published || 'undated')));
  const legendBox = el('p', { class: 'legend inline' },
    el('span', { class: 'hl-event' }, 'event'), el('span', { class: 'hl-actor' }, 'actor'), el('span', { class: 'hl-place' }, 'place'),
    el('span', { class: 'hl-date' }, 'date'), el('span', { class: 'hl-quote' }, 'quote'), el('span', { class: 'hl-citation' }, 'citation'));
  box.append(legendBox, highlighted(d));
  const events = el('ul', {});
  for (const e of d.events) events.append(el('li', {}, el('span', { class: 'badge ' + e.status }, e.status), ' ', e.date || '', ' ',
    e.cameo_name || e.cameo, ': ', label(e.actor1), ' → ', label(e.actor2), e.location ? ' @ ' + e.location.name : ''));
  box.append(el('h3', {}, d.events.length + ' events'), events);
  box.append(documentClaims(d));   // sources.js
}
function highlighted(d) {
  const text = d.text, n = text.length;
  const spans = [];
  const add = (s, e, cls, title) => { if (s >= 0 && e > s && e <= n) spans.push({ s, e, cls, title }); };
  for (const e of d.events) if (e.evidence) add(e.evidence.start, e.evidence.end, 'hl-event', (e.cameo_name || e.cameo) + ' (' + e.status + ')');
  for (const a of d.actors) add(a.start, a.end, 'hl-actor', a.actor ? a.actor.code : '');
  for (const q of d.quotes) add(q.start, q.end, 'hl-quote', q.speaker ? 'quote: ' + q.speaker.name : 'quote');
  for (const c of d.citations) add(c.start, c.end, 'hl-citation', 'citation: ' + c.outlet);
  for (const m of d.place_mentions || []) {
    const p = d.places[m.place];
    if (p) add(m.start, m.end, 'hl-place', p.canonical + (p.country ? ', ' + p.country : ''));
  }
  for (const m of d.dates || []) add(m.start, m.end, 'hl-date', 'date: ' + m.date);
  const cuts = new Set([0, n]);
  for (const s of spans) { cuts.add(s.s); cuts.add(s.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('div', { class: 'doctext' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const on = spans.filter((s) => s.s <= a && s.e >= b);
    const piece = text.slice(a, b);
    if (!on.length) { out.append(document.createTextNode(piece)); continue; }
    out.append(el('span', { class: on.map((s) => s.cls).join(' '), title: on.map((s) => s.title).filter(Boolean).join('; ') }, piece));
  }
  return out;
}

// ---- review
async function renderReview() {
  const box = clear($('#review'));
  const id = state.arg;
  if (!id) {
    box.append(el('h2', {}, 'Review'), el('p', { class: 'muted' }, 'Pick an event on the map, or one of these:'));
    const ul = el('ul', { class: 'review-list' });
    for (const e of state.events.slice(0, 200)) ul.append(el('li', { 'data-event': e.id },
      el('a', { href: '#review/' + encodeURIComponent(e.id) }, e.cameo_name || 'CAMEO ' + e.cameo),
      ' ', el('span', { class: 'r-date' }, e.date || 'undated'),
      ' · ', el('span', { class: 'r-actors' }, label(e.actor1) + ' → ' + label(e.actor2)),
      ' · ', el('span', { class: 'r-place' }, e.location ? e.location.name + (e.location.country ? ', ' + e.location.country : '') : 'no place'),
      ' ', el('span', { class: 'badge ' + e.status }, e.status),
      e.review ? el('span', { class: 'badge reviewed ' + e.review.state }, 'reviewed: ' + e.review.state) : null,
      ' ', el('code', { class: 'muted' }, e.id)));
    box.append(ul);
    return;
  }
  let e;
  try { e = await api('/api/events/' + encodeURIComponent(id)); } catch (x) { box.append(el('p', { class: 'error' }, x.message)); return; }
  box.append(el('h2', {}, 'Review event ', el('code', {}, e.id), ' '), statusBadges(e));
  box.append(el('div', { class: 'evidence' }, el('mark', { class: 'hl-evidence' }, e.evidence ? e.evidence.text : '')));
  const field = (name, lbl, value, ph) => el('label', {}, lbl + ' ', el('input', { type: 'text', name, value: value == null ? '' : String(value), placeholder: ph || '' }));
  const form = el('form', { class: 'review-form', id: 'review-form' },
    el('fieldset', {}, el('legend', {}, 'Decision'),
      ...['confirm', 'correct', 'reject'].map((a) => el('label', {}, el('input', { type: 'radio', name: 'action', value: a, checked: a === 'correct' ? 'checked' : null }), ' ' + a))),
    field('cameo', 'Type (CAMEO code, search by name)', e.cameo), field('actor1', 'Actor 1 (search by name or code)', e.actor1 && e.actor1.code),
    field('actor2', 'Actor 2 (search by name or code)', e.actor2 && e.actor2.code), field('place', 'Place', e.location && e.location.name),
    field('lat', 'Latitude', '', 'from the gazetteer'), field('lon', 'Longitude', '', 'from the gazetteer'),
    field('date', 'Date', e.date, 'YYYY-MM-DD'), field('fatalities', 'Fatalities', e.fatalities),
    field('reviewer', 'Reviewer', localStorage.getItem('faultline.reviewer') || ''),
    el('button', { type: 'submit' }, 'Save review'), ' ', el('span', { id: 'review-status', role: 'status' }));
  const original = { cameo: e.cameo, actor1: e.actor1 && e.actor1.code, actor2: e.actor2 && e.actor2.code,
    place: e.location && e.location.name, date: e.date, fatalities: e.fatalities == null ? '' : String(e.fatalities) };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(form), action = f.get('action'), corrections = {};
    if (action === 'correct') for (const k of Object.keys(original)) {
      const v = (f.get(k) || '').trim();
      if (v !== (original[k] == null ? '' : String(original[k])) && v !== '') corrections[k] = v;
    }
    const lat = (f.get('lat') || '').trim(), lon = (f.get('lon') || '').trim();
    if (action === 'correct' && lat !== '' && lon !== '')   // a place the gazetteer lacks: the reviewer gives its coordinates
      corrections.place = { name: (f.get('place') || '').trim(), lat: Number(lat), lon: Number(lon) };
    localStorage.setItem('faultline.reviewer', f.get('reviewer'));
    const st = $('#review-status');
    try {
      await api('/api/events/' + encodeURIComponent(id) + '/review', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reviewer: f.get('reviewer'), action, corrections: action === 'correct' ? corrections : null }) });
      st.textContent = 'saved'; st.className = 'ok';
      renderReview();
    } catch (x) { st.textContent = x.message; st.className = 'error'; }
  });
  box.append(form);
  reviewPickers(form);
  if (e.review) {
    const h = el('ul', { class: 'history' });
    for (const [k, c] of Object.entries(e.review.corrections))
      h.append(el('li', { class: 'correction', 'data-field': k }, k + ': ' + (c.coded == null ? '—' : String(c.coded)) + ' → ' + c.value
        + (c.lat != null ? ' (' + c.lat.toFixed(3) + ', ' + c.lon.toFixed(3) + ')' : '') + ' (by ' + c.reviewer + ', ' + c.at + ')'));
    box.append(el('h3', {}, 'Review: ' + e.review.state + ' by ' + e.review.reviewer + ' at ' + e.review.at), h);
  }
}

// ---- add an article
function initAdd() {
  const form = $('#add-form');
  form.file.addEventListener('change', async () => {
    const file = form.file.files[0];
    if (file) { form.text.value = await file.text(); form.dataset.format = /\.html?$/i.test(file.name) ? 'html' : 'text'; }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const st = $('#add-status');
    st.textContent = 'extracting... (the first article loads the language models)';
    st.className = 'muted';
    const body = { text: form.text.value, title: form.title.value || null, outlet: form.outlet.value || null,
      published: form.published.value || null, format: form.dataset.format || 'text' };
    try {
      const d = await api('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      st.textContent = (d.created ? 'stored: ' : 'already stored: ') + d.events.length + ' events, ' + d.claims.length + ' claims';
      st.className = 'ok';
      form.dataset.format = '';
      await loadEvents();
      location.hash = '#documents/' + encodeURIComponent(d.id);
    } catch (x) { st.textContent = x.message; st.className = 'error'; }
  });
}

// ---- start
function init() {
  const rootSel = document.querySelector('#filters select[name=root]');
  ROOTS.forEach((n, i) => { const c = String(i + 1).padStart(2, '0'); rootSel.append(el('option', { value: c }, c + ' ' + n)); });
  const t = $('#token');
  t.value = token();
  t.addEventListener('change', () => { localStorage.setItem('faultline.token', t.value.trim()); loadEvents(); });
  $('#filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData($('#filters'));
    state.filters = Object.fromEntries([...f.entries()].map(([k, v]) => [k, String(v).trim()]));
    loadEvents();
  });
  $('#filters').colorBy.addEventListener('change', () => { state.filters.colorBy = $('#filters').colorBy.value; renderCurrent(); });
  initTimeline();
  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => { if (state.view === 'timeline') renderTimeline(); if (state.view === 'network') renderNetwork(); });
  initAdd();
  initDownloads();
  route();
  loadEvents();
}
init();
