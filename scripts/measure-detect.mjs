#!/usr/bin/env node
// Accuracy of language/script detection on the dev data (run `npm run build` first):
//   - the 400 Latin-script Kazinform articles (all kk/Latn),
//   - KazNERD dev sentences (all kk/Cyrl), per variant A–F,
//   - Russian documents (NEREL, factRuEval dev) and their first sentences (ru/Cyrl),
//   - the seeds (gold lang/script).
// Usage: node scripts/measure-detect.mjs [--data ../shared/data] [--misses N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dataDir = path.resolve(opt('--data', path.join(root, '..', 'shared', 'data')));
const seedsDir = path.resolve(opt('--seeds', path.join(dataDir, '..', 'seeds')));
const showMisses = Number(opt('--misses', '0'));

const distDetect = path.join(root, 'dist', 'lang', 'detect.js');
if (!fs.existsSync(distDetect)) {
  console.error(`measure-detect: ${distDetect} not found: run \`npm run build\` first`);
  process.exit(2);
}
const { detectLanguage } = await import(distDetect);

function readJsonl(file) {
  if (!fs.existsSync(file)) { console.error(`measure-detect: skipping ${file} (not found)`); return []; }
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

const rows = [];
// calibration: accuracy per score band over every item measured (is a 0.8 right about 80 % of the time?)
const BANDS = [0, 0.5, 0.7, 0.9, 0.99, 1.01];
const bands = BANDS.slice(1).map(() => ({ n: 0, ok: 0 }));
/** Runs detection on items [{text, lang, script, group}] and adds a table row per group. */
function measure(name, items) {
  const groups = new Map();
  const t0 = performance.now();
  for (const it of items) {
    const d = detectLanguage(it.text);
    const key = it.group ? `${name} ${it.group}` : name;
    const g = groups.get(key) ?? { n: 0, lang: 0, both: 0, scoreOk: 0, scoreBad: 0, misses: [] };
    groups.set(key, g);
    g.n++;
    const langOk = d.lang === it.lang;
    const ok = langOk && d.script === it.script;
    if (langOk) g.lang++;
    if (!it.noCalibration) { const b = bands[BANDS.findIndex((x, k) => d.score >= x && d.score < BANDS[k + 1])]; if (b) { b.n++; if (ok) b.ok++; } }
    if (ok) { g.both++; g.scoreOk += d.score; } else { g.scoreBad += d.score; g.misses.push(`${d.lang}/${d.script} ${d.score.toFixed(2)}  ${it.text.slice(0, 110).replace(/\n/g, ' ')}`); }
  }
  const ms = performance.now() - t0;
  for (const [key, g] of [...groups].sort()) {
    rows.push({ set: key, n: g.n, lang: g.lang / g.n, both: g.both / g.n,
      meanScoreRight: g.both ? g.scoreOk / g.both : NaN, meanScoreWrong: g.n - g.both ? g.scoreBad / (g.n - g.both) : NaN });
    if (showMisses) for (const m of g.misses.slice(0, showMisses)) console.log(`  miss [${key}] ${m}`);
  }
  return ms;
}

const latin = readJsonl(path.join(dataDir, 'qz-inform-latn', 'articles.jsonl'))
  .map((d) => ({ text: d.text, lang: 'kk', script: 'Latn' }));
const kaznerd = readJsonl(path.join(dataDir, 'kaznerd', 'dev.jsonl'))
  .map((d) => ({ text: d.text, lang: 'kk', script: 'Cyrl', group: d.meta?.variant ?? '?' }));
const ruDocs = [...readJsonl(path.join(dataDir, 'nerel', 'dev.jsonl')), ...readJsonl(path.join(dataDir, 'factrueval', 'dev.jsonl'))];
const ru = ruDocs.map((d) => ({ text: d.text, lang: 'ru', script: 'Cyrl' }));
// short Russian: each document's first body line (after the headline), cut at its first full stop
const ruShort = ruDocs.map((d) => {
  const line = d.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 20)[1] ?? '';
  const stop = line.search(/[.!?](\s|$)/);
  return { text: stop > 0 ? line.slice(0, stop + 1) : line, lang: 'ru', script: 'Cyrl' };
}).filter((x) => x.text);
const seeds = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((f) => f.endsWith('.gold.json')).map((f) => {
  const gold = JSON.parse(fs.readFileSync(path.join(seedsDir, f), 'utf8'));
  const text = fs.readFileSync(path.join(seedsDir, f.replace('.gold.json', '.txt')), 'utf8').replace(/^\s*date \d{4}-\d\d-\d\d /, '');
  return { text, lang: gold.lang, script: gold.script };
}) : [];

const timing = [];
timing.push(['qz-inform-latn', latin.length, measure('qz-inform-latn (kk/Latn)', latin)]);
timing.push(['kaznerd', kaznerd.length, measure('kaznerd dev (kk/Cyrl) variant', kaznerd)]);
measure('kaznerd dev (kk/Cyrl) all', kaznerd.map((x) => ({ ...x, group: undefined, noCalibration: true })));
timing.push(['ru docs', ru.length, measure('nerel+factrueval docs (ru/Cyrl)', ru)]);
measure('nerel+factrueval 1st sentence (ru/Cyrl)', ruShort);
measure('seeds (gold)', seeds);

const pct = (x) => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(2).padStart(6)}`);
console.log(`${'set'.padEnd(44)} ${'n'.padStart(6)}  lang%  lang+script%  score(right)  score(wrong)`);
for (const r of rows) {
  console.log(`${r.set.padEnd(44)} ${String(r.n).padStart(6)} ${pct(r.lang)}   ${pct(r.both)}        ${Number.isNaN(r.meanScoreRight) ? '  -  ' : r.meanScoreRight.toFixed(3)}         ${Number.isNaN(r.meanScoreWrong) ? '  -  ' : r.meanScoreWrong.toFixed(3)}`);
}
console.log('\ncalibration (all items once): score band → n, share right');
bands.forEach((b, k) => { if (b.n) console.log(`  [${BANDS[k].toFixed(2)}, ${Math.min(1, BANDS[k + 1]).toFixed(2)})  n=${String(b.n).padStart(6)}  right ${(100 * b.ok / b.n).toFixed(1)}%`); });
for (const [name, n, ms] of timing) console.log(`time ${name}: ${ms.toFixed(0)} ms for ${n} (${(ms / n).toFixed(3)} ms each)`);
