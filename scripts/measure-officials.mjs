#!/usr/bin/env node
// Measures the officials extractor on Russian dev data with person–position relations:
//   NEREL (PERSON -WORKS_AS-> PROFESSION) and factRuEval (Person -WORKS_AS-> JOB), and Kazakh
//   KazNERD (no relations: a PERSON with a POSITION right before it or right after it is the pair;
//   preferred variants only; precision there = our officials whose mention is a gold PERSON).
// Gold units are person mentions that hold such a relation. Reports
//   recall    = share of gold person mentions covered by a mention of one of our officials,
//   precision = share of our official records with a mention on a gold WORKS_AS person,
//   position  = share of matched records whose position shares a word stem with the gold PROFESSION/JOB.
// Usage: npm run build && node scripts/measure-officials.mjs [../shared/data/nerel/dev.jsonl ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { extract } = await import(path.join(here, '..', 'dist', 'index.js'));
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['nerel', 'factrueval', 'kaznerd'].map((d) => path.join(here, '..', '..', 'shared', 'data', d, 'dev.jsonl'));

const stems = (s) => new Set((s ?? '').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}]+/u).filter((w) => w.length >= 3).map((w) => w.slice(0, 5)));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

for (const file of files) {
  if (!fs.existsSync(file)) { console.error(`measure-officials: ${file}: no such file`); continue; }
  let goldN = 0, goldHit = 0, predN = 0, predOk = 0, posN = 0, posOk = 0;
  const misses = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    if (d.meta && d.meta.preferred === false) continue;
    const E = d.entities;
    const jobs = new Map(); // person entity index -> profession texts
    if (d.lang === 'kk') {
      // adjacency pairs: POSITION PERSON / PERSON, POSITION
      E.forEach((h, hi) => {
        if (h.label !== 'PERSON') return;
        for (const t of E) if (t.label === 'POSITION' && ((h.start - t.end >= 0 && h.start - t.end <= 2) || (t.start - h.end >= 0 && t.start - h.end <= 3))) {
          if (!jobs.has(hi)) jobs.set(hi, []);
          jobs.get(hi).push(t.text);
        }
      });
    }
    for (const r of d.relations ?? []) {
      if (r.type !== 'WORKS_AS') continue;
      const h = E[r.head], t = E[r.tail];
      if (!h || !t || !/^(PERSON|Person)$/.test(h.label)) continue;
      if (!/^(PROFESSION|JOB|Job)$/i.test(t.label)) continue;
      if (!jobs.has(r.head)) jobs.set(r.head, []);
      jobs.get(r.head).push(t.text);
    }
    const rec = extract(d.text, { lang: d.lang === 'kk' ? 'kk' : 'ru', date: null, context: { today: '2026-01-01', timeCapMs: 0 } });
    const offs = rec.officials;
    for (const [hi] of jobs) {
      goldN++;
      const h = E[hi];
      if (offs.some((o) => o.mentions.some((m) => overlaps(m, h)))) goldHit++;
      else if (misses.length < 400) misses.push(`FN ${d.id}: ${h.text} (${jobs.get(hi).join(' | ')})`);
    }
    for (const o of offs) {
      predN++;
      const hits = [...jobs.keys()].filter((hi) => o.mentions.some((m) => overlaps(m, E[hi])));
      if (!hits.length && d.lang === 'kk' && E.some((e) => e.label === 'PERSON' && o.mentions.some((m) => overlaps(m, e)))) { predOk++; continue; }
      if (!hits.length) { if (misses.length < 450) misses.push(`FP ${d.id}: ${o.person} (${o.position})`); continue; }
      predOk++;
      posN++;
      const mine = stems(o.position);
      if (hits.some((hi) => jobs.get(hi).some((j) => [...stems(j)].some((w) => mine.has(w))))) posOk++;
    }
  }
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`${path.basename(path.dirname(file))}: gold persons ${goldN}, recall ${pct(goldHit, goldN)}% | officials ${predN}, precision ${pct(predOk, predN)}% | position overlap ${pct(posOk, posN)}% (${posOk}/${posN})`);
  if (process.env.MISSES) console.log(misses.join('\n'));
}
