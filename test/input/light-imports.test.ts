// Start-up cost. Ingest's main thread reads inputs (datelines need the months corpus) but never extracts: it must
// not load the rule compiler (XRegExp, the ReDoS checker), which costs about half a second per run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('input modules stay light', () => {
  it('reading an article with a dateline loads neither xregexp nor scslre', () => {
    const script = `
      const { parseArticleText } = await import(${JSON.stringify(path.join(ROOT, 'dist/input/meta.js'))});
      const a = parseArticleText('АСТАНА, 14 января 2026. Текст статьи.\\nВторая строка.', 'x');
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ date: a.date, heavy: loaded.filter((f) => /node_modules\\/(xregexp|scslre)\\//.test(f)).length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.date).toBe('2026-01-14');
    expect(out.heavy).toBe(0);
  });

  it('extraction with the built-in rules does not load the ReDoS checker (only custom rule sets are analysed)', () => {
    const script = `
      const { extract } = await import(${JSON.stringify(path.join(ROOT, 'dist/index.js'))});
      const r = extract('Алматы облысына 8 млрд теңге бөлінді.', { date: '2026-01-20', context: { timeCapMs: 0 } });
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ figures: r.figures.length, scslre: loaded.filter((f) => /node_modules\\/scslre\\//.test(f)).length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.figures).toBe(1);
    expect(out.scslre).toBe(0);
  });
});
