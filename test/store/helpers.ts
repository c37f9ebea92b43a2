// Test helpers for the store: articles, a small deterministic extractor, and table dumps.
import { articleId, type Article } from '../../src/article.js';
import type { IngestItem } from '../../src/store/ingest.js';
import { RECORD_TABLES } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';
import type { StageContext } from '../../src/stage.js';
import type { ArticleRecord, DirectiveRecord, FigureRecord, RegionRecord } from '../../src/types.js';

export const CTX: StageContext = { rulesDir: '/nonexistent/rules', corporaDir: '/nonexistent/corpora', today: '2026-01-20' };
export const NOW = () => new Date('2026-01-20T10:00:00Z');

export function article(text: string, source: string, extra: Partial<Article> = {}): IngestItem {
  return { kind: 'article', article: { source, text, date: '2026-01-19', dateFrom: 'header', title: null, ...extra } };
}

const PLACES: Record<string, string> = { 'Алматы': 'KZ-75', 'Астана': 'KZ-71', 'Қызылорда облысы': 'KZ-43' };

function spans(text: string, re: RegExp): { start: number; end: number; surface: string; m: RegExpExecArray }[] {
  const out = [];
  for (const m of text.matchAll(new RegExp(re.source, 'gu'))) out.push({ start: m.index!, end: m.index! + m[0].length, surface: m[0], m: m as RegExpExecArray });
  return out;
}

/**
 * A stand-in for the pipeline: places, "<n> млрд теңге" and "тапсырды" found by plain patterns.
 * `variant` 2 simulates a rule change: money values are stored in millions instead.
 */
export function fakeExtract(variant = 1) {
  return (a: Article): ArticleRecord => {
    const regions: RegionRecord[] = Object.entries(PLACES).flatMap(([name, code]) =>
      spans(a.text, new RegExp(name)).map((s) => ({ code, name, via: null, surface: s.surface, start: s.start, end: s.end, sentence: 0, rule: 'test.region' })));
    const figures: FigureRecord[] = spans(a.text, /(\d+) млрд теңге/).map((s) => ({
      kind: 'money', value: Number(s.m[1]) * (variant === 1 ? 1e9 : 1e6), unit: 'KZT', object: null, qualifier: 'exact',
      surface: s.surface, start: s.start, end: s.end, sentence: 0, rule: `test.money.v${variant}`,
    }));
    const directives: DirectiveRecord[] = spans(a.text, /тапсырды/).map((s) => ({
      issuer: a.text.includes('Балаева') ? 'Аида Балаева' : null, verb: s.surface, addressees: ['әкімдікке'], content: 'жұмысты жалғастыру',
      deadline: null, reference: false, surface: s.surface, start: s.start, end: s.end, sentence: 0, rule: 'test.directive',
    }));
    const officials = spans(a.text, /Аида Балаева/).slice(0, 1).map((s) => ({
      person: 'Аида Балаева', patronymic: null, position: 'министр', role: 'minister' as const, org: null, region: null,
      mentions: [{ surface: s.surface, start: s.start, end: s.end, sentence: 0 }], rule: 'test.official', personId: 'balayeva',
    }));
    return { id: articleId(a.text), source: a.source, date: a.date, title: a.title, lang: 'kk', script: 'Cyrl', langScore: 0.9,
      text: a.text, officials, regions, figures, directives };
  };
}

/** Every row of the record tables in a stable order, as one string. */
export function dumpRecordTables(store: Store): string {
  return RECORD_TABLES.map((t) => {
    const order = t === 'articles' ? 'id' : 'article_id, seq';
    return `${t}\n${store.db.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).raw().all().map((r) => JSON.stringify(r)).join('\n')}`;
  }).join('\n');
}

export function count(store: Store, table: string): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
