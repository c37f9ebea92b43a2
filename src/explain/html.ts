// `derek explain FILE --html out.html`: one self-contained page (inline CSS and script, no
// network, no external assets). The article with records highlighted by kind, a legend that also
// hides or shows a kind, and a side table of records with their fields. Hovering a highlight shows
// its record(s): number, kind, rule id, value; clicking (or Enter on) one selects it and its row;
// `#r3` in the address selects record 3 on load (links, and the headless browser test).
import type { ArticleRecord, RecordKind } from '../types.js';
import { KIND_LABEL, KIND_ORDER, explainRecords, segments } from './marks.js';

export const KIND_COLOR: Record<RecordKind, string> = {
  officials: '#e8b4f0',
  regions: '#a8e6a1',
  figures: '#ffe08a',
  directives: '#9fdcf0',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside <script>: no `</script>`, no U+2028/9 surprises. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:17px;margin:0 0 4px}
header .meta{color:#666;font-size:13px}
#legend{display:flex;gap:14px;flex-wrap:wrap;margin-top:8px;font-size:13px}
#legend label{display:flex;align-items:center;gap:6px;cursor:pointer}
#legend .sw{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid #0002}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,44%);gap:16px;padding:16px 20px}
#article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px;white-space:pre-wrap;word-wrap:break-word}
.m{border-radius:3px;cursor:pointer;padding:1px 0}
.m.n2{box-shadow:inset 0 -3px 0 #0004}
.m.n3{box-shadow:inset 0 -5px 0 #0006}
.m:focus{outline:2px solid #333}
.m.sel{outline:2px solid #d00;outline-offset:1px}
body.hide-officials .k-officials,body.hide-regions .k-regions,body.hide-figures .k-figures,body.hide-directives .k-directives{background:none!important;box-shadow:none!important}
body.hide-officials tr.k-officials,body.hide-regions tr.k-regions,body.hide-figures tr.k-figures,body.hide-directives tr.k-directives{display:none}
aside{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px;overflow:auto;max-height:calc(100vh - 140px);position:sticky;top:8px}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid #eee}
th{position:sticky;top:0;background:#f3f3f3}
tr.rec{cursor:pointer}
tr.rec:hover{background:#f6f6f6}
tr.rec.sel{background:#fff3c4}
td.kind span{display:inline-block;padding:0 6px;border-radius:3px}
td.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11.5px;white-space:nowrap}
td.fields{color:#555;overflow-wrap:anywhere}
td.surface{max-width:160px}
td.fields b{font-weight:600;color:#333}
#tip{position:fixed;z-index:10;max-width:460px;background:#222;color:#fff;font-size:12.5px;line-height:1.45;padding:8px 10px;border-radius:6px;box-shadow:0 4px 14px #0004;pointer-events:none;display:none}
#tip .rule{font-family:ui-monospace,Menlo,Consolas,monospace;color:#ffd479}
#tip .rec+.rec{margin-top:6px;padding-top:6px;border-top:1px solid #555}
#detail{margin:0 0 8px;padding:8px 10px;border:1px solid #ddd;border-radius:6px;background:#fffbe8;font-size:13px;display:none}
#detail .rule{font-family:ui-monospace,Menlo,Consolas,monospace}
`;

const SCRIPT = `
(function(){
  var recs = JSON.parse(document.getElementById('records').textContent);
  var byN = {}; recs.forEach(function(r){ byN[r.n] = r; });
  var tip = document.getElementById('tip'), detail = document.getElementById('detail');
  function esc(s){ return String(s).replace(/[&<>"]/g, function(c){ return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); }
  function fieldsHtml(r){
    return Object.keys(r.fields).filter(function(k){ var v = r.fields[k]; return v !== null && v !== undefined && !(Array.isArray(v) && !v.length); })
      .map(function(k){ var v = r.fields[k]; return '<div>' + esc(k) + ': <b>' + esc(typeof v === 'string' ? v : JSON.stringify(v)) + '</b></div>'; }).join('');
  }
  function recHtml(r){
    return '<div class="rec"><div>#' + r.n + ' ' + esc(r.kindLabel) + ' · <span class="rule">' + esc(r.rule) + '</span></div><div>' + esc(r.value) + '</div>' + fieldsHtml(r) + '</div>';
  }
  function coverOf(el){ return (el.getAttribute('data-recs') || '').split(' ').filter(Boolean).map(Number); }
  function showTip(el, x, y){
    tip.innerHTML = coverOf(el).slice().reverse().map(function(n){ return recHtml(byN[n]); }).join('');
    tip.style.display = 'block';
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 12, innerWidth - w - 8)) + 'px';
    tip.style.top = (y + 18 + h > innerHeight ? Math.max(4, y - h - 12) : y + 18) + 'px';
  }
  function select(n, scroll){
    document.querySelectorAll('.sel').forEach(function(e){ e.classList.remove('sel'); });
    var r = byN[n]; if (!r) return;
    var marks = document.querySelectorAll('.m[data-recs~="' + n + '"]');
    marks.forEach(function(e){ e.classList.add('sel'); });
    var row = document.querySelector('tr.rec[data-n="' + n + '"]'); if (row) row.classList.add('sel');
    detail.innerHTML = recHtml(r); detail.style.display = 'block';
    document.body.setAttribute('data-selected', String(n));
    if (scroll && marks[0]) marks[0].scrollIntoView({block: 'center'});
    if (row && scroll) row.scrollIntoView({block: 'nearest'});
    if (marks[0]) { var b = marks[0].getBoundingClientRect(); showTip(marks[0], b.left, b.bottom - 14); }
  }
  var art = document.getElementById('article');
  art.addEventListener('mouseover', function(e){ var m = e.target.closest('.m'); if (m) { var b = m.getBoundingClientRect(); showTip(m, e.clientX || b.left, e.clientY || b.top); } });
  art.addEventListener('mouseout', function(e){ if (e.target.closest('.m')) tip.style.display = 'none'; });
  art.addEventListener('focusin', function(e){ var m = e.target.closest('.m'); if (m) { var b = m.getBoundingClientRect(); showTip(m, b.left, b.bottom - 14); } });
  art.addEventListener('focusout', function(){ tip.style.display = 'none'; });
  function pick(m){ var c = coverOf(m); var cur = Number(document.body.getAttribute('data-selected')); var i = c.indexOf(cur);
    select(c[(i + c.length - 1) % c.length] || c[c.length - 1], false); location.hash = 'r' + document.body.getAttribute('data-selected'); }
  art.addEventListener('click', function(e){ var m = e.target.closest('.m'); if (m) pick(m); });
  art.addEventListener('keydown', function(e){ var m = e.target.closest('.m'); if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); pick(m); } });
  document.querySelectorAll('tr.rec').forEach(function(row){ row.addEventListener('click', function(){ select(Number(row.getAttribute('data-n')), true); }); });
  document.querySelectorAll('#legend input').forEach(function(box){ box.addEventListener('change', function(){ document.body.classList.toggle('hide-' + box.value, !box.checked); }); });
  var h = /^#r(\\d+)$/.exec(location.hash); if (h) select(Number(h[1]), true);
  document.body.setAttribute('data-ready', '1');
})();
`;

export function renderHtml(record: ArticleRecord): string {
  const recs = explainRecords(record);
  const byN = new Map(recs.map((r) => [r.n, r]));
  const text = record.text;
  let article = '';
  for (const seg of segments(text.length, recs)) {
    const piece = esc(text.slice(seg.start, seg.end));
    if (!seg.cover.length) { article += piece; continue; }
    const inner = byN.get(seg.cover[seg.cover.length - 1]!)!;
    const kinds = [...new Set(seg.cover.map((n) => byN.get(n)!.kind))];
    const title = seg.cover.map((n) => `#${n} ${byN.get(n)!.rule}: ${byN.get(n)!.value}`).join('\n');
    article += `<span class="m k-${inner.kind}${kinds.length > 1 ? ` also ${kinds.filter((k) => k !== inner.kind).map((k) => `k-${k}`).join(' ')}` : ''}${seg.cover.length > 1 ? ` n${Math.min(3, seg.cover.length)}` : ''}"` +
      ` style="background:${KIND_COLOR[inner.kind]}" data-recs="${seg.cover.join(' ')}" data-kind="${inner.kind}" data-rule="${esc(inner.rule)}"` +
      ` tabindex="0" title="${esc(title)}">${piece}</span>`;
  }
  const legend = KIND_ORDER.map((k) => `<label><input type="checkbox" value="${k}" checked><span class="sw" style="background:${KIND_COLOR[k]}"></span>${KIND_LABEL[k]} <span class="count" data-kind="${k}">${recs.filter((r) => r.kind === k).length}</span></label>`).join('');
  const rows = recs.map((r) => {
    const fields = Object.entries(r.fields).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `${esc(k)}: <b>${esc(show(v))}</b>`).join('<br>');
    return `<tr class="rec k-${r.kind}" data-n="${r.n}" data-kind="${r.kind}"><td>${r.n}</td><td class="kind"><span style="background:${KIND_COLOR[r.kind]}">${KIND_LABEL[r.kind]}</span></td>` +
      `<td class="surface">${[...new Set(r.spans.map((s) => s.surface))].map(esc).join(' · ')}${r.spans.length > 1 ? ` <small>×${r.spans.length}</small>` : ''}</td><td class="rule">${esc(r.rule)}</td><td class="fields">${fields}</td></tr>`;
  }).join('\n');
  const data = recs.map((r) => ({ n: r.n, kind: r.kind, kindLabel: KIND_LABEL[r.kind], rule: r.rule, value: r.value, fields: r.fields, spans: r.spans }));
  const title = `derek explain: ${record.title ?? record.source}`;
  return `<!doctype html>
<html lang="${esc(record.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(record.title ?? record.source)}</h1>
<div class="meta">${esc(record.source)} · ${esc(record.lang)}/${esc(record.script)} · date ${esc(record.date ?? '—')} · ${recs.length} records · hover a highlight for its rule, click to select</div>
<div id="legend">${legend}</div>
</header>
<main>
<div id="article">${article}</div>
<aside>
<div id="detail"></div>
<table id="records-table"><thead><tr><th>#</th><th>kind</th><th>surface</th><th>rule</th><th>fields</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">(no records)</td></tr>'}
</tbody></table>
</aside>
</main>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="records">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
