// faultline web app: the text search, country and distance filters, beside date, actor, type and status. Loaded before app.js;
// app.js's query() calls moreFilters(params). The place for "within KM of" is one the events name (its gazetteer
// coordinates); the lists are filled from the events of the first, unfiltered load.
'use strict';

const filterPlaces = new Map();   // place name -> {lat, lon}

function noteFilterChoices(events) {
  const countries = new Set();
  for (const e of events) {
    if (e.location && e.location.name && !filterPlaces.has(e.location.name)) filterPlaces.set(e.location.name, { lat: e.location.lat, lon: e.location.lon });
    for (const c of [e.location && e.location.country, e.actor1 && e.actor1.country, e.actor2 && e.actor2.country]) if (c) countries.add(c);
  }
  const fill = (id, values) => {
    const list = document.getElementById(id);
    const have = new Set([...list.options].map((o) => o.value));
    for (const v of [...values].sort()) if (!have.has(v)) list.append(el('option', { value: v }));
  };
  fill('filter-countries', countries);
  fill('filter-places', filterPlaces.keys());
}

/** Adds country and near=LAT,LON,KM to the query; a place the events never named is said on the status line. */
function moreFilters(p) {
  const f = state.filters;
  if (f.country) p.set('country', f.country.toUpperCase());
  if (f.q) p.set('q', f.q);
  if (f.km && f.nearPlace) {
    const at = filterPlaces.get(f.nearPlace);
    if (at) p.set('near', at.lat + ',' + at.lon + ',' + f.km);
    else setTimeout(() => say('place "' + f.nearPlace + '" is not among the events\' places; distance filter left out', true), 0);
  }
}
