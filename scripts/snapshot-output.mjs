#!/usr/bin/env node
// The records of the seeded bench corpus and of every fixture, one JSON line per article, from the
// built package (dist/): a speed-up must leave this file byte-for-byte unchanged. Build, snapshot,
// change the code, build, snapshot again, compare:
//
//   npm run build && node scripts/snapshot-output.mjs --n 5000 --out /tmp/before.jsonl
//   …edit…
//   npm run build && node scripts/snapshot-output.mjs --n 5000 --out /tmp/after.jsonl
//   cmp /tmp/before.jsonl /tmp/after.jsonl
//
// Extraction runs in this thread without the per-article time cap (a cap would make the output
// depend on the machine's load). Prints ms per article (wall) to stderr.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './build-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const N = Number(opt('n', '5000'));
const SEED = Number(opt('seed', '1'));
const OUT = opt('out', null);
if (!OUT || !Number.isInteger(N) || N < 0) {
  process.stderr.write('usage: node scripts/snapshot-output.mjs --n 5000 [--seed 1] --out FILE\n');
  process.exit(2);
}

const { processArticle } = await import(path.join(ROOT, 'dist/pipeline.js'));
const { defaultContext } = await import(path.join(ROOT, 'dist/context.js'));
const { parseArticleText } = await import(path.join(ROOT, 'dist/input/meta.js'));
const ctx = { ...defaultContext({ today: '2026-01-20' }), timeCapMs: 0 };

const articles = [];
for (const r of buildCorpus({ n: N, seed: SEED })) {
  articles.push({ source: r.id, text: r.text, date: r.date, dateFrom: 'input', title: r.title ?? null, externalId: r.id });
}
const fixtures = path.join(ROOT, 'fixtures');
for (const dir of fs.readdirSync(fixtures).sort()) {
  const folder = path.join(fixtures, dir);
  if (!fs.statSync(folder).isDirectory()) continue;
  for (const f of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    articles.push(parseArticleText(fs.readFileSync(path.join(folder, f), 'utf8'), `${dir}/${f}`));
  }
}

const t = performance.now();
const fd = fs.openSync(OUT, 'w');
for (const a of articles) {
  const { text: _text, ...record } = processArticle(a, ctx);
  fs.writeSync(fd, `${JSON.stringify(record)}\n`);
}
fs.closeSync(fd);
process.stderr.write(`${articles.length} articles → ${OUT} (${((performance.now() - t) / articles.length).toFixed(2)} ms/article)\n`);
