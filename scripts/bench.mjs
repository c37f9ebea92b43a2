#!/usr/bin/env node
// `npm run bench`: derek ingest end to end on a seeded corpus built from the real text in
// ../shared (scripts/build-corpus.mjs), with 1 worker and with N workers, then an unchanged
// re-run. Prints articles/s, MB/s, peak RSS, time per stage, and the skip rate of the re-run.
// Runs a snapshot of dist/, rules/ and corpora/ (copied to a temporary folder) so that edits made
// while it runs do not change what is measured. Measures speed only; tests never time things.
//
//   npm run bench -- --n 2000 [--workers 2] [--seed 1] [--sizes 500,2000] [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './build-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const N = Number(opt('n', '2000'));
const SEED = Number(opt('seed', '1'));
const WORKERS = Number(opt('workers', String(os.availableParallelism?.() ?? os.cpus().length)));
const SIZES = opt('sizes', '') ? opt('sizes', '').split(',').map(Number) : [];
// The skip path at archive scale: a database filled without the extractors (records empty), then
// `derek ingest` run again over the same corpus: reading, hashing, looking up, skipping.
const SKIP_SIZES = opt('skip-sizes', '') ? opt('skip-sizes', '').split(',').map(Number) : [];
const KEEP = args.includes('--keep');

if (!fs.existsSync(path.join(ROOT, 'dist/cli/main.js')) || !fs.existsSync(path.join(ROOT, 'dist/workers/extract.js'))) {
  process.stderr.write('bench: building dist/ first\n');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(2);
}

// The snapshot: the built code with the rules and corpora it reads (PACKAGE_ROOT is dist/..).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-bench-'));
const snap = path.join(tmp, 'derek');
fs.mkdirSync(snap);
for (const d of ['dist', 'rules', 'corpora']) fs.cpSync(path.join(ROOT, d), path.join(snap, d), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(snap, 'package.json'));
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(snap, 'node_modules'));
const CLI = path.join(snap, 'dist/cli/main.js');

