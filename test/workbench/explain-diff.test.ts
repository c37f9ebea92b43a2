// explain's marks and terminal rendering, and eval --diff, in process on hand-made records.
import { describe, expect, it } from 'vitest';
import { diffFixtures, formatDiff } from '../../src/eval/diff.js';
import type { GoldDoc } from '../../src/eval/gold.js';
import { score } from '../../src/eval/score.js';
import { explainRecords, segments } from '../../src/explain/marks.js';
import { renderHtml } from '../../src/explain/html.js';
import { renderTerminal } from '../../src/explain/terminal.js';
import { RECORD, TEXT } from './record.js';

describe('explain', () => {
  it('numbers records in kind order and cuts the text where covers change (nested spans)', () => {
    const recs = explainRecords(RECORD);
    expect(recs.map((r) => [r.n, r.kind, r.rule])).toEqual([
      [1, 'officials', 'kk.official.title-name'], [2, 'regions', 'kk.region.city'], [3, 'figures', 'kk.money.scale-currency'], [4, 'directives', 'kk.directive.verb-active']]);
    expect(recs[2]!.value).toBe('money 48000000000 KZT exact');
    const segs = segments(TEXT.length, recs);
    expect(segs.map((s) => s.end - s.start).reduce((a, b) => a + b)).toBe(TEXT.length);
    const figure = segs.find((s) => TEXT.slice(s.start, s.end) === '48 млрд теңге')!;
    expect(figure.cover).toEqual([4, 3]); // the directive around it, the figure inside
    for (const r of recs) for (const sp of r.spans) {
      expect(segs.filter((s) => s.cover.includes(r.n) && s.start >= sp.start && s.end <= sp.end).map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(sp.surface);
    }
  });

  it('terminal: brackets without colour, rule id and value beside each span', () => {
    const out = renderTerminal(RECORD, { color: false });
    expect(out).toContain('⟦⟦48 млрд теңге⟧⟨3 money 48000000000 KZT exact · kk.money.scale-currency⟩ бөлуді тапсырды⟧⟨4 тапсырды by Ержан Сәрсенов · kk.directive.verb-active⟩');
    expect(out).toContain('⟦Ержан Сәрсенов⟧⟨1 Ержан Сәрсенов — аким [akim] · kk.official.title-name⟩');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('terminal: ANSI background by kind with colour', () => {
    const out = renderTerminal(RECORD, { color: true });
    expect(out).toContain('\u001b[43;30m48 млрд теңге\u001b[0m'); // figure: yellow
    expect(out).toContain('\u001b[42;30mАстанада\u001b[0m'); // region: green
  });

  it('html: self-contained, text escaped, every record in the table and the data', () => {
    const html = renderHtml(RECORD);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<link|@import|url\(/);
    expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(html.match(/<tr class="rec /g)).toHaveLength(4);
    expect(html).toContain('data-recs="4 3"');
  });
});

describe('eval --diff', () => {
  const gold: GoldDoc = {
    base: 'hand-made', txtFile: 'hand-made.txt', text: TEXT,
    gold: {
      lang: 'kk', script: 'Cyrl',
      officials: [{ person: 'Ержан Сәрсенов', position: 'аудан әкімі', role: 'akim' }],
      regions: [{ code: 'KZ-75', surface: 'Астанада' }],
      figures: [{ kind: 'money', value: 48e9, unit: 'KZT', qualifier: 'approx', surface: '48 млрд теңге' }, { kind: 'percent', value: 5, surface: 'тапсырды' }],
      directives: [],
    },
  };
  const d = diffFixtures([gold], [RECORD]);
  const items = d.fixtures[0]!.items;
  const find = (status: string, kind: string) => items.filter((i) => i.status === status && i.kind === kind);

  it('pairs like the scorer: a wrong field on a true positive, a near miss, a missing and an extra record', () => {
    expect(find('wrong', 'officials')[0]).toMatchObject({ scored: 'tp', fields: [{ field: 'position', expected: 'аудан әкімі', produced: 'аким' }] });
    expect(find('wrong', 'figures')[0]!.fields).toEqual([{ field: 'qualifier', expected: 'approx', produced: 'exact' }]);
    expect(find('wrong', 'figures')[0]!.scored).toBe('tp');
    expect(find('wrong', 'regions')[0]).toMatchObject({ scored: 'fn+fp', rule: 'kk.region.city', fields: [{ field: 'code', expected: 'KZ-75', produced: 'KZ-71' }] });
    expect(find('missing', 'figures')).toHaveLength(1);
    expect(find('extra', 'directives')[0]!.rule).toBe('kk.directive.verb-active');
  });

  it('agrees with the scorer: ok + wrong(tp) = TP, per kind', () => {
    const s = score([gold], [RECORD]);
    for (const kind of ['officials', 'regions', 'figures', 'directives'] as const) {
      const tp = items.filter((i) => i.kind === kind && i.scored === 'tp').length;
      expect(tp, kind).toBe(s.byKind[kind].tp);
      expect(items.filter((i) => i.kind === kind && /fp/.test(i.scored)).length, kind).toBe(s.byKind[kind].fp);
      expect(items.filter((i) => i.kind === kind && /fn/.test(i.scored)).length, kind).toBe(s.byKind[kind].fn);
    }
  });

  it('per-rule hits and precision', () => {
    expect(d.rules.map((r) => [r.rule, r.hits, r.correct])).toEqual([
      ['kk.directive.verb-active', 1, 0], ['kk.money.scale-currency', 1, 1], ['kk.official.title-name', 1, 1], ['kk.region.city', 1, 0]]);
    const text = formatDiff(d, { width: 160 });
    expect(text).toMatch(/kk\.money\.scale-currency\n\s+~ wrong figure\s+money 48000000000 KZT approx «48 млрд теңге»\s+│ money 48000000000 KZT exact/);
    expect(text).toMatch(/\(no rule fired\)\n\s+- missing figure\s+percent 5/);
    expect(text).toMatch(/kk\.region\.city\s+regions\s+1\s+0\s+0\.0%/);
  });
});
