// Compiles a rule's free-spacing pattern (with {{piece}} references) into a native RegExp.
// XRegExp does the free-spacing (`x`) syntax, comments and \p{…} classes; the result is a plain
// RegExp with the `d` flag, so group offsets come for free and matching runs at native speed.
import { formFor, type CompiledForm } from './precompiled.js';
import { xregexp } from './xregexp.js';
import { literalAlternation, ruleStarts, startClass, startWords, type StartClass, type StartWords } from './starts.js';

export interface CompiledPattern {
  regex: RegExp;
  /** Name of each capture group by its 1-based index (null for unnamed groups). */
  groupNames: (string | null)[];
  /** A cheap test every text with a match passes (it finds literal text each match must contain);
   *  matchAll skips the full pattern on texts that fail it. Null when the pattern requires no literal. */
  required?: RegExp | null;
  /** ASCII signs every match contains (`(` of "X (министр …)"): a text without one of them is skipped
   *  with a fast `includes` before any regex runs. */
  requiredSigns?: string[];
  /** Where a match can start: the class its first character comes from (null: none), the words
   *  some branches open with (null: none), and the unguarded pattern, sticky, which matchAll runs at
   *  those positions only (see starts.ts). */
  starts?: { cls: StartClass | null; words: StartWords | null; sticky: RegExp };
}

export interface GroupSpan {
  start: number;
  end: number;
  text: string;
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  groups: Record<string, GroupSpan | undefined>;
}

const PIECE = /\{\{\s*([A-Za-z_][\w-]*|[<>])\s*\}\}/g; // names, and the boundary pieces {{<}} {{>}}

/** Expands {{name}} references recursively; unknown names and cycles throw. */
export function expandPieces(pattern: string, pieces: Record<string, string>, trail: string[] = []): string {
  return pattern.replace(PIECE, (_, name: string) => {
    if (trail.includes(name)) throw new Error(`piece cycle: ${[...trail, name].join(' → ')}`);
    const body = pieces[name];
    if (body === undefined) throw new Error(`unknown piece {{${name}}}`);
    return `(?:${expandPieces(body, pieces, [...trail, name])})`;
  });
}

/** Why a pattern does not compile, in one short line: V8's message quotes the whole native source
 *  (XRegExp spells \p{L} out as thousands of ranges), which buries the reason. */
export function compileErrorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, 'Invalid regular expression: ');
}

export function compilePattern(pattern: string, pieces: Record<string, string>, flags = 'i'): CompiledPattern {
  const expanded = expandPieces(pattern, pieces);
  return fromForm(formFor(expanded, flags, () => compileForm(expanded, flags)), flags.replace(/[gdxy]/g, ''));
}

/** What compiling works out from a pattern (pieces expanded): XRegExp's native source and the
 *  parses of it below. The slow part, and the part precompiled.ts keeps from the build. Everything it
 *  depends on stays in this file: the build's table is stamped with this file's hash. */
function compileForm(expanded: string, flags: string): CompiledForm {
  const x = xregexp()(expanded, `x${flags.replace(/[gdx]/g, '')}`) as RegExp & { xregexp: { captureNames: (string | null)[] | null } };
  const plainFlags = flags.replace(/[gdxy]/g, '');
  const guard = firstCharGuard(x.source, plainFlags);
  const req = requiredOf(x.source);
  const form: CompiledForm = { source: x.source, guard: guard.prefix, groupNames: x.xregexp.captureNames ?? [], need: req?.need ?? null };
  if (req && req.signs.size > 0) form.signs = [...req.signs];
  if (guard.starts) form.starts = guard.starts;
  return form;
}

/** The compiled pattern of a form: its regexes built (V8 parses them here) and its start classes interned. */
function fromForm(form: CompiledForm, plainFlags: string): CompiledPattern {
  const source = form.guard ? `${form.guard}(?:${form.source})` : form.source;
  const compiled: CompiledPattern = { regex: new RegExp(source, `gd${plainFlags}`), groupNames: form.groupNames, required: requiredTest(form.need, plainFlags), requiredSigns: form.signs };
  // Start positions are found per code unit, which the u flag's code points are not: such rules keep
  // the whole-text scan.
  if (form.starts && !plainFlags.includes('u')) {
    const { body, words } = form.starts;
    compiled.starts = {
      cls: body ? startClass(body, plainFlags) : null,
      words: words.length ? startWords(words, plainFlags) : null,
      sticky: new RegExp(form.source, `dy${plainFlags}`),
    };
  }
  return compiled;
}

