/**
 * The review page: one self-contained HTML file (inline style and script, data embedded, a
 * Content-Security-Policy that forbids every network request) showing each sampled note's
 * original and released text side by side. Removed regions are coloured by type, with their
 * detectors and confidence on hover; filters by type and detector; keyboard navigation.
 *
 * The reviewer marks missed PHI (select text in the original, choose a type, press `m`) and
 * over-scrubs (click a coloured region), then exports the marks as JSONL in the corpus format
 * `{"id","text","phi":[{"start","end","type"}]}` (the reviewed truth: detected regions minus
 * over-scrubs plus misses), with `missed` and `overscrub` lists beside it, one line per opened
 * note. `readCorpus` (ehr-deid/testing) reads it for `evaluateScrubber`; `ehr-deid
 * suggest-allowlist` turns its over-scrubs into allow-list suggestions.
 *
 * @module
 */
import { PHI_TYPES } from '../text/types.js';
import type { ReviewNote } from './types.js';

/** What the page says about where its notes came from. */
export interface ReviewPageInfo {
  /** The release folder. */
  readonly release: string;
  /** The run's `startedAt`. */
  readonly startedAt: string;
  /** Notes in the run's pool (the page shows a sample of them). */
  readonly poolSize: number;
}

/** Colours of the PHI types (light backgrounds, readable text). */
const COLOURS: Readonly<Record<string, string>> = {
  NAME: '#ffd6d6',
  DATE: '#d6e8ff',
  AGE: '#fde2c8',
  PHONE: '#e3d6ff',
  ID: '#ffe9a8',
  LOCATION: '#cdf2d0',
  HOSPITAL: '#c8f0ee',
  CONTACT: '#f6d0ef',
  OTHER: '#e2e2e2',
};

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d232a;background:#f6f7f9}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #d9dde3;padding:8px 14px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
h1{font-size:16px;margin:0}.warn{color:#9b1c1c;font-weight:600}.muted{color:#5b6573}
#filters label{margin-right:6px;white-space:nowrap}#filters .sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:3px;vertical-align:-1px}
button{font:inherit;padding:3px 10px;border:1px solid #b8c0cc;border-radius:4px;background:#fff;cursor:pointer}button:hover{background:#eef2f7}
select{font:inherit}
main{display:grid;grid-template-columns:300px 1fr;min-height:calc(100vh - 120px)}
nav{border-right:1px solid #d9dde3;background:#fff;overflow:auto;max-height:calc(100vh - 100px)}
nav a{display:flex;gap:6px;justify-content:space-between;align-items:baseline;padding:6px 10px;border-bottom:1px solid #eef0f3;color:inherit;text-decoration:none;font-size:13px}
nav a .n{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}nav a.cur{background:#e6efff}nav a .b{flex:none;font-size:11px;color:#5b6573}nav a.marked .b{color:#9b1c1c;font-weight:600}
section{padding:10px 16px}.meta{margin-bottom:8px}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:12px}.panes h2{font-size:13px;margin:0 0 4px;color:#5b6573;text-transform:uppercase;letter-spacing:.04em}
pre{white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #d9dde3;border-radius:6px;padding:10px;margin:0;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;min-height:120px}
.phi{border-radius:3px;cursor:pointer;box-shadow:inset 0 -2px 0 rgba(0,0,0,.18)}.phi.dim{background:none!important;box-shadow:inset 0 -1px 0 #b8c0cc}
.phi.over{text-decoration:line-through;text-decoration-thickness:2px;text-decoration-color:#9b1c1c;opacity:.7}
.miss{outline:2px dashed #9b1c1c;outline-offset:1px;background:#fff1f1}
footer{padding:6px 14px;color:#5b6573;font-size:12px;border-top:1px solid #d9dde3;background:#fff}
kbd{border:1px solid #b8c0cc;border-bottom-width:2px;border-radius:3px;padding:0 4px;font-size:11px;background:#fafbfc}
#exported{display:none;width:100%;height:90px;font:12px ui-monospace,monospace;margin-top:8px}
`;

const SCRIPT = String.raw`
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('review-data').textContent);
  var notes = DATA.notes, TYPES = DATA.types, COLOURS = DATA.colours;
  var state = { cur: 0, types: {}, detector: '', marks: {}, visited: {} };
  TYPES.forEach(function (t) { state.types[t] = true; });
  var storeKey = 'ehr-deid-review:' + DATA.info.startedAt;
  try { var saved = JSON.parse(localStorage.getItem(storeKey) || 'null'); if (saved && saved.marks) { state.marks = saved.marks; state.visited = saved.visited || {}; } } catch (e) {}
  function save() { try { localStorage.setItem(storeKey, JSON.stringify({ marks: state.marks, visited: state.visited })); } catch (e) {} }
  function keyOf(n) { return n.table + ':' + n.column + ':' + n.row; }
  function idOf(n) { return n.noteId !== null ? n.noteId : keyOf(n); }
  function marksOf(n) { var k = keyOf(n); return state.marks[k] || (state.marks[k] = { missed: [], over: [] }); }
  function el(tag, attrs, text) { var e = document.createElement(tag); for (var a in attrs) e.setAttribute(a, attrs[a]); if (text !== undefined) e.textContent = text; return e; }
  function spanShown(s) { return state.types[s.type] && (!state.detector || s.sources.indexOf(state.detector) >= 0); }
  function noteShown(n) {
    if (n.spans.some(spanShown)) return true;
    var all = TYPES.every(function (t) { return state.types[t]; });
    return all && !state.detector && n.spans.length === 0;
  }
  function visible() { var out = []; notes.forEach(function (n, i) { if (noteShown(n)) out.push(i); }); return out; }

  // filters
  var filters = document.getElementById('filters');
  TYPES.forEach(function (t) {
    var lab = el('label', {}); var cb = el('input', { type: 'checkbox', 'data-type': t }); cb.checked = true;
    cb.addEventListener('change', function () { state.types[t] = cb.checked; render(); });
    var sw = el('span', { class: 'sw', style: 'background:' + COLOURS[t] });
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(document.createTextNode(t)); filters.appendChild(lab);
  });
  var det = document.getElementById('detector');
  DATA.detectors.forEach(function (d) { det.appendChild(el('option', { value: d }, d)); });
  det.addEventListener('change', function () { state.detector = det.value; render(); });
  var markType = document.getElementById('mark-type');
  TYPES.forEach(function (t, i) { markType.appendChild(el('option', { value: t }, (i + 1) + ' ' + t)); });

  function segments(text, ranges) {
    // elementary segments between every range boundary, each with the ranges covering it
    var cuts = [0, text.length];
    ranges.forEach(function (r) { cuts.push(r.start, r.end); });
    cuts = cuts.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var segs = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      if (b <= a) continue;
      segs.push({ start: a, end: b, cover: ranges.filter(function (r) { return r.start <= a && r.end >= b; }) });
    }
    return segs;
  }
  function title(s) { return s.type + ' \u2014 ' + s.sources.join(', ') + ' (confidence ' + s.confidence.toFixed(2) + ')'; }

  function renderOriginal(n) {
    var pre = document.getElementById('original'); pre.textContent = '';
    var m = marksOf(n);
    var ranges = n.spans.map(function (s, i) { return { start: s.start, end: s.end, span: i }; })
      .concat(m.missed.map(function (x, i) { return { start: x.start, end: x.end, miss: i }; }));
    segments(n.text, ranges).forEach(function (g) {
      var e = el('span', { 'data-start': String(g.start) }, n.text.slice(g.start, g.end));
      g.cover.forEach(function (r) {
        if (r.span !== undefined) {
          var s = n.spans[r.span];
          e.classList.add('phi'); e.setAttribute('data-span', String(r.span)); e.title = title(s);
          if (spanShown(s)) e.style.background = COLOURS[s.type]; else e.classList.add('dim');
          if (m.over.indexOf(r.span) >= 0) e.classList.add('over');
        } else {
          e.classList.add('miss'); e.setAttribute('data-miss', String(r.miss));
          e.title = (e.title ? e.title + '; ' : '') + 'missed ' + m.missed[r.miss].type + ' (marked)';
        }
      });
      pre.appendChild(e);
    });
  }
  function renderReleased(n) {
    var pre = document.getElementById('released'); pre.textContent = '';
    var ranges = n.spans.map(function (s, i) { return { start: s.outputStart, end: s.outputEnd, span: i }; });
    segments(n.released, ranges).forEach(function (g) {
      var e = el('span', {}, n.released.slice(g.start, g.end));
      g.cover.forEach(function (r) {
        var s = n.spans[r.span]; e.classList.add('phi'); e.title = title(s);
        if (spanShown(s)) e.style.background = COLOURS[s.type]; else e.classList.add('dim');
      });
      pre.appendChild(e);
    });
  }
  function renderList(vis) {
    var nav = document.getElementById('list'); nav.textContent = '';
    vis.forEach(function (i) {
      var n = notes[i], m = state.marks[keyOf(n)];
      var count = m ? m.missed.length + m.over.length : 0;
      var a = el('a', { href: '#', 'data-index': String(i), class: (i === state.cur ? 'cur' : '') + (count ? ' marked' : '') });
      a.appendChild(el('span', { class: 'n', title: n.table + ' \u00b7 ' + idOf(n) }, n.table + ' \u00b7 ' + idOf(n)));
      a.appendChild(el('span', { class: 'b' }, count ? count + ' mark' + (count > 1 ? 's' : '') : n.spans.length + ' spans'));
      a.addEventListener('click', function (ev) { ev.preventDefault(); open(i); });
      nav.appendChild(a);
    });
  }
  function render() {
    var vis = visible();
    if (vis.length && vis.indexOf(state.cur) < 0) state.cur = vis[0];
    renderList(vis);
    var n = notes[state.cur];
    var meta = document.getElementById('meta');
    if (!n || !vis.length) { meta.textContent = 'No note matches the filters.'; document.getElementById('original').textContent = ''; document.getElementById('released').textContent = ''; return; }
    state.visited[keyOf(n)] = true; save();
    var least = n.spans.length ? Math.min.apply(null, n.spans.map(function (s) { return s.confidence; })) : 1;
    meta.textContent = 'Note ' + (vis.indexOf(state.cur) + 1) + ' of ' + vis.length + ' \u00b7 ' + n.table + '.' + n.column + ' row ' + n.row + ' \u00b7 ' + idOf(n) + ' \u00b7 ' + n.spans.length + ' removed regions, least confidence ' + least.toFixed(2);
    renderOriginal(n); renderReleased(n);
  }
  function open(i) { state.cur = i; render(); }
  function step(d) { var vis = visible(), k = vis.indexOf(state.cur); if (k < 0) return; k = Math.max(0, Math.min(vis.length - 1, k + d)); open(vis[k]); }

  function offsetIn(pre, node, off) {
    if (node === pre) { var sum = 0; for (var i = 0; i < off; i++) sum += pre.childNodes[i].textContent.length; return sum; }
    var e = node.nodeType === 3 ? node.parentNode : node;
    while (e && e !== pre && !e.hasAttribute('data-start')) e = e.parentNode;
    if (!e || e === pre) return -1;
    return Number(e.getAttribute('data-start')) + (node.nodeType === 3 ? off : 0);
  }
  function markMissed() {
    var sel = window.getSelection(), pre = document.getElementById('original'), n = notes[state.cur];
    if (!n || !sel || sel.rangeCount === 0 || sel.isCollapsed) return false;
    var r = sel.getRangeAt(0);
    if (!pre.contains(r.startContainer) || !pre.contains(r.endContainer)) return false;
    var a = offsetIn(pre, r.startContainer, r.startOffset), b = offsetIn(pre, r.endContainer, r.endOffset);
    if (a < 0 || b < 0 || b <= a) return false;
    while (a < b && /\s/.test(n.text[a])) a++;
    while (b > a && /\s/.test(n.text[b - 1])) b--;
    if (b <= a) return false;
    marksOf(n).missed.push({ start: a, end: b, type: markType.value });
    sel.removeAllRanges(); save(); render(); return true;
  }
  function toggleOver(i) {
    var m = marksOf(notes[state.cur]), k = m.over.indexOf(i);
    if (k >= 0) m.over.splice(k, 1); else m.over.push(i);
    save(); render();
  }
  function undo() {
    var m = marksOf(notes[state.cur]);
    if (m.missed.length) m.missed.pop(); else if (m.over.length) m.over.pop();
    save(); render();
  }
  document.getElementById('original').addEventListener('click', function (ev) {
    var sel = window.getSelection(); if (sel && !sel.isCollapsed) return;
    var t = ev.target; if (!t || !t.getAttribute) return;
    if (t.hasAttribute('data-miss')) { var m = marksOf(notes[state.cur]); m.missed.splice(Number(t.getAttribute('data-miss')), 1); save(); render(); return; }
    if (t.hasAttribute('data-span')) toggleOver(Number(t.getAttribute('data-span')));
  });

  function exportLines() {
    var lines = [];
    notes.forEach(function (n) {
      var k = keyOf(n); if (!state.visited[k]) return;
      var m = state.marks[k] || { missed: [], over: [] };
      var phi = n.spans.filter(function (s, i) { return m.over.indexOf(i) < 0; }).map(function (s) { return { start: s.start, end: s.end, type: s.type }; })
        .concat(m.missed.map(function (x) { return { start: x.start, end: x.end, type: x.type }; }))
        .sort(function (a, b) { return a.start - b.start || a.end - b.end; });
      lines.push(JSON.stringify({
        id: idOf(n), text: n.text, phi: phi,
        missed: m.missed.map(function (x) { return { start: x.start, end: x.end, type: x.type }; }),
        overscrub: m.over.slice().sort(function (a, b) { return a - b; }).map(function (i) { var s = n.spans[i]; return { start: s.start, end: s.end, type: s.type, sources: s.sources }; }),
        table: n.table, column: n.column, row: n.row
      }));
    });
    return lines.join('\n') + (lines.length ? '\n' : '');
  }
  function exportMarks() {
    var text = exportLines();
    var out = document.getElementById('exported'); out.value = text; out.style.display = 'block';
    var a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' })), download: 'review-marks.jsonl' });
    document.body.appendChild(a); a.click(); setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  document.getElementById('mark-missed').addEventListener('click', markMissed);
  document.getElementById('export').addEventListener('click', exportMarks);
  document.addEventListener('keydown', function (ev) {
    var tg = ev.target;
    if (tg && (tg.tagName === 'SELECT' || tg.tagName === 'TEXTAREA' || (tg.tagName === 'INPUT' && tg.type !== 'checkbox'))) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var k = ev.key;
    if (k === 'j' || k === 'ArrowDown') { step(1); ev.preventDefault(); }
    else if (k === 'k' || k === 'ArrowUp') { step(-1); ev.preventDefault(); }
    else if (k === 'm') { markMissed(); ev.preventDefault(); }
    else if (k === 'u') { undo(); ev.preventDefault(); }
    else if (k === 'e') { exportMarks(); ev.preventDefault(); }
    else if (/^[1-9]$/.test(k) && TYPES[Number(k) - 1]) { markType.value = TYPES[Number(k) - 1]; ev.preventDefault(); }
  });
  window.ehrDeidReview = { exportLines: exportLines };
  render();
})();
`;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders the review page.
 *
 * @param notes - the notes to show (e.g. from `selectReviewSample`)
 * @param info - where they came from
 * @returns the whole HTML document
 * @example
 * ```ts
 * writeFileSync(join(secrets, 'review', 'review.html'), renderReviewPage(shown, info), { mode: 0o600 });
 * ```
 */
export function renderReviewPage(notes: readonly ReviewNote[], info: ReviewPageInfo): string {
  const detectors = [...new Set(notes.flatMap((n) => n.spans.flatMap((s) => s.sources)))].sort();
  const data = { info, types: PHI_TYPES, colours: COLOURS, detectors, notes };
  // JSON in a non-executed script element; "<" escaped so no "</script>" can close it early
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>ehr-deid review (contains PHI)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>ehr-deid review</h1>
  <span class="warn">Contains PHI: keep this file (and the exported marks) in the secrets folder; never share it.</span>
  <span class="muted">${notes.length} notes shown of ${info.poolSize} kept by the run of ${escapeHtml(info.startedAt)} · release ${escapeHtml(info.release)}</span>
  <div id="filters"><span class="muted">Types:</span> </div>
  <label>Detector <select id="detector"><option value="">all</option></select></label>
  <span>Mark selection as <select id="mark-type"></select> <button id="mark-missed" title="select missed PHI in the original text first (key m)">Mark missed PHI</button></span>
  <button id="export" title="key e">Export marks (JSONL)</button>
</header>
<main>
  <nav id="list" aria-label="notes"></nav>
  <section>
    <div id="meta" class="meta muted"></div>
    <div class="panes">
      <div><h2>Original</h2><pre id="original"></pre></div>
      <div><h2>Released</h2><pre id="released"></pre></div>
    </div>
    <textarea id="exported" readonly aria-label="exported marks"></textarea>
  </section>
</main>
<footer><kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> next/previous note · select missed PHI in the original then <kbd>m</kbd> (type: <kbd>1</kbd>–<kbd>9</kbd>) · click a coloured region to mark an over-scrub (again to undo) · click a dashed mark to remove it · <kbd>u</kbd> undo · <kbd>e</kbd> export</footer>
<script type="application/json" id="review-data">${json}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
