// faultline web app: naming politics (issue 11). Loaded before app.js, after Chart.js (from its WebJar); app.js's
// router calls renderNames() for #names. For every place of several names, one small stacked bar chart (outlets x
// names, marked uses darker) and a table. Every string from the API goes into the page as text, never as HTML.
'use strict';

const NAME_COLORS = ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#ad1457', '#5d4037'];
const namesState = { place: '', charts: [] };

async function renderNames() {
  const box = clear($('#names'));
  for (const c of namesState.charts) c.destroy();
  namesState.charts = [];
  const form = el('form', { class: 'inline-form', id: 'names-form' },
    el('label', {}, 'Place ', el('input', { name: 'place', size: 18, placeholder: 'any of its names', value: namesState.place })),
    el('button', { type: 'submit' }, 'Show'), ' ', el('span', { id: 'names-status', class: 'muted', role: 'status' }));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); namesState.place = form.place.value.trim(); renderNames(); });
  box.append(el('h2', {}, 'Naming politics'),
    el('p', { class: 'muted' }, 'Places with several names in the gazetteer, and who writes which name: outlets, and the country of ',
      'the speaker (a quotation\u2019s speaker, else the sentence\u2019s reporter or claimant; \u201cown voice\u201d when the outlet speaks). ',
      'Marked: the name in scare quotes, or after words such as \u201cso-called\u201d, \u201cself-proclaimed\u201d, \u201coccupied\u201d. ',
      'A count of usage, not a judgement of anyone\u2019s name for a place.'), form);
  let r;
  try {
    r = await api('/api/names' + (namesState.place ? '?place=' + encodeURIComponent(namesState.place) : ''));
  } catch (x) { box.append(el('p', { class: 'error' }, x.message)); return; }
  if (state.view !== 'names') return;
  $('#names-status').textContent = r.count + (r.count === 1 ? ' place' : ' places') + ' of several names' + (r.truncated ? ' (the ' + r.places.length + ' most named)' : '');
  if (!r.places.length) { box.append(el('p', { class: 'muted' }, 'No place of several names is named yet.')); return; }
  for (const p of r.places) box.append(placeNames(p));
}

function placeNames(p) {
  const sec = el('section', { class: 'place-names', 'data-place': p.place });
  sec.append(el('h3', {}, p.place + (p.country ? ', ' + p.country : ''), ' ',
    el('span', { class: 'muted' }, p.mentions + ' mentions, ' + p.marked + ' marked; names: ' + p.names.join(' / '))));
  const canvas = el('canvas', { width: 860, height: 230, 'aria-label': 'mentions of each name of ' + p.place + ' per outlet', role: 'img' });
  const table = el('table', { class: 'data names-table' }, el('thead', {}, el('tr', {}, ['Name', 'Mentions', 'Documents', 'Marked', 'Marks',
    'First', 'Last', 'Outlets', 'Speakers\u2019 countries'].map((h) => el('th', {}, h)))), el('tbody', {}));
  for (const u of p.uses) {
    const marks = Object.entries(u.markers).map(([k, n]) => k + ' ' + n).join(', ');
    const outlets = u.outlets.map((t) => (t.outlet || 'unknown outlet') + ' ' + t.mentions + (t.marked ? ' (' + t.marked + ' marked)' : '')).join('; ');
    const countries = u.countries.map((t) => (t.country || 'own voice') + ' ' + t.mentions + (t.marked ? ' (' + t.marked + ' marked)' : '')).join('; ');
    table.tBodies[0].append(el('tr', { 'data-name': u.name }, el('td', { class: 'name' }, u.name), el('td', { class: 'num mentions' }, String(u.mentions)),
      el('td', { class: 'num' }, String(u.documents)), el('td', { class: 'num marked' }, String(u.marked)), el('td', { class: 'marks' }, marks),
      el('td', {}, u.first || ''), el('td', {}, u.last || ''), el('td', { class: 'outlets' }, outlets), el('td', { class: 'countries' }, countries)));
  }
  sec.append(el('div', { class: 'names-chart' }, canvas), table);
  namesState.charts.push(namesChart(canvas, p));
  return sec;
}

/** A stacked bar chart: one bar per outlet (the 12 that name the place most), one colour per name, marked uses darker. */
function namesChart(canvas, p) {
  const totals = new Map();
  for (const u of p.uses) for (const t of u.outlets) totals.set(t.outlet || 'unknown outlet', (totals.get(t.outlet || 'unknown outlet') || 0) + t.mentions);
  const outlets = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12).map((e) => e[0]);
  const datasets = [];
  p.uses.forEach((u, i) => {
    const color = NAME_COLORS[i % NAME_COLORS.length];
    const of = (o) => u.outlets.find((t) => (t.outlet || 'unknown outlet') === o);
    if (u.mentions > u.marked) datasets.push({ label: u.name, stack: 'uses', backgroundColor: color + '99', borderColor: color, borderWidth: 1,
      data: outlets.map((o) => { const t = of(o); return t ? t.mentions - t.marked : 0; }) });
    if (u.marked) datasets.push({ label: u.name + ' (marked)', stack: 'uses', backgroundColor: color, borderColor: '#1d232b', borderWidth: 1,
      data: outlets.map((o) => { const t = of(o); return t ? t.marked : 0; }) });
  });
  return new Chart(canvas, { type: 'bar', data: { labels: outlets, datasets },
    options: { responsive: false, animation: false, plugins: { legend: { position: 'right', labels: { boxWidth: 12, font: { size: 11 } } } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'mentions' } } } } });
}
