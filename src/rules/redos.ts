// Catastrophic backtracking check for rule patterns, before they ever see an article.
// scslre analyses the regex's automaton statically (milliseconds, no input needed) and reports
// quantifiers that can split the same text in many ways: `(a+)+$` (exponential) or `\s*\d+\s*x`
// style trades (polynomial). Exponential ones are refused at load time; polynomial ones are lint
// warnings (the per-article time cap bounds what is left).
//
// We analyse the pattern with \p{…} kept as Unicode property escapes (flag u) rather than the
// native source XRegExp emits, which spells \p{L} as thousands of ranges and is slow to analyse.
import { createRequire } from 'node:module';
import type { Report } from 'scslre';
import { expandPieces } from './compile.js';
import { xregexp } from './xregexp.js';

type Analyse = typeof import('scslre').analyse;
let analyseFn: Analyse | null = null;

/** scslre (with refa under it) is loaded on first use: only custom rule sets and `derek rules lint`
 *  are analysed, and every extraction worker would otherwise load it at start-up (~30 ms). */
function analyse(...args: Parameters<Analyse>): ReturnType<Analyse> {
  analyseFn ??= (createRequire(import.meta.url)('scslre') as typeof import('scslre')).analyse;
  return analyseFn(...args);
}

export interface BacktrackFinding {
  exponential: boolean;
  /** One line for a rule developer: the quantifiers involved and an input that triggers it. */
  reason: string;
}

const OPEN = '\uE000', CLOSE = '\uE001';

/** The expanded pattern as one compact regex source with \p{…} intact (for analysis, not matching). */
export function analysisSource(pattern: string, pieces: Record<string, string>): string {
  const guarded = expandPieces(pattern, pieces).replace(/\\([pP])\{([^}]*)\}/g, (_, k: string, n: string) => `${OPEN}${k}${n}${CLOSE}`);
  return xregexp()(guarded, 'x').source.replace(new RegExp(`${OPEN}([pP])([^${CLOSE}]*)${CLOSE}`, 'g'), '\\$1{$2}');
}

function describe(r: Report): string {
  const c = r.character.pick;
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `'${c}'` : JSON.stringify(c);
  const input = `an input like ${shown} repeated many times followed by a character the rule rejects`;
  if (r.type === 'Self') {
    return `nested quantifier: ${r.quant.raw} inside ${r.parentQuant.raw} can split the same text in ${r.exponential ? 'exponentially' : 'polynomially'} many ways (${input})`;
  }
  if (r.type === 'Trade') {
    return `quantifiers ${r.startQuant.raw} and ${r.endQuant.raw} can trade the same characters${r.exponential ? ' exponentially' : ''} (${input})`;
  }
  return `quantifier ${r.quant.raw} is retried from every position of a rejected run (${input})`;
}

const cache = new Map<string, BacktrackFinding[]>();

/**
 * Super-linear backtracking in one rule pattern. `flags` are the rule's own (i, m, s). Throws
 * nothing: a pattern the analyser cannot parse yields no findings (compilation reports real
 * syntax errors separately).
 */
export function checkBacktracking(pattern: string, pieces: Record<string, string>, flags = 'i'): BacktrackFinding[] {
  let source: string;
  try { source = analysisSource(pattern, pieces); } catch { return []; }
  const f = `${flags.replace(/[^ims]/g, '')}u`;
  const key = `${f}/${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let findings: BacktrackFinding[];
  try {
    // Move reports (a failing match retried from every start) are the normal cost of any
    // unanchored search and are bounded by the time cap: not reported.
    const { reports } = analyse({ source, flags: f }, { reportTypes: { Move: false }, maxReports: 5 });
    const seen = new Set<string>();
    findings = reports.map((r) => ({ exponential: r.exponential, reason: describe(r) })).filter((f) => !seen.has(f.reason) && !!seen.add(f.reason));
  } catch {
    findings = [];
  }
  cache.set(key, findings);
  return findings;
}

/** The first exponential finding, or null: what load time refuses. */
export function catastrophicReason(pattern: string, pieces: Record<string, string>, flags = 'i'): string | null {
  const bad = checkBacktracking(pattern, pieces, flags).find((x) => x.exponential);
  return bad ? `catastrophic backtracking: ${bad.reason}` : null;
}
