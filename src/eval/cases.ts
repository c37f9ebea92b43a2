// Short focused cases: one JSON object per line in fixtures/cases/*.jsonl,
//   {"input": "…", "date": "2026-01-19", "lang": "kk", "expected": {"figures": [{…}]}, "status": "ok", "note": "…"}
// For each kind named in `expected`, the article must produce exactly that many records of the kind,
// each expected object matching one record on the fields it gives. `status: "xfail"` marks a known
// failure that stays visible (the runner expects it to fail).
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, Lang } from '../types.js';

export interface Case {
  file: string;
  line: number;
  input: string;
  date?: string | null;
  lang?: Lang;
  expected: Partial<Record<'officials' | 'regions' | 'figures' | 'directives', Record<string, unknown>[]>>;
  status: 'ok' | 'xfail';
  note?: string;
}

export function loadCases(dir: string): Case[] {
  if (!fs.existsSync(dir)) return [];
  const out: Case[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = path.join(dir, name);
    fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
      if (!raw.trim() || raw.trimStart().startsWith('//')) return;
      let obj: Omit<Case, 'file' | 'line'>;
      try { obj = JSON.parse(raw); } catch (e) { throw new Error(`${file}:${i + 1}: not JSON: ${(e as Error).message}`); }
      if (typeof obj.input !== 'string' || typeof obj.expected !== 'object') throw new Error(`${file}:${i + 1}: needs "input" and "expected"`);
      out.push({ ...obj, status: obj.status ?? 'ok', file, line: i + 1 });
    });
  }
  return out;
}

const matches = (record: Record<string, unknown>, want: Record<string, unknown>) =>
  Object.entries(want).every(([k, v]) => JSON.stringify(record[k]) === JSON.stringify(v));

/** Differences between a case's expectation and a record; empty when it passes. */
export function caseProblems(c: Case, record: ArticleRecord): string[] {
  const problems: string[] = [];
  for (const [kind, wants] of Object.entries(c.expected) as [keyof Case['expected'], Record<string, unknown>[]][]) {
    const got = record[kind] as unknown as Record<string, unknown>[];
    const used = new Set<number>();
    for (const want of wants) {
      const i = got.findIndex((g, j) => !used.has(j) && matches(g, want));
      if (i < 0) problems.push(`${kind}: missing ${JSON.stringify(want)}`); else used.add(i);
    }
    got.forEach((g, j) => { if (!used.has(j)) problems.push(`${kind}: extra ${JSON.stringify({ surface: g.surface ?? g.person, rule: g.rule })}`); });
  }
  return problems;
}
