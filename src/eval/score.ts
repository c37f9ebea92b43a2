// Scores predictions against gold with exactly the matching rules of ../shared/tools/score.mjs
// (the project is judged by that script): figures by kind + value + overlapping span, regions by
// code + overlapping span, officials by normalized canonical name, directives by overlapping span
// (references optional either way).
import { langKey, locate, type GoldDoc } from './gold.js';

export const KINDS = ['figures', 'regions', 'officials', 'directives'] as const;
export type Kind = (typeof KINDS)[number];

export interface Tally {
  tp: number; fp: number; fn: number;
  attrN: number; qualOk: number; posOk: number; issuerOk: number; deadlineOk: number;
}
export interface PRF { P: number; R: number; F1: number }
export interface Miss { type: 'FN' | 'FP'; base: string; kind: Kind; text: string; rule?: string }

export interface ScoreResult {
  docs: number;
  missingDocs: number;
  contractErrors: number;
  lang: { ok: number; n: number };
  byKind: Record<Kind, Tally & PRF>;
  byLangKind: Record<string, Tally & PRF>;
  misses: Miss[];
}

/** What a prediction needs to be scored: the fields of `derek extract --json`. */
export interface Prediction {
  source?: string;
  lang?: string;
  script?: string;
  text?: string;
  figures?: Array<{ kind: string; value: number; start: number; end: number; surface?: string; qualifier?: string; rule?: string }>;
  regions?: Array<{ code: string; start: number; end: number; surface?: string; rule?: string }>;
  officials?: Array<{ person: string; position?: string | null; role?: string | null; rule?: string }>;
  directives?: Array<{ start: number; end: number; surface?: string; verb?: string; issuer?: string | null; deadline?: string | null; rule?: string }>;
}

