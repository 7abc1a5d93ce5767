// faultline web app: the review form's pickers. Loaded before app.js; renderReview() calls reviewPickers(form).
// CAMEO codes come from the server's table (/api/cameo), actors from the store (/api/actors); each becomes a datalist
// the browser searches by code and name, and a value outside the list is refused before the review is sent.
'use strict';

const pickerLists = { cameo: null, actors: null };

async function pickerData() {
  if (!pickerLists.cameo) pickerLists.cameo = api('/api/cameo').then((r) => r.codes).catch(() => { pickerLists.cameo = null; return []; });
  if (!pickerLists.actors) pickerLists.actors = api('/api/actors').then((r) => r.actors).catch(() => { pickerLists.actors = null; return []; });
  return { cameo: await pickerLists.cameo, actors: await pickerLists.actors };
}

function datalist(id, options) {
  let list = document.getElementById(id);
  if (list) return list;
  list = el('datalist', { id });
  for (const [value, text] of options) list.append(el('option', { value, label: text }, text));
  document.body.append(list);
  return list;
}

/** Turns the form's cameo, actor1 and actor2 inputs into pickers over the known codes; resolves when they are ready. */
async function reviewPickers(form) {
  const d = await pickerData();
  datalist('cameo-codes', d.cameo.filter((c) => c.code.length >= 3).map((c) => [c.code, c.code + ' ' + c.name]));
  datalist('actor-codes', d.actors.map((a) => [a.code, (a.name && a.name !== a.code ? a.name + ' · ' : '') + a.code
    + (a.events ? ' · ' + a.events + ' events' : '')]));
  const known = { cameo: new Set(d.cameo.map((c) => c.code)), actor: new Set(d.actors.map((a) => a.code)) };
  const pick = (name, list, set, what) => {
    const input = form.elements[name];
    if (!input) return;
    input.setAttribute('list', list);
    input.setAttribute('autocomplete', 'off');
    input.classList.add('picker');
    const check = () => {
      const v = input.value.trim();
      input.setCustomValidity(v === '' || set.has(v) || !set.size ? '' : v + ' is not ' + what + '; pick one from the list');
    };
    input.addEventListener('input', check);
    input.addEventListener('change', () => { input.value = input.value.trim().split(/\s/)[0]; check(); });
    check();
  };
  pick('cameo', 'cameo-codes', known.cameo, 'a CAMEO code the server knows');
  pick('actor1', 'actor-codes', known.actor, 'a known actor');
  pick('actor2', 'actor-codes', known.actor, 'a known actor');
  form.dataset.pickers = 'ready';
}
