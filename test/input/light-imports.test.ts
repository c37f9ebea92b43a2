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

  // The build precompiles the built-in rules (dist/precompiled-rules.json): an extracting thread then
  // needs neither XRegExp (~125 ms to load) nor `yaml` (~50 ms; rules are read with js-yaml).
  it('extraction in every language with the built-in rules loads neither xregexp nor yaml', () => {
    const script = `
      const { extract } = await import(${JSON.stringify(path.join(ROOT, 'dist/index.js'))});
      const texts = [
        'Алматы облысына 8 млрд теңге бөлінді. Премьер-министр Олжас Бектенов әкімдерге 1 наурызға дейін жұмысты аяқтауды тапсырды.',
        'Almaty oblysyna 8 mlrd teńge bólindi. Premer-Mınıstr Oljas Bektenov ákimderge tapsyrma berdi.',
        'Премьер-министр Олжас Бектенов поручил акиму Карагандинской области до 1 марта выделить 5 млрд тенге.',
        'Prime Minister Olzhas Bektenov instructed the akim of Karaganda region to allocate 5 billion tenge by March 1.',
      ];
      const langs = texts.map((t) => extract(t, { date: '2026-01-20', context: { timeCapMs: 0 } }).lang);
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ langs, heavy: loaded.filter((f) => /node_modules\\/(xregexp|yaml)\\/.*\\.js$/.test(f)) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.langs).toEqual(['kk', 'kk', 'ru', 'en']);
    expect(out.heavy).toEqual([]);
  });
});
