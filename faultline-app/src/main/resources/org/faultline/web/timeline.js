// faultline web app: the timeline. Chart.js (from its WebJar) draws stacked bars of events per day or week on a time
// axis (Luxon adapter, UTC days), so a period without events stays an empty gap at its place in time, and the axis
// shows months and years. The escalation curve (sum of Goldstein scores per period) is a line on a right axis.
// Dragging across the chart (chartjs-plugin-zoom's drag mode) brushes a range of dates into the date filter.
// Escalation-watch alerts (/api/watch) are marked with a flag and a dashed line in their period; the Dyad filter
// keeps one country pair. Loaded before app.js; app.js's renderCurrent() calls renderTimeline().
'use strict';

const DAY_MS = 86400000;

function bucketOf(date, size) {
  const d = new Date(date.length === 4 ? date + '-01-01' : date.length === 7 ? date + '-01' : date);
  if (size === 'week') { const day = (d.getUTCDay() + 6) % 7; d.setUTCDate(d.getUTCDate() - day); }
  return d.toISOString().slice(0, 10);
}
function dayMs(iso) { return Date.parse(iso + 'T00:00:00Z'); }
function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
function dyad(e) { return (e.actor1 ? e.actor1.code : '?') + ' → ' + (e.actor2 ? e.actor2.code : '?'); }
// escalation watch: alerts per dyad (country pair, alphabetical) from /api/watch, loaded once per event load
function dyadOf(e) {
  const a = e.actor1 && e.actor1.country, b = e.actor2 && e.actor2.country;
  return a && b ? [a, b].sort().join('-') : null;
}
async function loadWatch() {
  try { state.watch = await api('/api/watch?points=false'); } catch (x) { state.watch = { series: [], alerts: [] }; say(x.message, true); }
  if (state.view === 'timeline') renderTimeline();
}

/**
 * Counts per period of the events given: every period from the first to the last (or across the date filter) is
 * there, zero where nothing happened. Periods are the starts of days or Monday-to-Sunday weeks, in ms (UTC).
 */
function timelineSeries(events, size, by, inCurve, range) {
  const step = (size === 'week' ? 7 : 1) * DAY_MS;
  const dated = events.filter((e) => e.date);
  let first = range.from ? dayMs(bucketOf(range.from, size)) : Infinity;
  let last = range.to ? dayMs(bucketOf(range.to, size)) : -Infinity;
  if (!range.from) for (const e of dated) first = Math.min(first, dayMs(bucketOf(e.date, size)));
  if (!range.to) for (const e of dated) last = Math.max(last, dayMs(bucketOf(e.date, size)));
  if (!dated.length || !(first <= last)) return null;
  const periods = [];
  for (let t = first; t <= last; t += step) periods.push(t);
  const index = new Map(periods.map((t, i) => [t, i]));
  const counts = new Map(), curve = periods.map(() => 0);
  for (const e of dated) {
    const i = index.get(dayMs(bucketOf(e.date, size)));
    if (i === undefined) continue;
    const k = by === 'quad' ? String(e.quad || 0) : e.root;
    if (!counts.has(k)) counts.set(k, periods.map(() => 0));
    counts.get(k)[i]++;
    if (inCurve(e) && e.goldstein != null) curve[i] += e.goldstein;
  }
  return { periods, step, counts, curve, keys: [...counts.keys()].sort() };
}

/**
 * Tick labels: years on a yearly axis; else months (the year's first month bold with its year), or days within
 * months. The first tick carries its year too, so the spacing Chart.js keeps between ticks makes room for a year.
 */
function timeTickLabel(value, index, ticks) {
  const d = luxon.DateTime.fromMillis(value, { zone: 'utc' });
  const unit = this._unit, major = ticks[index] && ticks[index].major;
  if (unit === 'year') return d.toFormat('yyyy');
  if (index === 0) return unit === 'month' || unit === 'quarter' || major ? d.toFormat('LLL yyyy') : d.toFormat('d LLL yyyy');
  if (unit === 'month' || unit === 'quarter') return major ? d.toFormat('yyyy') : d.toFormat('LLL');
  return major ? d.toFormat('LLL') : d.toFormat('d');
}