export const normText = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
type Span = [number, number] | null;
const overlap = (a: Span, b: Span) => !!a && !!b && a[0] < b[1] && b[0] < a[1];
const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** The basename predictions and gold are matched by: `dir/001_x.txt#3` → `001_x`. */
export function predictionBase(source: string | undefined): string {
  const name = String(source ?? '').split(/[\\/]/).pop() ?? '';
  return name.replace(/#.*$/, '').replace(/\.txt$/, '');
}

export function prf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): PRF {
  const P = tp + fp ? tp / (tp + fp) : 0, R = tp + fn ? tp / (tp + fn) : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

export function score(golds: GoldDoc[], predictions: Prediction[]): ScoreResult {
  const preds = new Map<string, Prediction>();
  for (const p of predictions) preds.set(predictionBase(p.source), p);
  const tally: Record<string, Tally> = {};
  const T = (lang: string, kind: Kind) =>
    (tally[`${lang}|${kind}`] ??= { tp: 0, fp: 0, fn: 0, attrN: 0, qualOk: 0, posOk: 0, issuerOk: 0, deadlineOk: 0 });
  const misses: Miss[] = [];
  let langOk = 0, missingDocs = 0, contractErrors = 0;

  for (const { base, gold: g, text: goldText } of golds) {
    const lang = langKey(g);
    const p = preds.get(base);
    if (!p) {
      missingDocs++;
      for (const k of KINDS) T(lang, k).fn += ((g[k] ?? []) as Array<{ reference?: boolean }>).filter((x) => !x.reference).length;
      continue;
    }
    if (p.lang === g.lang && (!g.script || !p.script || p.script === g.script)) langOk++;
    const text = typeof p.text === 'string' ? p.text : goldText;
    for (const k of KINDS) if (!Array.isArray(p[k])) contractErrors++;
    const surf = (x: { surface?: string; start: number; end: number }) => x.surface ?? text.slice(x.start, x.end);

    { // figures
      const t = T(lang, 'figures');
      const ps = (p.figures ?? []).map((x) => ({ ...x, span: [x.start, x.end] as Span }));
      const used = new Set<number>();
      for (const gf of g.figures ?? []) {
        const span = locate(text, gf.surface, gf.occurrence);
        const i = ps.findIndex((pf, j) => !used.has(j) && overlap(pf.span, span) && pf.kind === gf.kind && sameValue(pf.value, gf.value));
        if (i >= 0) {
          used.add(i); t.tp++; t.attrN++;
          if ((ps[i]!.qualifier ?? 'exact') === (gf.qualifier ?? 'exact')) t.qualOk++;
        } else { t.fn++; misses.push({ type: 'FN', base, kind: 'figures', text: `${gf.kind} ${gf.value} «${gf.surface}»` }); }
      }
      ps.forEach((pf, i) => { if (!used.has(i)) { t.fp++; misses.push({ type: 'FP', base, kind: 'figures', text: `${pf.kind} ${pf.value} «${surf(pf)}»`, rule: pf.rule }); } });
    }
    { // regions
      const t = T(lang, 'regions');
      const ps = (p.regions ?? []).map((x) => ({ ...x, span: [x.start, x.end] as Span }));
      const used = new Set<number>();
      for (const gr of g.regions ?? []) {
        const span = locate(text, gr.surface, gr.occurrence);
        const i = ps.findIndex((pr, j) => !used.has(j) && overlap(pr.span, span) && pr.code === gr.code);
        if (i >= 0) { used.add(i); t.tp++; } else { t.fn++; misses.push({ type: 'FN', base, kind: 'regions', text: `${gr.code} «${gr.surface}»` }); }
      }
      ps.forEach((pr, i) => { if (!used.has(i)) { t.fp++; misses.push({ type: 'FP', base, kind: 'regions', text: `${pr.code} «${surf(pr)}»`, rule: pr.rule }); } });
    }
    { // officials
      const t = T(lang, 'officials');
      const ps = (p.officials ?? []).map((x) => ({ ...x, key: normText(x.person) }));
      const used = new Set<number>();
      for (const go of g.officials ?? []) {
        const i = ps.findIndex((po, j) => !used.has(j) && po.key === normText(go.person));
        if (i >= 0) {
          used.add(i); t.tp++; t.attrN++;
          const gp = new Set(normText(go.position).split(' ')), pp = new Set(normText(ps[i]!.position).split(' '));
          const inter = [...gp].filter((w) => pp.has(w)).length, union = new Set([...gp, ...pp]).size;
          if ((union && inter / union >= 0.5) || (go.role && go.role === ps[i]!.role && go.role !== 'other')) t.posOk++;
        } else { t.fn++; misses.push({ type: 'FN', base, kind: 'officials', text: `«${go.person}» (${go.position})` }); }
      }
      ps.forEach((po, i) => { if (!used.has(i)) { t.fp++; misses.push({ type: 'FP', base, kind: 'officials', text: `«${po.person}» (${po.position})`, rule: po.rule }); } });
    }
    { // directives
      const t = T(lang, 'directives');
      const ps = (p.directives ?? []).map((x) => ({ ...x, span: [x.start, x.end] as Span }));
      const used = new Set<number>();
      for (const gd of g.directives ?? []) {
        const span = locate(text, gd.surface, gd.occurrence);
        const i = ps.findIndex((pd, j) => !used.has(j) && overlap(pd.span, span));
        if (i >= 0) {
          used.add(i);
          if (gd.reference) continue;
          t.tp++; t.attrN++;
          if (normText(ps[i]!.issuer) === normText(gd.issuer)) t.issuerOk++;
          if ((ps[i]!.deadline ?? null) === (gd.deadline ?? null)) t.deadlineOk++;
        } else if (!gd.reference) { t.fn++; misses.push({ type: 'FN', base, kind: 'directives', text: `«${gd.verb}» by ${gd.issuer}` }); }
      }
      ps.forEach((pd, i) => { if (!used.has(i)) { t.fp++; misses.push({ type: 'FP', base, kind: 'directives', text: `«${pd.verb ?? surf(pd)}»`, rule: pd.rule }); } });
    }
  }

  const byKind = {} as Record<Kind, Tally & PRF>;
  const byLangKind: Record<string, Tally & PRF> = {};
  for (const k of KINDS) {
    const keys = Object.keys(tally).filter((x) => x.endsWith(`|${k}`));
    const s = keys.reduce<Tally>((a, key) => {
      for (const [x, v] of Object.entries(tally[key]!)) (a as unknown as Record<string, number>)[x] = ((a as unknown as Record<string, number>)[x] ?? 0) + v;
      return a;
    }, { tp: 0, fp: 0, fn: 0, attrN: 0, qualOk: 0, posOk: 0, issuerOk: 0, deadlineOk: 0 });
    byKind[k] = { ...s, ...prf(s) };
    for (const key of keys) byLangKind[key] = { ...tally[key]!, ...prf(tally[key]!) };
  }
  return { docs: golds.length, missingDocs, contractErrors, lang: { ok: langOk, n: golds.length }, byKind, byLangKind, misses };
}

/** The table score.mjs prints, line for line. */
export function formatScore(r: ScoreResult, withMisses = false): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [
    `docs ${r.docs}  missing ${r.missingDocs}  contract-errors ${r.contractErrors}  lang ${r.lang.ok}/${r.lang.n}`,
    'kind        lang      tp   fp   fn     P     R    F1   attributes',
  ];
  for (const key of Object.keys(r.byLangKind).sort()) {
    const [lang, k] = key.split('|') as [string, Kind];
    const x = r.byLangKind[key]!;
    const attr = k === 'figures' ? `qualifier ${x.qualOk}/${x.attrN}` : k === 'officials' ? `position ${x.posOk}/${x.attrN}`
      : k === 'directives' ? `issuer ${x.issuerOk}/${x.attrN} deadline ${x.deadlineOk}/${x.attrN}` : '';
    lines.push(`${k.padEnd(11)} ${lang.padEnd(7)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)} ${pct(x.P)} ${pct(x.R)} ${pct(x.F1)}   ${attr}`);
  }
  for (const k of KINDS) {
    const x = r.byKind[k];
    lines.push(`${k.padEnd(11)} all     ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)} ${pct(x.P)} ${pct(x.R)} ${pct(x.F1)}`);
  }
  if (withMisses) for (const m of r.misses) lines.push(`${m.type} ${m.base} ${m.kind === 'figures' ? 'figure' : m.kind === 'regions' ? 'region' : m.kind === 'officials' ? 'official' : 'directive'} ${m.text}`);
  return lines.join('\n');
}
