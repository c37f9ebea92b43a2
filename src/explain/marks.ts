// The records of one article as marks over its text (one per mention), and the text cut into
// segments where the set of covering marks is constant: both renderers (terminal, HTML) draw
// from these, so they show the same thing.
import type { ArticleRecord, RecordKind } from '../types.js';

export const KIND_ORDER: readonly RecordKind[] = ['officials', 'regions', 'figures', 'directives'];
export const KIND_LABEL: Record<RecordKind, string> = { officials: 'official', regions: 'region', figures: 'figure', directives: 'directive' };

export interface ExplainedRecord {
  /** Index over all records of the article (the number shown beside a highlight). */
  n: number;
  kind: RecordKind;
  rule: string;
  /** The normalized value in a few words: `money 48000000000 KZT over`, `KZ-11 Ақмола облысы`. */
  value: string;
  /** The record's own fields, without the span bookkeeping. */
  fields: Record<string, unknown>;
  spans: { start: number; end: number; surface: string }[];
}

export interface Segment {
  start: number;
  end: number;
  /** Record numbers covering this piece of text, outermost (longest span) first. */
  cover: number[];
}

const SPAN_KEYS = new Set(['surface', 'start', 'end', 'sentence', 'mentions', 'rule']);
const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6));

function valueOf(kind: RecordKind, r: Record<string, unknown>): string {
  const s = (k: string) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
  switch (kind) {
    case 'officials': return `${s('person')} — ${s('position') || '?'}${r.role ? ` [${s('role')}]` : ''}`;
    case 'regions': return `${s('code')} ${s('name')}`.trim();
    case 'figures': {
      const range = typeof r.min === 'number' && typeof r.max === 'number' ? ` ${num(r.min)}..${num(r.max)}` : '';
      return `${s('kind')} ${typeof r.value === 'number' ? num(r.value) : s('value')}${range}${r.unit ? ` ${s('unit')}` : ''} ${s('qualifier')}${r.change ? ` (${s('change')})` : ''}`.trim();
    }
    case 'directives': return `${s('verb')} by ${s('issuer') || '?'}${r.deadline ? ` until ${s('deadline')}` : ''}${r.reference ? ' (reference)' : ''}`;
  }
}

/** Every record of the article, numbered in kind order then text order. */
export function explainRecords(record: ArticleRecord): ExplainedRecord[] {
  const out: ExplainedRecord[] = [];
  for (const kind of KIND_ORDER) {
    for (const raw of (record[kind] ?? []) as unknown as Record<string, unknown>[]) {
      const spans = kind === 'officials'
        ? ((raw.mentions ?? []) as { start: number; end: number; surface: string }[])
        : [{ start: raw.start as number, end: raw.end as number, surface: raw.surface as string }];
      const fields = Object.fromEntries(Object.entries(raw).filter(([k]) => !SPAN_KEYS.has(k)));
      out.push({ n: out.length + 1, kind, rule: String(raw.rule ?? '?'), value: valueOf(kind, raw), fields, spans: spans.filter((x) => x && x.end > x.start) });
    }
  }
  return out;
}

/** The text cut at every span boundary; each segment lists the records covering it. */
export function segments(textLength: number, records: ExplainedRecord[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  const spans: { n: number; start: number; end: number }[] = [];
  for (const r of records) for (const s of r.spans) {
    const start = Math.max(0, Math.min(textLength, s.start)), end = Math.max(0, Math.min(textLength, s.end));
    if (end <= start) continue;
    spans.push({ n: r.n, start, end });
    cuts.add(start); cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!, end = points[k + 1]!;
    const cover = spans.filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.n - b.n).map((s) => s.n);
    out.push({ start, end, cover: [...new Set(cover)] });
  }
  return out;
}

/** Where each record's last span ends (its label goes there in the terminal). */
export function labelPoints(records: ExplainedRecord[]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (const r of records) for (const s of r.spans) {
    const list = at.get(s.end) ?? [];
    list.push(r.n);
    at.set(s.end, list);
  }
  return at;
}