/** After Chart.js has skipped the ticks that do not fit: the first tick shown, and the first of each year, say the year. */
function yearsOnTicks(scale) {
  let year = null;
  for (const t of scale.ticks) {
    const d = luxon.DateTime.fromMillis(t.value, { zone: 'utc' });
    if (d.year !== year && !String(t.label).includes(String(d.year)))
      t.label = scale._unit === 'month' || scale._unit === 'quarter' || t.major ? d.toFormat('LLL yyyy') : d.toFormat('d LLL yyyy');
    year = d.year;
  }
}

/** Puts the date range brushed across the chart into the date filter and reloads the events. */
function brushed(chart) {
  const x = chart.scales.x;
  const from = isoDay(Math.floor(x.min / DAY_MS) * DAY_MS);
  let to = isoDay(Math.ceil(x.max / DAY_MS) * DAY_MS - DAY_MS);
  if (to < from) to = from;
  const f = $('#filters');
  f.elements.from.value = from;
  f.elements.to.value = to;
  f.requestSubmit();
}

/** DOM marks over the canvas for the watch alerts, placed on the chart's own scale after each draw. */
const alertMarks = {
  id: 'alertMarks',
  afterRender(chart) {
    const area = chart.chartArea, x = chart.scales.x;
    for (const m of document.querySelectorAll('#timeline-marks .alert-mark')) {
      const px = x.getPixelForValue(Number(m.dataset.at));
      m.hidden = !(px >= area.left && px <= area.right);
      m.style.left = px + 'px';
      m.style.top = area.top + 'px';
      m.style.height = (area.bottom - area.top) + 'px';
    }
  },
};

