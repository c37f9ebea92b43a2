// `derek rules test`: every rule's own examples run through extract() with the file's language.
// A positive example needs a record made by that rule id with the expected fields (a subset); a
// negative one (`none: true`) needs no record from that rule id. Generic over extractors: a
// record says which rule made it in its `rule` field, whatever its kind.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../index.js';
import type { StageContext } from '../stage.js';
import { RECORD_KINDS, type ArticleRecord, type Lang } from '../types.js';
import { ruleFilesOf } from './lint.js';
import { parseYamlWithLines } from './yaml-lines.js';
import { ruleFileSchema, type RuleExample, type RuleSpec } from './schema.js';

export interface ExampleResult {
  ruleId: string;
  file: string;
  line?: number;
  /** 1-based index among the rule's examples. */
  index: number;
  text: string;
  ok: boolean;
  /** Why it failed, in one or a few lines. */
  problem?: string;
}

/** The records of every kind an article produced, each with its kind. */
function allRecords(r: ArticleRecord): { kind: string; rec: Record<string, unknown> }[] {
  return RECORD_KINDS.flatMap((kind) => (r[kind] as unknown as Record<string, unknown>[]).map((rec) => ({ kind, rec })));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

/** Fields of `want` the record does not have as expected (empty: it matches). */
export function fieldMismatches(rec: Record<string, unknown>, want: Record<string, unknown>): string[] {
  return Object.entries(want).filter(([k, v]) => !same(rec[k], v)).map(([k, v]) => `${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(rec[k])}`);
}

const brief = (rec: Record<string, unknown>) => String(rec.surface ?? rec.person ?? '');

/**
 * An exclusion rule (`fields: {exclude: true}`) makes no record: it keeps words out of its
 * extractor's records. A positive example names the `excluded` words no record of that kind may
 * cover; a negative one still yields a record of that kind.
 */
function judgeExclusion(ex: RuleExample, text: string, recs: { kind: string; rec: Record<string, unknown> }[]): string | undefined {
  if (ex.none) return recs.length ? undefined : 'negative exclusion example, but no record survived';
  const word = String(ex.expect?.excluded ?? '');
  const at = word ? text.indexOf(word) : -1;
  if (at < 0) return `exclusion example needs expect.excluded: words from its text (got ${JSON.stringify(ex.expect?.excluded)})`;
  const hit = recs.filter((x) => (x.rec.start as number) < at + word.length && at < (x.rec.end as number));
  return hit.length ? `«${word}» must not be read, but ${hit.map((x) => `${x.kind} «${brief(x.rec)}» (${String(x.rec.rule)})`).join(', ')} covers it` : undefined;
}

/** Checks one example against the record extract() made of its text. */
export function judgeExample(ruleId: string, ex: RuleExample, record: ArticleRecord, exclusionOf?: string): string | undefined {
  if (exclusionOf !== undefined) {
    const kindRecs = allRecords(record).filter((x) => !(RECORD_KINDS as readonly string[]).includes(exclusionOf) || x.kind === exclusionOf);
    return judgeExclusion(ex, record.text, kindRecs);
  }
  const recs = allRecords(record);
  const mine = recs.filter((x) => x.rec.rule === ruleId);
  if (ex.none) {
    if (!mine.length) return undefined;
    return `negative example, but the rule made ${mine.map((x) => `${x.kind} «${brief(x.rec)}»`).join(', ')}`;
  }
  if (!mine.length) {
    const others = [...new Set(recs.map((x) => String(x.rec.rule)))];
    return `no record from this rule${others.length ? ` (records came from: ${others.join(', ')})` : ' (no records at all)'}`;
  }
  const want = ex.expect ?? {};
  const scored = mine.map((x) => ({ x, bad: fieldMismatches(x.rec, want) })).sort((a, b) => a.bad.length - b.bad.length);
  if (scored[0]!.bad.length === 0) return undefined;
  return `closest record ${scored[0]!.x.kind} «${brief(scored[0]!.x.rec)}»: ${scored[0]!.bad.join('; ')}`;
}

interface EffectiveRule { spec: RuleSpec; file: string; lang: string; lineOf: (k: number) => number | undefined }

/** The rules in force (a custom set's replace the built-in ones of the same id), with their file. */
function effectiveRules(rulesDir: string): EffectiveRule[] {
  const byId = new Map<string, EffectiveRule>();
  for (const { file, lang } of ruleFilesOf(rulesDir)) {
    const parsed = parseYamlWithLines(fs.readFileSync(file, 'utf8'));
    const r = ruleFileSchema.safeParse(parsed.data);
    if (!r.success) continue; // `rules lint` reports it; loading it for extraction will too
    r.data.rules.forEach((spec, k) => {
      byId.set(spec.id, { spec, file, lang, lineOf: (j) => parsed.lineAt(['rules', k, 'examples', j]) });
    });
  }
  return [...byId.values()];
}

export interface ExamplesOptions {
  /** Only rules whose id starts with this (e.g. `kk.directive`). */
  only?: string;
  context?: Partial<StageContext>;
}

/** Runs every example of every rule; results in file order. */
export function runRuleExamples(rulesDir: string, options: ExamplesOptions = {}): ExampleResult[] {
  const out: ExampleResult[] = [];
  const context: Partial<StageContext> = { today: '2026-01-15', ...options.context, rulesDir };
  for (const rule of effectiveRules(rulesDir)) {
    if (options.only && !rule.spec.id.startsWith(options.only)) continue;
    (rule.spec.examples ?? []).forEach((ex, j) => {
      const base = { ruleId: rule.spec.id, file: rule.file, line: rule.lineOf(j), index: j + 1, text: ex.text };
      let problem: string | undefined;
      try {
        const record = extract(ex.text, { lang: rule.lang as Lang, date: ex.date, source: `${path.basename(rule.file)}#${rule.spec.id}.${j + 1}`, context });
        const exclusionOf = rule.spec.fields?.exclude === true ? path.basename(rule.file, '.yaml') : undefined;
        problem = judgeExample(rule.spec.id, ex, record, exclusionOf);
      } catch (e) {
        problem = `extraction failed: ${(e as Error).message}`;
      }
      out.push({ ...base, ok: !problem, problem });
    });
  }
  return out;
}

export function formatExampleResults(results: ExampleResult[], cwd = process.cwd()): string {
  const failed = results.filter((r) => !r.ok);
  const lines: string[] = [];
  const byRule = new Map<string, ExampleResult[]>();
  for (const f of failed) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [id, list] of byRule) {
    lines.push(`FAIL ${id}`);
    for (const f of list) {
      lines.push(`  ${path.relative(cwd, f.file)}${f.line ? `:${f.line}` : ''} example ${f.index}: «${f.text.length > 90 ? `${f.text.slice(0, 87)}…` : f.text}»`);
      lines.push(`    ${f.problem}`);
    }
  }
  const rules = new Set(results.map((r) => r.ruleId)).size;
  lines.push(`rule examples: ${results.length - failed.length} ok, ${failed.length} failing, of ${results.length} examples in ${rules} rules`);
  return lines.join('\n');
}
