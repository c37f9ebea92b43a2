// The explain page in a real browser: Debian's chromium, headless (.ci/run installs it; skipped
// with a message when it is absent on a developer's machine). The DOM after the page's script
// ran must show every record's highlight with exactly its surface, the legend and the table, and
// `#rN` must select record N (detail panel with its rule id); a screenshot is kept in /tmp.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/explain/html.js';
import { explainRecords } from '../../src/explain/marks.js';
import { RECORD } from './record.js';
import { ROOT, derek } from './helpers.js';

const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].map((c) => spawnSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).stdout.trim()).find(Boolean);
if (!CHROMIUM) console.warn('html-browser.test: no chromium on PATH, skipping the browser test (apt-get install chromium; .ci/run does)');

export const SCREENSHOT = path.join(os.tmpdir(), 'derek-explain.png');

function chromium(args: string[]) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-chromium-'));
  const r = spawnSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--window-size=1400,900', ...args],
  { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  fs.rmSync(profile, { recursive: true, force: true });
  return r;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The highlights of a dumped DOM: [record numbers, text] for every span.m. */
function highlights(dom: string): { recs: number[]; text: string }[] {
  return [...dom.matchAll(/<span class="m [^"]*"[^>]*data-recs="([\d ]+)"[^>]*>([^<]*)<\/span>/g)].map((m) => ({ recs: m[1]!.split(' ').map(Number), text: unescape(m[2]!) }));
}

describe.skipIf(!CHROMIUM)('explain --html in headless chromium', () => {
  it('a hand-made record: every highlight shows exactly its surface; #r3 selects the figure and shows its rule', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derek-html-')), 'page.html');
    fs.writeFileSync(file, renderHtml(RECORD));
    const r = chromium(['--dump-dom', `file://${file}#r3`]);
    expect(r.status, r.stderr).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('data-ready="1"'); // the page's script ran to the end
    expect(dom).toMatch(/<body[^>]*data-selected="3"/);
    expect(dom).toMatch(/<div id="detail" style="display: block;"><div class="rec"><div>#3 figure · <span class="rule">kk\.money\.scale-currency<\/span>/);
    expect(dom).toMatch(/<div id="tip" role="tooltip" style="display: block;[^"]*">.*kk\.money\.scale-currency/);
    expect(dom).toMatch(/<tr class="rec k-figures sel" data-n="3"/);
    const hl = highlights(dom);
    for (const rec of explainRecords(RECORD)) {
      expect(hl.filter((h) => h.recs.includes(rec.n)).map((h) => h.text).join(''), `record ${rec.n}`).toBe(rec.spans.map((s) => s.surface).join(''));
    }
    expect(hl.filter((h) => h.recs.includes(3)).every((h) => /class="m k-figures[^"]*sel/.test(dom))).toBe(true);
  }, 90_000);

  it('a seed article from derek explain --html: highlights match the records, legend counts, screenshot', () => {
    const seed = path.join(ROOT, 'fixtures/kk/seed-000_3072b528facdecae.txt');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derek-html-')), 'seed.html');
    const made = derek(['explain', seed, '--html', out]);
    expect(made.code, made.err).toBe(0);
    // The records the page was made from travel inside it (script#records).
    const html = fs.readFileSync(out, 'utf8');
    const recs = JSON.parse(/<script type="application\/json" id="records">(.*?)<\/script>/s.exec(html)![1]!) as ReturnType<typeof explainRecords>;
    expect(recs.length).toBeGreaterThan(5);

    const r = chromium(['--dump-dom', `file://${out}`]);
    expect(r.status, r.stderr).toBe(0);
    const hl = highlights(r.stdout);
    for (const rec of recs) {
      // The segments of one record, joined in text order, are its spans' surfaces joined.
      expect(hl.filter((h) => h.recs.includes(rec.n)).map((h) => h.text).join(''), `record ${rec.n} ${rec.rule}`).toBe(rec.spans.map((s) => s.surface).join(''));
    }
    for (const kind of ['officials', 'regions', 'figures', 'directives']) {
      expect(r.stdout).toContain(`<span class="count" data-kind="${kind}">${recs.filter((x) => x.kind === kind).length}</span>`);
    }
    expect((r.stdout.match(/<tr class="rec /g) ?? []).length).toBe(recs.length);

    const firstFigure = recs.find((x) => x.kind === 'figures')?.n ?? 1;
    fs.rmSync(SCREENSHOT, { force: true });
    const shot = chromium([`--screenshot=${SCREENSHOT}`, `file://${out}#r${firstFigure}`]);
    expect(shot.status, shot.stderr).toBe(0);
    const png = fs.readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000); // a rendered page, not a blank one
  }, 120_000);
});