function renderTimeline() {
  if (!state.watch) { state.watch = { series: [], alerts: [], loading: true }; loadWatch(); }
  const dyadSel = $('#watchDyad');
  const keepDyad = dyadSel.value;
  clear(dyadSel).append(el('option', { value: '' }, 'all dyads'));
  for (const s of state.watch.series.filter((x) => x.kind === 'dyad')) {
    const n = state.watch.alerts.filter((a) => a.kind === 'dyad' && a.key === s.key).length;
    dyadSel.append(el('option', { value: s.key }, s.key + ' (' + n + ' alert' + (n === 1 ? '' : 's') + ')'));
  }
  dyadSel.value = [...dyadSel.options].some((o) => o.value === keepDyad) ? keepDyad : '';
  const dyadFilter = dyadSel.value;
  const size = $('#bucket').value, by = $('#stackBy').value;
  const curveSel = $('#curveFor');
  const options = new Set();
  for (const e of state.events) { options.add('dyad:' + dyad(e)); if (e.location && e.location.country) options.add('region:' + e.location.country); }
  const keep = curveSel.value;
  clear(curveSel).append(el('option', { value: '' }, 'all events'));
  for (const o of [...options].sort()) curveSel.append(el('option', { value: o }, o.replace(':', ': ')));
  curveSel.value = keep;
  const inCurve = (e) => !curveSel.value || curveSel.value === 'dyad:' + dyad(e) || curveSel.value === 'region:' + (e.location && e.location.country);
  const range = { from: state.filters.from || null, to: state.filters.to || null };
  $('#timeline-all').hidden = !range.from && !range.to;
  $('#timeline-range').textContent = range.from || range.to ? (range.from || '…') + ' to ' + (range.to || '…') : 'all dates';

  const events = state.events.filter((e) => !dyadFilter || dyadOf(e) === dyadFilter);
  const data = timelineSeries(events, size, by, inCurve, range);
  const box = $('#timeline'), marks = clear($('#timeline-marks')), legendBox = clear($('#timeline-legend'));
  if (state.timeline) { state.timeline.destroy(); state.timeline = null; }
  $('#timeline-empty').hidden = !!data;
  if (!data) return;

  const keyName = (k) => by === 'quad' ? (QUADS[k] || ['unknown'])[0] : k + ' ' + (ROOTS[Number(k) - 1] || '');
  const keyColor = (k) => by === 'quad' ? (QUADS[k] || [0, GREY])[1] : 'hsl(' + (Number(k) * 37 % 360) + ',55%,50%)';
  const mid = (t) => t + data.step / 2;
  const datasets = data.keys.map((k) => ({
    type: 'bar', label: keyName(k), stack: 'events', backgroundColor: keyColor(k), key: k,
    data: data.periods.map((t, i) => ({ x: mid(t), y: data.counts.get(k)[i] })),
    categoryPercentage: 0.9, barPercentage: 0.9,
  }));
  const cmax = Math.max(1, ...data.curve.map(Math.abs));
  datasets.push({ type: 'line', label: 'Escalation curve: Goldstein sum (' + (curveSel.value || 'all events') + ')', yAxisID: 'curve',
    data: data.periods.map((t, i) => ({ x: mid(t), y: data.curve[i] })), borderColor: 'rgba(29,35,43,0.75)', backgroundColor: 'rgba(29,35,43,0.75)',
    borderWidth: 1.5, pointRadius: 0, tension: 0, order: -1, curve: true });

  const alerts = state.watch.alerts.filter((a) => a.kind === 'dyad' && (!dyadFilter || a.key === dyadFilter));
  const alertList = clear($('#watch-alerts'));
  for (const a of alerts) {
    const text = 'alert ' + a.key + ' from ' + a.start + (a.end !== a.start ? ' to ' + a.end : '') + ': ' + a.tests.join(', ')
      + ', ' + a.observed + ' material-conflict events against ' + a.expected + ' expected';
    alertList.append(el('li', { class: 'watch-alert', 'data-dyad': a.key, 'data-start': a.start, title: text },
      'alert ' + a.key + ' from ' + a.start + ' (' + a.tests.join(', ') + ')'));
    marks.append(el('div', { class: 'alert-mark', 'data-dyad': a.key, 'data-start': a.start, 'data-at': String(mid(dayMs(bucketOf(a.start, size)))),
      title: text, hidden: 'hidden' }, el('span', { class: 'flag' })));
  }
  if (alerts.length) legendBox.append(el('span', {}, el('span', { class: 'swatch', style: 'background:#c62828' }),
    alerts.length + ' escalation alert' + (alerts.length > 1 ? 's' : '') + (dyadFilter ? ' for ' + dyadFilter : '')));
  legendBox.append(el('span', {}, 'Bars: events per ' + size + ' (' + events.filter((e) => e.date).length + ' dated' + (dyadFilter ? ', dyad ' + dyadFilter : '')
    + '); line: sum of Goldstein scores per ' + size + ', right axis. Drag across the chart to set the dates.'));

  const periodName = (ms) => {
    const d = luxon.DateTime.fromMillis(ms - data.step / 2, { zone: 'utc' });
    return size === 'week' ? 'week of ' + d.toFormat('d LLL yyyy') : d.toFormat('ccc d LLL yyyy');
  };
  state.timeline = new Chart($('#timeline-canvas'), {
    data: { datasets },
    plugins: [alertMarks],
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { type: 'time', stacked: true, offset: false, min: data.periods[0], max: data.periods[data.periods.length - 1] + data.step,
          adapters: { date: { zone: 'utc' } },
          time: { minUnit: 'day', isoWeekday: true },
          beforeFit: yearsOnTicks,
          ticks: { source: 'auto', maxRotation: 0, autoSkip: true, autoSkipPadding: 14, major: { enabled: true }, callback: timeTickLabel,
            font: (c) => (c.tick && c.tick.major ? { weight: 'bold' } : {}) },
          grid: { color: (c) => (c.tick && c.tick.major ? '#b8c0cc' : '#eef0f3') } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events per ' + size }, ticks: { precision: 0 } },
        curve: { position: 'right', min: -cmax, max: cmax, grid: { drawOnChartArea: false },
          title: { display: true, text: 'Goldstein sum' } },
      },
      plugins: {
        legend: { position: 'top', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { title: (items) => (items.length ? periodName(items[0].parsed.x) : '') },
          filter: (item) => item.dataset.curve || item.parsed.y > 0 },
        zoom: { zoom: { mode: 'x', drag: { enabled: true, threshold: 5, backgroundColor: 'rgba(255,179,71,0.25)', borderColor: '#e8590c', borderWidth: 1 },
          onZoomComplete: ({ chart }) => brushed(chart) } },
      },
    },
  });
  box.dataset.periods = String(data.periods.length);
}

function initTimeline() {
  for (const id of ['#bucket', '#stackBy', '#curveFor', '#watchDyad']) $(id).addEventListener('change', renderTimeline);
  $('#timeline-all').addEventListener('click', () => {
    const f = $('#filters');
    f.elements.from.value = '';
    f.elements.to.value = '';
    f.requestSubmit();
  });
}
