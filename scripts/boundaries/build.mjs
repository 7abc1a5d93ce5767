// Builds faultline-app/src/main/resources/org/faultline/web/boundaries.geojson: country outlines from Natural Earth 1:50m
// (public domain) as packaged by world-atlas, converted from TopoJSON to GeoJSON with topojson-client.
// Coordinates are rounded to 2 decimals (about 1 km) and repeated points dropped, to keep the file compact.
//   cd scripts/boundaries && npm ci && npm run build
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries);

const round = (x) => Math.round(x * 100) / 100;
function ring(points) {
  const out = [];
  for (const [x, y] of points) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}
function polygon(rings) {
  const kept = rings.map(ring).filter(Boolean);
  return kept.length ? kept : null;
}

const features = [];
for (const f of countries.features) {
  const g = f.geometry;
  if (!g) continue;
  let coords;
  if (g.type === 'Polygon') coords = [polygon(g.coordinates)].filter(Boolean);
  else if (g.type === 'MultiPolygon') coords = g.coordinates.map(polygon).filter(Boolean);
  else continue;
  if (!coords.length) continue;
  features.push({ type: 'Feature', properties: { name: f.properties.name, level: 0 },
    geometry: { type: 'MultiPolygon', coordinates: coords } });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
const out = new URL('../../faultline-app/src/main/resources/org/faultline/web/boundaries.geojson', import.meta.url);
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection',
  source: 'Natural Earth 1:50m admin-0 countries (public domain), via world-atlas 2.0.2', features }));
console.log(`wrote ${features.length} countries to ${out.pathname}`);
