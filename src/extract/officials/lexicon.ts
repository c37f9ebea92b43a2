// The position lexicon (corpora/positions.yaml) compiled for matching: title heads with their role,
// body nouns, ministries (canonical English names) and the words that make a position regional.
import { loadCorpus } from '../../gazetteer/corpus.js';
import { firstCharBody } from '../../rules/compile.js';
import { unitTest } from '../../text/boundaries.js';
import type { Lang, Role } from '../../types.js';

interface TitleSpec { id: string; role: Role; prefix?: boolean; needsBody?: boolean; kk?: string[]; ru?: string[]; en?: string[] }
interface PositionsFile {
  titles: TitleSpec[];
  bodies: { kk: string[]; ru: string[] };
  ministries: Array<{ en: string; kk: string; ru: string }>;
  regional: { kk: string[]; ru: string[] };
}

export interface TitleForm { source: string; re: RegExp; sticky: RegExp; role: Role; id: string; prefix: boolean; needsBody: boolean }

export interface Lexicon {
  /** regex source of any title head (for rule pieces), case-insensitive at word starts */
  titleSource: string;
  /** global regex over any title head */
  titleRe: RegExp;
  forms: TitleForm[];
  bodyRe: RegExp;
  regionalRe: RegExp;
  ministries: Array<{ en: string; re: RegExp }>;
}

const B = '(?<![\\p{L}\\p{M}\\p{N}-])';
const E = '(?![\\p{L}\\p{M}\\p{N}-])';

/** `басшысы` → `[Бб]асшысы`: news capitalises titles at will (Мемлекет Басшысы, Премьер-министр). */
function caseless(frag: string): string {
  return frag.replace(/(^|\\s\+|\\s\*|\\s)(\p{L})/gu, (_m, pre: string, ch: string) => `${pre}[${ch.toUpperCase()}${ch.toLowerCase()}]`);
}

const cache = new Map<string, Lexicon>();

