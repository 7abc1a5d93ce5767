// faultline web app: source track records (issue 11). Loaded before app.js. app.js's router calls renderSources() for
// #sources; the claims board (side()) and the document view (documentClaims()) put sourceRecordLine(keys) beside each
// claim. Every string from the API goes into the page as text, never as HTML.
'use strict';

const SOURCE_NOTE = 'A record of what others reported about each source\u2019s claims, not a verdict on their truth.';
const SOURCE_COLUMNS = [
  ['name', 'Source', 'text'], ['kind', 'Kind', 'text'], ['country', 'Country', 'text'], ['claims', 'Claims', 'num'],
  ['denials', 'Denials made', 'num'], ['denied', 'Denied by another side', 'num'], ['denied_by', 'Denied by', 'text'],
  ['corroborated', 'Corroborated', 'num'], ['figures', 'Tolls compared', 'num'], ['above', 'Above median', 'num'],
  ['above_by', 'by (median excess)', 'num'], ['below', 'Below median', 'num'], ['below_by', 'by (median shortfall)', 'num'],
  ['first', 'First', 'text'], ['last', 'Last', 'text']];
const sourcesState = { records: [], sort: 'claims', desc: true, country: '' };

/** "Y (3); Z (1)" */
function deniedByText(s) { return (s.denied_by || []).map((d) => d.name + ' (' + d.claims + ')').join('; '); }

function sourceNote() { return el('p', { class: 'verdict-note' }, SOURCE_NOTE); }

async function renderSources() {
  const box = clear($('#sources'));
  const form = el('form', { class: 'inline-form', id: 'sources-form' },
    el('label', {}, 'Country ', el('input', { name: 'country', size: 4, maxlength: 3, placeholder: 'ISO3', value: sourcesState.country })),
    el('button', { type: 'submit' }, 'Show'), ' ', el('span', { id: 'sources-status', class: 'muted', role: 'status' }));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); sourcesState.country = form.country.value.trim().toUpperCase(); renderSources(); });
  box.append(el('h2', {}, 'Source track records'), sourceNote(),
    el('p', { class: 'muted' }, 'Claims: reports a source is the reporter or cited outlet of, and claims it makes (once per report). ',
      'Denied: a stored denial of the same merged incident, or of the claim, by another side (another country; else organisation or source). ',
      'Corroborated: another report or claim of the same incident by a source of another side. ',
      'Tolls: its death toll against the median of the incident\u2019s other reports. Click a column to sort.'), form);
  let r;
  try {
    r = await api('/api/sources' + (sourcesState.country ? '?country=' + encodeURIComponent(sourcesState.country) : ''));
  } catch (x) { box.append(el('p', { class: 'error' }, x.message)); return; }
  if (state.view !== 'sources') return;
  sourcesState.records = r.sources;
  $('#sources-status').textContent = r.count + ' sources' + (r.truncated ? ' (first ' + r.sources.length + ')' : '');
  box.append(el('table', { id: 'sources-table', class: 'data' }, el('thead', {}, el('tr', {}, SOURCE_COLUMNS.map(([k, label]) =>
    el('th', { 'data-sort': k, class: k === sourcesState.sort ? (sourcesState.desc ? 'sorted desc' : 'sorted asc') : null,
      title: 'sort by ' + label.toLowerCase(), onclick: () => sortSources(k) }, label)))), el('tbody', {})));
  drawSourceRows();
}

function sortSources(key) {
  if (sourcesState.sort === key) sourcesState.desc = !sourcesState.desc;
  else { sourcesState.sort = key; sourcesState.desc = SOURCE_COLUMNS.find((c) => c[0] === key)[2] === 'num'; }
  document.querySelectorAll('#sources-table th').forEach((th) => {
    th.className = th.dataset.sort === sourcesState.sort ? (sourcesState.desc ? 'sorted desc' : 'sorted asc') : '';
  });
  drawSourceRows();
}

function drawSourceRows() {
  const body = clear(document.querySelector('#sources-table tbody'));
  const col = SOURCE_COLUMNS.find((c) => c[0] === sourcesState.sort);
  const value = (s) => col[0] === 'denied_by' ? deniedByText(s) : s[col[0]];
  const rows = [...sourcesState.records].sort((a, b) => {
    const x = value(a), y = value(b);
    const c = col[2] === 'num' ? (x || 0) - (y || 0) : String(x || '').localeCompare(String(y || ''));
    return (sourcesState.desc ? -c : c) || a.name.localeCompare(b.name);
  });
  for (const s of rows) {
    body.append(el('tr', { 'data-key': s.key, title: s.key }, SOURCE_COLUMNS.map(([k, , type]) => {
      let v = k === 'denied_by' ? deniedByText(s) : s[k];
      if (type === 'num' && (k === 'above_by' || k === 'below_by')) v = s[k.replace('_by', '')] ? v : '';
      return el('td', { class: k + (type === 'num' ? ' num' : '') }, v == null ? '' : String(v));
    })));
  }
}

// ---- the short record beside a claim: one request for every claim drawn in the same turn
const sourceCache = { at: 0, records: new Map() };
let sourcePending = [];

/** An element that fills itself with the records of these source keys ("Name: 41 claims, 12 denied by Y, 9 corroborated"). */
function sourceRecordLine(keys) {
  const line = el('div', { class: 'source-record', title: SOURCE_NOTE });
  if (!keys || !keys.length) { line.append('Source record: no named source.'); return line; }
  line.dataset.keys = keys.join(' ');
  sourcePending.push([line, keys]);
  if (sourcePending.length === 1) setTimeout(flushSourceRecords, 0);
  return line;
}

async function flushSourceRecords() {
  const pending = sourcePending;
  sourcePending = [];
  if (Date.now() - sourceCache.at > 30000) { sourceCache.records.clear(); sourceCache.at = Date.now(); }
  const missing = [...new Set(pending.flatMap(([, keys]) => keys))].filter((k) => !sourceCache.records.has(k));
  try {
    for (let i = 0; i < missing.length; i += 200) {
      const p = new URLSearchParams();
      missing.slice(i, i + 200).forEach((k) => p.append('key', k));
      const r = await api('/api/sources?' + p);
      missing.slice(i, i + 200).forEach((k) => sourceCache.records.set(k, null));
      for (const s of r.sources) sourceCache.records.set(s.key, s);
    }
  } catch (x) {
    for (const [line] of pending) line.append('Source record: ' + x.message);
    return;
  }
  for (const [line, keys] of pending) {
    const found = keys.map((k) => sourceCache.records.get(k)).filter(Boolean);
    line.append('Source record: ', found.length ? found.map((s) => s.summary).join(' \u00b7 ') : 'none yet.');
  }
}

/** The claims of a document (the document view), each with its source's record. */
function documentClaims(d) {
  const box = el('div', { class: 'doc-claims' });
  if (!d.claims || !d.claims.length) return box;
  const ul = el('ul', { class: 'claim-list' });
  for (const c of d.claims) {
    ul.append(el('li', { 'data-claim': c.id }, el('span', { class: 'badge ' + (c.stance === 'deny' ? 'denied' : '') }, c.stance === 'deny' ? 'denial' : 'claim'),
      ' ', el('strong', {}, label(c.claimant)), c.citation ? ' (' + c.citation.outlet + ')' : '', ': ', c.text || c.evidence.text,
      sourceRecordLine(c.sources)));
  }
  box.append(el('h3', {}, d.claims.length + ' claims'), sourceNote(), ul);
  return box;
}
