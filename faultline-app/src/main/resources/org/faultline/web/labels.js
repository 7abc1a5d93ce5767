// faultline web app: place labels on the map, capitals and large towns of the bundled gazetteer, from
// /api/places/labels for the map's bounds and zoom (more and smaller towns as the map zooms in). They lie in a pane
// of their own under the event markers and take no clicks; a label that would overlap one already placed (capitals
// first, then by population) is left out. Loaded before app.js; initMap() calls initPlaceLabels(map), renderMap()
// calls refreshPlaceLabels().
'use strict';

const placeLabels = { layer: null, asked: 0, shown: [], measure: null };

function initPlaceLabels(map) {
  const pane = map.createPane('labels');
  pane.style.zIndex = 390;   // above the countries' pane (250), under the events (overlay pane 400) and clusters (600)
  pane.style.pointerEvents = 'none';
  placeLabels.layer = L.layerGroup().addTo(map);
  map.on('moveend', refreshPlaceLabels);
}

function labelWidth(text, capital) {
  if (!placeLabels.measure) placeLabels.measure = document.createElement('canvas').getContext('2d');
  placeLabels.measure.font = (capital ? '600 12px' : '11px') + ' system-ui, sans-serif';
  return placeLabels.measure.measureText(text).width + 10;
}

async function refreshPlaceLabels() {
  const map = state.map;
  if (!map || state.view !== 'map' || !placeLabels.layer) return;
  const b = map.getBounds(), zoom = Math.round(map.getZoom());
  const wrap = (lon) => ((lon + 180) % 360 + 360) % 360 - 180;
  let west = b.getWest(), east = b.getEast();
  if (east - west >= 360) { west = -180; east = 180; } else { west = wrap(west); east = wrap(east); }
  const box = [Math.max(-90, b.getSouth()), west, Math.min(90, b.getNorth()), east].map((x) => x.toFixed(3)).join(',');
  const asked = ++placeLabels.asked;
  let r;
  try { r = await api('/api/places/labels?bbox=' + box + '&zoom=' + zoom); } catch (x) { return; }
  if (asked !== placeLabels.asked || state.view !== 'map') return;   // the map moved on meanwhile
  drawPlaceLabels(map, r.labels);
}

function drawPlaceLabels(map, labels) {
  placeLabels.layer.clearLayers();
  placeLabels.shown = [];
  const size = map.getSize(), centre = map.getCenter().lng, placed = [];
  for (const p of labels) {
    let lon = p.lon;   // the copy of the world the map shows (worldCopyJump)
    while (lon - centre > 180) lon -= 360;
    while (lon - centre < -180) lon += 360;
    const at = map.latLngToContainerPoint([p.lat, lon]);
    const w = labelWidth(p.name, p.capital), h = p.capital ? 16 : 14;
    const r = { x1: at.x - w / 2, x2: at.x + w / 2, y1: at.y - h - 3, y2: at.y + 3 };
    if (r.x1 < 0 || r.y1 < 0 || r.x2 > size.x || r.y2 > size.y) continue;
    if (placed.some((q) => r.x1 < q.x2 && q.x1 < r.x2 && r.y1 < q.y2 && q.y1 < r.y2)) continue;
    placed.push(r);
    const icon = L.divIcon({ className: 'place-label' + (p.capital ? ' capital' : ''), html: '', iconSize: [0, 0] });
    const m = L.marker([p.lat, lon], { icon, pane: 'labels', interactive: false, keyboard: false });
    m.on('add', () => {
      const e = m.getElement();
      e.dataset.name = p.name;
      e.dataset.country = p.country || '';
      e.dataset.population = String(p.population);
      e.title = p.name + (p.country ? ', ' + p.country : '') + (p.capital ? ' (capital)' : '');
      clear(e).append(el('span', { class: 'dot' }), el('span', { class: 'name' }, p.name));
    });
    m.addTo(placeLabels.layer);
    placeLabels.shown.push(Object.assign({ x: at.x, y: at.y }, p));
  }
}