export function lexicon(corporaDir: string, lang: Lang): Lexicon {
  const key = `${corporaDir}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const f = loadCorpus<PositionsFile>(corporaDir, 'positions');
  const forms: TitleForm[] = [];
  for (const t of f.titles) for (const frag of t[lang] ?? []) {
    const source = caseless(frag);
    forms.push({ source, re: new RegExp(`^(?:${source})$`, 'u'), sticky: new RegExp(`(?:${source})${E}`, 'uy'), role: t.role, id: t.id, prefix: !!t.prefix, needsBody: !!t.needsBody });
  }
  forms.sort((a, b) => b.source.length - a.source.length);
  const titleSource = `${B}(?:${forms.map((x) => x.source).join('|')})${E}`;
  const bodyLang = lang === 'en' ? 'ru' : lang;
  const lex: Lexicon = {
    titleSource,
    titleRe: new RegExp(titleSource, 'gu'),
    forms,
    bodyRe: new RegExp(`${B}(?:${f.bodies[bodyLang].join('|')})[\\p{L}\\p{M}]*${E}`, 'giu'),
    regionalRe: new RegExp(`${B}(?:${f.regional[bodyLang].join('|')})${E}`, 'iu'),
    ministries: f.ministries.map((m) => ({ en: m.en, re: new RegExp(`${B}${m[bodyLang]}${E}`, 'iu') })),
  };
  cache.set(key, lex);
  return lex;
}

/** The characters a form can start with (null: any), read from its source: titlesIn tries only the
 *  forms that can start where a title head stands. Kept beside the forms, not in them: other
 *  lexicons (English) copy forms and change their source. */
const leads = new WeakMap<TitleForm, RegExp | null>();
function leadOf(f: TitleForm): RegExp | null {
  let lead = leads.get(f);
  if (lead === undefined) leads.set(f, (lead = leadFromSource(f.source)));
  return lead;
}
function leadFromSource(source: string): RegExp | null {
  const body = firstCharBody(source);
  if (!body) return null;
  try {
    return new RegExp(`^[${body}]`, 'u');
  } catch {
    return null;
  }
}

/** Forms that can start with a character, in the forms' order (built on first need). */
const formsByLead = new WeakMap<Lexicon, Map<string, TitleForm[]>>();
function formsAt(lex: Lexicon, ch: string): TitleForm[] {
  // a surrogate half says nothing about the code point: every form stays a candidate
  if (ch.length !== 1 || (ch >= '\uD800' && ch <= '\uDFFF')) return lex.forms;
  let byLead = formsByLead.get(lex);
  if (!byLead) formsByLead.set(lex, (byLead = new Map()));
  let forms = byLead.get(ch);
  if (!forms) byLead.set(ch, (forms = lex.forms.filter((f) => { const lead = leadOf(f); return !lead || lead.test(ch); })));
  return forms;
}

/** The title form a matched head is (its role); longest forms are tried first. */
export function titleOf(lex: Lexicon, head: string): TitleForm | null {
  const h = head.replace(/\s+/g, ' ');
  return lex.forms.find((f) => f.re.test(h)) ?? null;
}

/**
 * Where title heads can start, per lexicon: the head pattern (sticky) and the characters a head can
 * start with. A head starts at a word start (the pattern opens with the no-letter-before lookbehind)
 * on one of those characters; only such places are tried. A global scan tests the lookbehind and
 * the alternation's first characters at every position, which costs several times more.
 */
interface HeadScanner { sticky: RegExp; lead: ((code: number) => boolean) | null; wordStartOnly: boolean }
const headScanners = new WeakMap<Lexicon, HeadScanner>();
function headScanner(lex: Lexicon): HeadScanner {
  let scan = headScanners.get(lex);
  if (!scan) {
    const source = lex.titleRe.source;
    scan = { sticky: new RegExp(source, 'uy'), lead: leadTest(lex.forms), wordStartOnly: source.startsWith(B) };
    headScanners.set(lex, scan);
  }
  return scan;
}
/** Whether a code unit is a character some form can start with (null: unknown, every character is tried). */
function leadTest(forms: TitleForm[]): ((code: number) => boolean) | null {
  const bodies = forms.map((f) => firstCharBody(f.source));
  if (!bodies.length || !bodies.every((b) => b)) return null;
  try {
    return unitTest(new RegExp(`^[${bodies.join('')}]$`, 'u'));
  } catch {
    return null; // a body that does not join into one class
  }
}
const isWordCode = unitTest(/^[\p{L}\p{M}\p{N}-]$/u);

/** The first place at or after `from` where a head pattern matches, or -1 (what a global exec finds). */
function nextHead(scan: HeadScanner, text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const p = i > 0 ? text.charCodeAt(i - 1) : -1;
    // a scan never starts inside a surrogate pair; pairs (astral letters) and lone halves are left to the pattern
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) continue;
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (!surrogate && scan.lead && !scan.lead(c)) continue;
    if (scan.wordStartOnly && p >= 0 && (p < 0xd800 || p > 0xdfff) && isWordCode(p)) continue;
    scan.sticky.lastIndex = i;
    if (scan.sticky.test(text)) return i;
  }
  return -1;
}

/**
 * Every title head in a text, in order. At each place a title starts, the LONGEST form wins
 * (заместитель акима over заместитель), whatever the order of the alternation.
 */
export function titlesIn(lex: Lexicon, text: string): Array<{ start: number; end: number; form: TitleForm }> {
  const out: Array<{ start: number; end: number; form: TitleForm }> = [];
  const scan = headScanner(lex);
  for (let at = nextHead(scan, text, 0); at >= 0;) {
    let best: { end: number; form: TitleForm } | null = null;
    for (const f of formsAt(lex, text[at]!)) {
      f.sticky.lastIndex = at;
      const x = f.sticky.exec(text);
      if (x && (!best || at + x[0].length > best.end)) best = { end: at + x[0].length, form: f };
    }
    if (!best) { at = nextHead(scan, text, at + 1); continue; }
    out.push({ start: at, end: best.end, form: best.form });
    at = nextHead(scan, text, best.end);
  }
  return out;
}