function corpus(n) {
  const file = path.join(tmp, `corpus-${n}.jsonl`);
  if (!fs.existsSync(file)) {
    const t = performance.now();
    const c = writeCorpus(file, n, SEED);
    process.stderr.write(`corpus: ${n} articles, ${(c.bytes / 1048576).toFixed(1)} MB, ${c.avgChars} chars/article (built in ${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  }
  return file;
}

/** One `derek ingest` as a child process; its --json summary, the wall time, and its CPU by thread
 *  (Linux: scripts/thread-cpu.cjs, preloaded). */
function ingest(file, db, workers) {
  const t = performance.now();
  const threadsFile = `${db}.threads.json`;
  const r = spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts/thread-cpu.cjs'), CLI, 'ingest', file, '--db', db, '--workers', String(workers), '--json', '--today', '2026-01-20'],
    { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DEREK_THREAD_CPU: threadsFile } });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stderr);
    throw new Error(`derek ingest exited ${r.status}`);
  }
  const threads = fs.existsSync(threadsFile) ? JSON.parse(fs.readFileSync(threadsFile, 'utf8')) : null;
  return { ...JSON.parse(r.stdout), wall, threads };
}

const fmt = (x, d = 0) => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [];
function report(label, s, bytes, n) {
  const rate = n / s.seconds;
  rows.push({ label, n, seconds: s.seconds, wall: s.wall, rate, mbs: bytes / 1048576 / s.seconds, rss: s.peakRssMB, s });
  process.stderr.write(`${label}: ${fmt(rate, 1)} articles/s\n`);
}

const file = corpus(N);
const bytes = fs.statSync(file).size;
const dbs = {};
for (const w of [...new Set([1, WORKERS])]) {
  dbs[w] = path.join(tmp, `w${w}.db`);
  report(`${w} worker${w > 1 ? 's' : ''}`, ingest(file, dbs[w], w), bytes, N);
}
const rerun = ingest(file, dbs[WORKERS], WORKERS);
report('unchanged re-run', rerun, bytes, N);
const skipRate = rerun.articles.unchanged / N;
for (const n of SIZES) {
  const f = corpus(n);
  report(`${n} articles, ${WORKERS} workers`, ingest(f, path.join(tmp, `size-${n}.db`), WORKERS), fs.statSync(f).size, n);
}

if (SKIP_SIZES.length) {
  const { Store, ingest: fill } = await import(path.join(snap, 'dist/store/index.js'));
  const { readIngestInputs } = await import(path.join(snap, 'dist/input/read.js'));
  const { articleId } = await import(path.join(snap, 'dist/article.js'));
  const context = { rulesDir: path.join(snap, 'rules'), corporaDir: path.join(snap, 'corpora'), today: '2026-01-20' };
  const empty = (a) => ({ id: articleId(a.text), source: a.source, date: a.date, title: a.title, lang: 'kk', script: 'Cyrl', langScore: 1,
    text: a.text, officials: [], regions: [], figures: [], directives: [] });
  for (const n of SKIP_SIZES) {
    const f = corpus(n);
    const db = path.join(tmp, `skip-${n}.db`);
    const store = Store.open(db);
    const t = performance.now();
    // As derek ingest reads (line hashes recorded); --today is no part of the line salt.
    await fill(readIngestInputs([f], { lineSalt: '', isKnownLine: () => null }), store, { context, extract: empty, workers: 1, batchSize: 1000 });
    store.close();
    process.stderr.write(`filled ${n} without extraction in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    report(`unchanged re-run, ${n} articles`, ingest(f, db, WORKERS), fs.statSync(f).size, n);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const out = [];
out.push(`derek bench — ${N} articles (seed ${SEED}, ${(bytes / 1048576).toFixed(1)} MB JSONL), ${os.cpus().length} × ${cpu}, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
out.push('');
out.push('| run | articles | seconds (wall) | articles/s | MB/s | peak RSS MB | CPU s | cores used | CPU ms/article |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const cpuS = r.s.cpuSeconds ?? NaN;
  out.push(`| ${r.label} | ${fmt(r.n)} | ${fmt(r.seconds, 2)} (${fmt(r.wall, 2)}) | ${fmt(r.rate, 1)} | ${fmt(r.mbs, 2)} | ${fmt(r.rss)} | ${fmt(cpuS, 1)} | ${fmt(cpuS / r.seconds, 2)} | ${fmt((cpuS * 1000) / r.n, 2)} |`);
}
const pressure = fs.existsSync('/proc/pressure/cpu') ? fs.readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] : null;
if (pressure) out.push(`\nCPU pressure at the end (/proc/pressure/cpu): ${pressure} — above ~10 the machine is shared and wall-clock rates understate derek`);
const one = rows[0];
const many = rows.find((r) => r.label.startsWith(`${WORKERS} worker`));
if (many && many !== one) out.push(`\nspeed-up ${WORKERS} workers / 1 worker: ${(many.rate / one.rate).toFixed(2)}×`);
out.push(`unchanged re-run: skip rate ${(skipRate * 100).toFixed(1)} % (${rerun.articles.unchanged} of ${N} skipped without extraction), ${fmt(N / rerun.seconds)} articles/s`);
// With one worker, extraction runs in a thread of the main one (the per-article cap) that lives
// until exit, so it would count as a helper: runs with a worker pool only.
const byThread = rows.filter((r) => r.s.threads && r.s.workers > 1 && r.s.articles.extracted > 0);
if (byThread.length) {
  out.push('');
  out.push('CPU by thread, ms per article (the whole process, start-up included; Linux /proc; runs with a worker pool):');
  out.push('| run | workers (extraction) | main thread (read, skip check, hash, write) | V8 helper threads (GC, JIT) |');
  out.push('|---|---:|---:|---:|');
  for (const r of byThread) {
    const t = r.s.threads, ms = (x) => fmt((x * 1000) / r.n, 2);
    out.push(`| ${r.label} | ${ms(t.workers)} | ${ms(t.main)} | ${ms(t.helpers)} |`);
  }
}
out.push('');
out.push('per-stage time, ms per article (1 worker; summed over threads):');
const stages = Object.entries(one.s.timings);
const total = stages.filter(([k]) => k !== 'write').reduce((a, [, v]) => a + v, 0);
for (const [k, v] of stages) out.push(`  ${k.padEnd(11)} ${(v / N).toFixed(2).padStart(7)}  ${k === 'write' ? '' : `${((v / total) * 100).toFixed(0).padStart(3)} %`}`);
out.push(`  ${'extraction'.padEnd(11)} ${(total / N).toFixed(2).padStart(7)}`);
process.stdout.write(`${out.join('\n')}\n`);
if (!KEEP) fs.rmSync(tmp, { recursive: true, force: true });
else process.stderr.write(`kept ${tmp}\n`);
