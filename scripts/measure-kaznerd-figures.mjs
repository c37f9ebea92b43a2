#!/usr/bin/env node
// Measures the figures extractor on KazNERD dev (Kazakh sentences, ../shared/data/kaznerd/dev.jsonl):
//  - recall of MONEY and PERCENTAGE spans: a gold span is found when a figure of kind money/percent
//    overlaps it (also the strict version: money for MONEY, percent for PERCENTAGE);
//  - precision: money/percent figures that overlap a MONEY or PERCENTAGE span, and what the others hit;
//  - A/B: in each sentence group, variant A (spelled out) and B (digits) must give the same values.
// Usage: npm run build && node scripts/measure-kaznerd-figures.mjs [--file F] [--misses N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const file = opt('--file', path.resolve(here, '../../shared/data/kaznerd/dev.jsonl'));
const showMisses = Number(opt('--misses', '0'));
const DATE = '2020-01-01';
const LABELS = new Set(['MONEY', 'PERCENTAGE']);
const KIND = { MONEY: 'money', PERCENTAGE: 'percent' };

const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const t = { gold: 0, found: 0, strict: 0, byLabel: {}, pred: 0, predOk: 0, fpHits: {}, abPairs: 0, abSame: 0, abEnt: 0, abEntSame: 0 };
const misses = [], fps = [], abDiff = [];
const byGroup = new Map();
const t0 = Date.now();

for (const r of rows) {
  const rec = extract(r.text, { lang: 'kk', date: DATE, context: { today: DATE } });
  const figs = rec.figures.filter((f) => f.kind === 'money' || f.kind === 'percent');
  const gold = r.entities.filter((e) => LABELS.has(e.label));
  for (const e of gold) {
    const L = (t.byLabel[e.label] ??= { n: 0, found: 0, strict: 0 });
    t.gold++; L.n++;
    const hit = figs.filter((f) => overlap(f, e));
    if (hit.length) { t.found++; L.found++; } else misses.push(`${r.id} ${e.label} «${e.text}» in: ${r.text}`);
    if (hit.some((f) => f.kind === KIND[e.label])) { t.strict++; L.strict++; }
  }
  for (const f of figs) {
    t.pred++;
    if (gold.some((e) => overlap(f, e))) { t.predOk++; continue; }
    const other = r.entities.find((e) => overlap(f, e));
    const k = other ? other.label : 'none';
    t.fpHits[k] = (t.fpHits[k] ?? 0) + 1;
    fps.push(`${r.id} ${f.kind} ${f.value} «${f.surface}» [${k}] in: ${r.text}`);
  }
  const v = r.meta?.variant;
  if (v === 'A' || v === 'B') {
    const g = byGroup.get(r.meta.group) ?? {};
    g[v] = { gold, figs, text: r.text };
    byGroup.set(r.meta.group, g);
  }
}

// A/B: per gold MONEY/PERCENTAGE entity (k-th in A vs k-th in B), the overlapping figures' values
for (const [group, g] of byGroup) {
  if (!g.A || !g.B || !g.A.gold.length || g.A.gold.length !== g.B.gold.length) continue;
  t.abPairs++;
  let same = true;
  g.A.gold.forEach((ea, k) => {
    const eb = g.B.gold[k];
    const fa = g.A.figs.find((f) => overlap(f, ea)), fb = g.B.figs.find((f) => overlap(f, eb));
    if (!fa && !fb) return;
    t.abEnt++;
    if (fa && fb && Math.abs(fa.value - fb.value) <= 1e-6 * Math.max(1, Math.abs(fb.value))) t.abEntSame++;
    else { same = false; abDiff.push(`${group} A «${ea.text}» → ${fa?.value} | B «${eb.text}» → ${fb?.value}`); }
  });
  if (same) t.abSame++;
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '-');
console.log(`KazNERD dev: ${rows.length} sentences, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`recall MONEY+PERCENTAGE (overlap, money/percent figure): ${t.found}/${t.gold} = ${pct(t.found, t.gold)}%   strict kind: ${t.strict}/${t.gold} = ${pct(t.strict, t.gold)}%`);
for (const [l, L] of Object.entries(t.byLabel)) console.log(`  ${l.padEnd(10)} recall ${L.found}/${L.n} = ${pct(L.found, L.n)}%   strict ${pct(L.strict, L.n)}%`);
console.log(`precision (money/percent figures overlapping MONEY/PERCENTAGE): ${t.predOk}/${t.pred} = ${pct(t.predOk, t.pred)}%   others overlap: ${JSON.stringify(t.fpHits)}`);
console.log(`A/B same value: ${t.abEntSame}/${t.abEnt} entities = ${pct(t.abEntSame, t.abEnt)}%   groups all same: ${t.abSame}/${t.abPairs}`);
if (showMisses) {
  console.log('\n-- missed spans'); for (const m of misses.slice(0, showMisses)) console.log(m);
  console.log('\n-- figures outside MONEY/PERCENTAGE'); for (const m of fps.slice(0, showMisses)) console.log(m);
  console.log('\n-- A/B differences'); for (const m of abDiff.slice(0, showMisses)) console.log(m);
}
