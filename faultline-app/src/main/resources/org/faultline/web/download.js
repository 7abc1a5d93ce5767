// faultline web app: downloads of the current filter (CSV, GeoJSON, ACLED CSV) from /api/export. Loaded before app.js;
// query(), api() and token() are app.js's. The links carry the URL (to copy); a click fetches with the token, which a
// server started with --read-token needs, and saves the answer under the server's file name.
'use strict';

function exportUrl(format) { return '/api/export?format=' + encodeURIComponent(format) + '&' + query(); }

async function fetchExport(format) {
  const headers = token() ? { Authorization: 'Bearer ' + token() } : {};
  const r = await fetch(exportUrl(format), { headers });
  if (!r.ok) { const b = await r.json().catch(() => ({})); throw new Error(b.error || ('HTTP ' + r.status)); }
  const name = (/filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '') || [])[1] || 'events.' + format;
  return { name, blob: await r.blob(), events: Number(r.headers.get('X-Faultline-Events')) };
}

function initDownloads() {
  for (const a of document.querySelectorAll('#downloads a[data-format]')) {
    const refresh = () => { a.href = exportUrl(a.dataset.format); };
    a.addEventListener('mouseenter', refresh);
    a.addEventListener('focus', refresh);
    a.addEventListener('click', async (ev) => {
      ev.preventDefault();
      refresh();
      try {
        const f = await fetchExport(a.dataset.format);
        const url = URL.createObjectURL(f.blob);
        const save = Object.assign(document.createElement('a'), { href: url, download: f.name });
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        say(f.events + ' events saved as ' + f.name);
      } catch (x) { say('download: ' + x.message, true); }
    });
  }
}
