#!/usr/bin/env node
// Builds a benchmark corpus of N articles as JSON Lines, reproducibly (seeded), from the real text
// in ../shared/seeds and ../shared/data: each article is one real document (a seed press release,
// a Kazinform article in Latin-script Kazakh, a NEREL or factRuEval Russian news text) with two
// to four real sentences from another source of its language spliced in at paragraph breaks, so
// that every article is distinct (its own id) and lengths follow the real articles.
// The corpus is generated at bench time and never committed.
//
//   node scripts/build-corpus.mjs --n 20000 --seed 1 --out /tmp/corpus-20k.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SHARED = path.resolve(HERE, '../../shared');

/** mulberry32: a small seeded PRNG (same seed, same corpus on every machine). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function jsonl(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** The real documents and sentences, by language ('kk' Cyrillic and Latin, 'ru'). */
export function loadSources(shared = SHARED) {
  const docs = [];
  const seeds = path.join(shared, 'seeds');
  if (fs.existsSync(seeds)) {
    for (const f of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const raw = fs.readFileSync(path.join(seeds, f), 'utf8').replace(/^ date \d{4}-\d{2}-\d{2} /, '');
      docs.push({ lang: /[әғқңөұүһі]/i.test(raw) ? 'kk' : 'ru', text: raw });
    }
  }
  for (const r of jsonl(path.join(shared, 'data/qz-inform-latn/articles.jsonl'))) docs.push({ lang: 'kk', text: r.text, title: r.title });
  for (const r of jsonl(path.join(shared, 'data/nerel/dev.jsonl'))) docs.push({ lang: 'ru', text: r.text });
  for (const r of jsonl(path.join(shared, 'data/factrueval/dev.jsonl'))) docs.push({ lang: 'ru', text: r.text });
  const sentences = { kk: [], ru: [] };
  for (const r of jsonl(path.join(shared, 'data/kaznerd/dev.jsonl'))) if (r.text.length > 30) sentences.kk.push(r.text);
  for (const d of docs.filter((d) => d.lang === 'ru')) {
    for (const s of d.text.split(/(?<=[.!?])\s+/u)) if (s.length > 40 && s.length < 400 && !s.includes('\n')) sentences.ru.push(s);
  }
  if (!docs.length) throw new Error(`no source text under ${shared} (seeds/, data/)`);
  return { docs, sentences };
}

const pad = (n) => String(n).padStart(2, '0');

/** Yields N article objects {id, date, text[, title]}; `seed` fixes every choice. */
export function* buildCorpus({ n, seed = 1, sources = loadSources() }) {
  const rand = rng(seed);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  for (let i = 0; i < n; i++) {
    const doc = pick(sources.docs);
    const pool = sources.sentences[doc.lang].length ? sources.sentences[doc.lang] : sources.sentences.kk;
    const paras = doc.text.split(/\n+/);
    const extra = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < extra; k++) {
      const at = 1 + Math.floor(rand() * Math.max(1, paras.length - 1));
      paras.splice(at, 0, pick(pool));
    }
    const date = `${2024 + Math.floor(rand() * 3)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    const article = { id: `bench-${seed}-${i}`, date, text: paras.join('\n') };
    if (doc.title) article.title = doc.title;
    yield article;
  }
}

/** Writes the corpus to `out`; returns {articles, bytes, avgChars}. */
export function writeCorpus(out, n, seed = 1) {
  const fd = fs.openSync(out, 'w');
  let bytes = 0;
  let chars = 0;
  let buf = [];
  const sources = loadSources();
  for (const a of buildCorpus({ n, seed, sources })) {
    chars += a.text.length;
    const line = `${JSON.stringify(a)}\n`;
    buf.push(line);
    if (buf.length >= 1000) { const s = buf.join(''); bytes += Buffer.byteLength(s); fs.writeSync(fd, s); buf = []; }
  }
  if (buf.length) { const s = buf.join(''); bytes += Buffer.byteLength(s); fs.writeSync(fd, s); }
  fs.closeSync(fd);
  return { articles: n, bytes, avgChars: Math.round(chars / Math.max(1, n)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
  const n = Number(opt('n', '1000'));
  const seed = Number(opt('seed', '1'));
  const out = opt('out', null);
  if (!Number.isInteger(n) || n < 1 || !out) {
    process.stderr.write('usage: node scripts/build-corpus.mjs --n N [--seed S] --out corpus.jsonl\n');
    process.exit(2);
  }
  const r = writeCorpus(out, n, seed);
  process.stderr.write(`${out}: ${r.articles} articles, ${(r.bytes / 1048576).toFixed(1)} MB, ${r.avgChars} characters on average\n`);
}