// ---- Required literals: V8 scans a pattern that opens with lookbehinds or lazy word runs at every
// position; a literal every match must contain (`ретінде`, `тапсырма|міндет|нұсқау`) rules most texts
// out with one fast literal search. Same flags as the rule, so case folding is the rule's own.

/** Alternative literals, one of which every match contains; null: no such requirement found. */
type Need = string[] | null;

const MIN_LITERAL = 3;

/** What every match needs: one of some literals (need), and each of some signs. */
interface Required { need: Need; signs: Set<string> }

/** ASCII signs: no other character matches one of them, case-insensitive flags included. */
const SIGN = /^[!-\/:-@[-`{-~]$/;

/** Prefers the requirement that is most selective: fewest alternatives, then longest shortest literal. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  if (a.length !== b.length) return a.length < b.length ? a : b;
  const la = Math.min(...a.map((x) => x.length)), lb = Math.min(...b.map((x) => x.length));
  return lb > la ? b : a;
}

// Sticky: matched in place at lastIndex (these parsers look at every character of sources of
// tens of KB; a substring per character made them slow). A quantifier counts only when it fits
// in QUANT_WINDOW characters, as when the test ran on a 20-character slice.
const QUANT = /(?:[*+?]|\{(\d+)(?:,(\d*))?\})/y;
const QUANT_WINDOW = 20;
const QUANT_START = new Set(['*', '+', '?', '{']);

/** The quantifier at src[i] (lazy mark not included), or null. */
function quantifierAt(src: string, i: number): RegExpExecArray | null {
  if (!QUANT_START.has(src[i]!)) return null; // most characters: no regex run
  QUANT.lastIndex = i;
  const q = QUANT.exec(src);
  return q && q[0].length <= QUANT_WINDOW ? q : null;
}

// Sticky, matched in place: a class body (up to its `]`, escapes skipped). XRegExp spells \p{L} out as
// classes of thousands of characters, which the parsers below used to walk one character at a time.
const CLASS_BODY = /[^\]\\]*(?:\\[\s\S][^\]\\]*)*/y;

/** The index of the `]` closing a class whose body starts at src[i] (-1: unclosed). */
function classEnd(src: string, i: number): number {
  CLASS_BODY.lastIndex = i;
  CLASS_BODY.exec(src);
  const end = CLASS_BODY.lastIndex;
  return src[end] === ']' ? end : -1; // otherwise the end, or a backslash with nothing after it
}

/** A quantifier at src[i] (lazy mark included): its minimum count and where it ends, or null. */
function readQuantifier(src: string, i: number): { min: number; next: number } | null {
  const q = quantifierAt(src, i);
  if (!q) return null;
  let next = i + q[0].length;
  if (src[next] === '?') next++; // lazy
  const min = q[0] === '+' ? 1 : q[0] === '*' || q[0] === '?' ? 0 : Number(q[1]);
  return { min, next };
}

/** Parses a native pattern source just far enough to find required literals (anything unknown: null). */
function requiredOf(src: string): Required | null {
  let i = 0;
  function quantMin(): number | null {
    const q = readQuantifier(src, i);
    if (!q) return null;
    i = q.next;
    return q.min;
  }
  function alternation(): Required {
    const branches: Required[] = [sequence()];
    while (src[i] === '|') { i++; branches.push(sequence()); }
    if (branches.length === 1) return branches[0]!;
    const needs = branches.map((b) => b.need);
    const need = needs.some((b) => b === null) ? null : [...new Set(needs.flatMap((b) => b!))];
    // a sign is needed by an alternation when every branch needs it
    const signs = new Set([...branches[0]!.signs].filter((c) => branches.every((b) => b.signs.has(c))));
    return { need, signs };
  }
  function sequence(): Required {
    let best: Need = null;
    const signs = new Set<string>();
    let run = '';
    const flush = () => { if (run.length >= MIN_LITERAL) best = better(best, [run]); run = ''; };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i]!;
      if (src.startsWith('(?:)', i) && !quantifierAt(src, i + 4)) { i += 4; continue; } // XRegExp's token separator
      if (c === '(') {
        flush();
        i++;
        let kind: 'group' | 'need' | 'skip' = 'group';
        if (src[i] === '?') {
          if (src.startsWith('?:', i)) i += 2;
          else if (src.startsWith('?=', i) || src.startsWith('?<=', i)) { i += src[i + 1] === '<' ? 3 : 2; kind = 'need'; }
          else if (src.startsWith('?!', i) || src.startsWith('?<!', i)) { i += src[i + 1] === '<' ? 3 : 2; kind = 'skip'; }
          else if (src.startsWith('?<', i)) { const close = src.indexOf('>', i); if (close < 0) throw new Error('group name'); i = close + 1; }
          else throw new Error('unknown group');
        }
        const inner = alternation();
        if (src[i] !== ')') throw new Error('unbalanced');
        i++;
        const min = kind === 'need' ? 1 : quantMin() ?? 1;
        if (kind !== 'skip' && min >= 1) {
          best = better(best, inner.need);
          for (const c of inner.signs) signs.add(c);
        }
        continue;
      }
      let literal: string | null = null;
      if (c === '[') {
        i++;
        if (src[i] === '^') i++;
        i = classEnd(src, i);
        if (i < 0) throw new Error('unclosed class');
        i++;
      } else if (c === '\\') {
        const e = src[i + 1] ?? '';
        i += 2;
        if (/[^A-Za-z0-9]/.test(e)) literal = e; // an escaped sign stands for itself
        else if (e === 'u') i += src[i] === '{' ? src.indexOf('}', i) + 1 - i : 4;
        else if (e === 'x') i += 2;
        else if (e === 'c') i += 1;
        else if (e === 'p' || e === 'P') i = src.indexOf('}', i) + 1;
        else if (e === 'k') i = src.indexOf('>', i) + 1;
        if (i <= 0) throw new Error('escape');
      } else if ('^$.'.includes(c)) {
        i++;
      } else if ('*+?'.includes(c)) {
        throw new Error('stray quantifier');
      } else if (c === '{' && quantifierAt(src, i)) {
        throw new Error('stray quantifier');
      } else {
        literal = c;
        i++;
      }
      const min = quantMin();
      if (literal !== null && (min === null || min >= 1) && SIGN.test(literal)) signs.add(literal);
      if (literal !== null && min === null) run += literal;
      else flush();
    }
    flush();
    return { need: best, signs };
  }
  try {
    const req = alternation();
    return i === src.length ? req : null;
  } catch {
    return null;
  }
}

/** A cheap test every text with a match of the native `source` passes: one of the literals each match
 *  contains, under `flags` (null when none is found). What matchAll runs first for every rule; other
 *  hand-built patterns can gate themselves with it too. */
export function requiredLiteralTest(source: string, flags: string): RegExp | null {
  return requiredTest(requiredOf(source)?.need ?? null, flags);
}

function requiredTest(need: Need, flags: string): RegExp | null {
  if (!need || need.some((x) => x.length < MIN_LITERAL)) return null;
  return literalAlternation(need, flags);
}

/** All non-overlapping matches of a compiled pattern, with named group spans. The position is kept
 *  here, not in the shared regex's lastIndex: a caller may match the same rule elsewhere (or leave a
 *  generator unfinished) between two steps without derailing this one. */
export function* matchAll(p: CompiledPattern, text: string): Generator<PatternMatch> {
  if (p.requiredSigns && !p.requiredSigns.every((c) => text.includes(c))) return;
  if (p.required && !p.required.test(text)) return;
  const starts = p.starts && ruleStarts(text, p.starts.cls, p.starts.words);
  if (starts) {
    yield* matchAtStarts(p, p.starts!.sticky, starts, text);
    return;
  }
  const re = p.regex;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((re.lastIndex = pos, m = re.exec(text)) !== null) {
    pos = m.index + Math.max(1, m[0].length);
    if (m[0].length > 0) yield toMatch(p, m);
  }
}

/** The global scan's matches, found by trying the sticky pattern at each possible start: the first
 *  start at or past the previous match's end that matches is the one the global scan finds. */
function* matchAtStarts(p: CompiledPattern, sticky: RegExp, starts: Int32Array, text: string): Generator<PatternMatch> {
  let pos = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < pos) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue; // the scan skips an empty match the same way
    pos = at + m[0].length;
    yield toMatch(p, m);
  }
}

function toMatch(p: CompiledPattern, m: RegExpExecArray): PatternMatch {
  const groups: Record<string, GroupSpan | undefined> = {};
  const idx = m.indices!;
  p.groupNames.forEach((name, k) => {
    const span = idx[k + 1];
    if (name && span && groups[name] === undefined) groups[name] = { start: span[0], end: span[1], text: m[k + 1]! };
  });
  return { start: m.index, end: m.index + m[0].length, text: m[0], groups };
}

// ---- First-character guard: a pattern that opens with lookbehinds (`{{<}}`, "no digit before") makes
// V8 test those huge \p classes at every position of the text. `(?=[first chars])` in front lets it
// skip the positions where no match can start: 4× faster on the number rules, the same matches
// (the lookahead only restates what the pattern's first consumed character must be).

/** Marks a first character that is a literal in the pattern (not a class or an escape like \d). */
const LITERAL = '\u0000';

interface First { chars: string[] | null; nullable: boolean } // chars: class bodies; null: any character

/** A term that consumes a character, once the first chars are settled (open false): which
 *  characters it takes no longer matters, and building them for every character cost most of the parse. */
const CONSUMES: First = { chars: null, nullable: false };

/** The character-class bodies a match's first consumed character comes from (null: unknown or any). */
function firstOf(src: string): First | null {
  let i = 0;
  function quantMin(): number | null {
    const q = readQuantifier(src, i);
    if (!q) return null;
    i = q.next;
    return q.min;
  }
  // In place (a is always an array this parse built): copying made long alternations quadratic.
  const union = (a: string[] | null, b: string[] | null) => { if (!a || !b) return null; for (const x of b) a.push(x); return a; };
  function alternation(): First {
    let out = sequence();
    while (src[i] === '|') {
      i++;
      const b = sequence();
      out = { chars: union(out.chars, b.chars), nullable: out.nullable || b.nullable };
    }
    return out;
  }
  /** Walks a sequence; first chars gather until a term that cannot be empty. */
  function sequence(): First {
    let chars: string[] | null = [];
    let open = true; // every term so far can be empty
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i]!;
      let term: First | 'zero';
      if (c === '(') {
        i++;
        let zero = false;
        if (src[i] === '?') {
          if (src.startsWith('?:', i)) i += 2;
          else if (src.startsWith('?=', i) || src.startsWith('?!', i)) { i += 2; zero = true; }
          else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) { i += 3; zero = true; }
          else if (src.startsWith('?<', i)) { const close = src.indexOf('>', i); if (close < 0) throw new Error('group name'); i = close + 1; }
          else throw new Error('unknown group');
        }
        const inner = alternation();
        if (src[i] !== ')') throw new Error('unbalanced');
        i++;
        term = zero ? 'zero' : inner;
      } else if (c === '[') {
        const start = i;
        i++;
        const negated = src[i] === '^';
        if (negated) i++;
        i = classEnd(src, i);
        if (i < 0) throw new Error('unclosed class');
        i++;
        term = open ? { chars: negated ? null : [src.slice(start + 1, i - 1)], nullable: false } : CONSUMES;
      } else if (c === '\\') {
        const e = src[i + 1] ?? '';
        const start = i;
        i += 2;
        if (e === 'b' || e === 'B') term = 'zero';
        else if (/[1-9k]/.test(e)) throw new Error('backreference');
        else {
          if (e === 'u') i += 4;
          else if (e === 'x') i += 2;
          else if (e === 'c') i += 1;
          term = open ? { chars: [src.slice(start, i)], nullable: false } : CONSUMES;
        }
      } else if (c === '^' || c === '$') {
        i++;
        term = 'zero';
      } else if (c === '.') {
        i++;
        term = { chars: null, nullable: false };
      } else if ('*+?'.includes(c) || (c === '{' && quantifierAt(src, i))) {
        throw new Error('stray quantifier');
      } else {
        i++;
        // the literal text from here (ст. of "ст. 12"): positions of such words are far sparser than
        // of their first letters (see starts.ts)
        term = open ? { chars: [LITERAL + ('\\^-]'.includes(c) ? `\\${c}` : c) + literalRun(src, i - 1)], nullable: false } : CONSUMES;
      }
      const min = quantMin();
      if (term === 'zero') continue; // a quantified assertion is still zero-width
      if (open) chars = union(chars, term.chars);
      if (min !== 0 && !term.nullable) open = false;
    }
    return { chars, nullable: open };
  }
  try {
    const first = alternation();
    return i === src.length ? first : null;
  } catch {
    return null;
  }
}

/** A character-class body holding every character a match of `source` can start with (null: unknown
 *  or any). For callers that pre-select among many patterns by the character at hand. */
export function firstCharBody(source: string): string | null {
  if (/\\[pPk]|\\u\{/.test(source)) return null; // \p{…} and \u{…} read differently with the u flag
  const first = firstOf(source);
  if (!first || first.nullable || !first.chars) return null;
  return classBody(first.chars);
}

/** A first-char entry as a class body: a literal entry's character (its run left out). */
function entryChar(entry: string): string {
  if (!entry.startsWith(LITERAL)) return entry;
  return entry.slice(1, entry[1] === '\\' ? 3 : 2);
}

/** The literal text a literal entry opens, its first character included ('' for a class, and for a
 *  character that cannot open a run: `]`, `{`, `}`). */
function entryRun(entry: string): string {
  return entry.startsWith(LITERAL) ? entry.slice(entry[1] === '\\' ? 3 : 2) : '';
}

/** Regex syntax that ends a literal run. */
const SYNTAX = new Set([...'^$.|?*+()[]{}\\']);
/** Longer words add little: they start where their first letters do. */
const MAX_RUN = 8;

/** The literal text the pattern spells from src[at] on: plain characters and escaped signs, while
 *  each is required once (a quantified one ends it, included when it is required at least once). */
function literalRun(src: string, at: number): string {
  let run = '';
  let i = at;
  while (i < src.length && run.length < MAX_RUN) {
    if (src.startsWith('(?:)', i) && !quantifierAt(src, i + 4)) { i += 4; continue; } // XRegExp's token separator
    const c = src[i]!;
    let ch = c, next = i + 1;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) break; // \s, \d, \u0410…: no literal
      ch = e;
      next = i + 2;
    } else if (SYNTAX.has(c)) break;
    const q = readQuantifier(src, next);
    if (q) {
      if (q.min >= 1) run += ch;
      break;
    }
    if (src[next] === '{') break; // a quantifier too long for quantifierAt to read may allow none of ch
    run += ch;
    i = next;
  }
  return run;
}

/** The bodies joined into one class body, each once (\d from ten branches is one \d): a literal '-'
 *  at either end is escaped so no range forms across them. */
function classBody(bodies: string[]): string {
  return [...new Set(bodies.map((b) => {
    b = entryChar(b);
    const tail = /(\\*)-$/.exec(b);
    if (tail && tail[1]!.length % 2 === 0) b = `${b.slice(0, -1)}\\-`;
    return b.startsWith('-') ? `\\${b}` : b;
  }))].join('');
}

/** Half of a surrogate pair, raw or escaped: the first-char parse reads code units. */
const SURROGATE = /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/;

/** Words of at least this many characters start a match by themselves (see starts.ts). */
const MIN_WORD = 2;

interface Guard {
  /** What goes in front of the source, `(?=[first chars])` ('' for nothing). */
  prefix: string;
  /** Where a match can start: the class of the first characters that open no word ('' for none),
   *  and the words the others open. */
  starts?: { body: string; words: string[] };
}

/** `(?=[first chars])` to put in front of the source when its first chars are known and are classes,
 *  and where a match can start. A pattern whose every branch opens with a word gets no guard but starts. */
function firstCharGuard(source: string, flags: string): Guard {
  const first = firstOf(source);
  if (!first || first.nullable || !first.chars || first.chars.length === 0) return { prefix: '' };
  // Under the u flag a class matches whole code points: a guard holding half of a pair (😀 starts with
  // \uD83D) would never let 😀 through.
  if (flags.includes('u') && first.chars.some((b) => SURROGATE.test(entryChar(b)))) return { prefix: '' };
  // V8 already skips ahead to a literal first character, and a lookahead in front only slows that down
  // (measured: 0.5 → 2 ms on `от …`): the guard is for patterns that open with classes (\d, \p{L}).
  // Mixed (an optional qualifier word before a number): V8 tries every position, so the guard pays.
  const opensWord = (b: string) => entryRun(b).length >= MIN_WORD;
  const words = [...new Set(first.chars.filter(opensWord).map(entryRun))];
  if (first.chars.every((b) => b.startsWith(LITERAL))) {
    // No guard, but start positions when every branch opens with a word (`снизил|сократил|…`): their
    // positions are found once per text for every rule that opens with them. A one-letter branch
    // (`в …`) is left to V8's own scan, which skips ahead faster than sticky tries at every в.
    return first.chars.every(opensWord) ? { prefix: '', starts: { body: '', words } } : { prefix: '' };
  }
  const body = classBody(first.chars);
  const prefix = `${cheapExclusion(body, flags)}(?=[${body}])`;
  try {
    new RegExp(`${prefix}(?:${source})`, flags);
    return { prefix, starts: { body: classBody(first.chars.filter((b) => !opensWord(b))), words } };
  } catch {
    return { prefix: '' };
  }
}

// ---- A big first-character class (XRegExp spells \p{Lu} as hundreds of ranges) costs V8 a binary
// search at every position, ~20 ns. Most characters of a text are a few frequent ones (spaces, ASCII,
// Cyrillic letters): those that cannot start a match are ruled out first by a small class.

/** Frequent characters of the texts: controls and spaces, ASCII, NBSP, «», basic Cyrillic, the Kazakh
 *  letters outside it, dashes, quotes and narrow spaces. */
const FREQUENT = '\t-\r -~\u00A0\u00AB\u00BB\u0400-\u045F\u0492\u0493\u049A\u049B\u04A2\u04A3\u04AE-\u04B1\u04BA\u04BB\u04D8\u04D9\u04E8\u04E9\u2009\u2013\u2014\u2018\u2019\u201C\u201D\u202F';
const FREQUENT_CHARS = [...FREQUENT.matchAll(/(.)(?:-(.))?/gsu)].flatMap((m) => {
  const from = m[1]!.charCodeAt(0), to = (m[2] ?? m[1]!).charCodeAt(0);
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
});
/** First-character class bodies shorter than this are cheap enough as they are. */
const BIG_CLASS = 200;

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** `(?![frequent characters outside the class])`, or '' for a small class. With the pattern's flags:
 *  under `i` a character is outside the class exactly when its case variants are. */
function cheapExclusion(body: string, flags: string): string {
  if (body.length < BIG_CLASS) return '';
  let inClass: RegExp;
  try {
    inClass = new RegExp(`^[${body}]$`, flags);
  } catch {
    return '';
  }
  const out = FREQUENT_CHARS.filter((c) => !inClass.test(String.fromCharCode(c)));
  let ranges = '';
  for (let k = 0; k < out.length; k++) {
    let j = k;
    while (j + 1 < out.length && out[j + 1] === out[j]! + 1) j++;
    ranges += j === k ? hex4(out[k]!) : `${hex4(out[k]!)}-${hex4(out[j]!)}`;
    k = j;
  }
  return ranges ? `(?![${ranges}])` : '';
}
