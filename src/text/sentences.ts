// Sentence splitter on the view text (view offsets). A line break always ends a sentence; within a
// line a sentence ends at . ! ? … (with any closing quotes or brackets after it) followed by a space
// and a capital letter, a digit, or a dash/quote opening the next sentence (`— Біз …`). It does not end
// before a lower-case word (`млрд. теңге`, `«Неге?» деп`), without a space (`млрд.теңге`, `4.8`, `А.Б.`),
// after initials (`Н. Нәлібаев`), a list number at the start of a line (`1. …`), or the abbreviations
// of corpora/abbreviations.yaml. Sentences are returned in order, trimmed of surrounding white space.
import fs from 'node:fs';
import path from 'node:path';
import type { Sentence } from '../doc.js';
import { parseYamlText } from '../rules/yaml.js';
import { BUILTIN_CORPORA } from '../paths.js';
import { RuleFileError } from '../rules/errors.js';
import type { Lang } from '../types.js';
import { isLetterCode } from './boundaries.js';

export interface Abbreviations {
  /** A full stop after these never ends a sentence. */
  name: Set<string>;
  /** After a number, a digit after these continues the sentence, a capital starts a new one. */
  unit: Set<string>;
}

interface AbbrFileSection { name?: unknown; unit?: unknown }

const cache = new Map<string, Abbreviations>();

/** Reads the YAML file (a plain reader: the splitter needs no rule machinery). */
function readAbbreviationFile(file: string): Record<string, AbbrFileSection> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError(file, `cannot read abbreviations: ${(e as Error).message}`);
  }
  const data = parseYamlText(file, raw, 'cannot read abbreviations');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new RuleFileError(file, 'expected a mapping of language → {name, unit}');
  return data as Record<string, AbbrFileSection>;
}

function readList(v: unknown, where: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    throw new RuleFileError(where, 'expected a list of abbreviations (strings)');
  }
  return v.map((x) => String(x).toLowerCase().replace(/\.$/, ''));
}

/** The abbreviations for `lang` (its own plus `common`) from corpora/abbreviations.yaml. */
export function loadAbbreviations(lang: Lang, corporaDir: string = BUILTIN_CORPORA): Abbreviations {
  // keyed by the folder asked for, so that a cached list costs no file-system call per article
  const key = `${corporaDir}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // a corpora folder without its own list (a test's, a user's) uses the built-in one
  let where = path.join(corporaDir, 'abbreviations.yaml');
  if (!fs.existsSync(where)) where = path.join(BUILTIN_CORPORA, 'abbreviations.yaml');
  const data = readAbbreviationFile(where);
  const out: Abbreviations = { name: new Set(), unit: new Set() };
  for (const section of ['common', lang]) {
    const s = data[section];
    if (s === undefined) continue;
    if (typeof s !== 'object' || s === null) throw new RuleFileError(where, `section "${section}" must be a mapping with name: and unit: lists`);
    for (const a of readList(s.name, `${where} ${section}.name`)) out.name.add(a);
    for (const a of readList(s.unit, `${where} ${section}.unit`)) out.unit.add(a);
  }
  cache.set(key, out);
  return out;
}

/** A sentence-final run: . ! ? … and any closing quotes or brackets right after. */
const TERMINATOR_RUNS = /[.!?…]+["»”“’)\]]*/gu;
const SPACE = /[ \t\u00A0\u202F\u2009\r\f\v]/;
/** What may open a sentence before its first letter: dashes (speech lines), quotes, brackets. */
const OPENING = /[—–\-"«„“(\[]/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const NUMBER_BEFORE = /(?:\p{Nd}[\p{Nd}\s.,]*|[IVXLCDM]+)\s*$/u;

const LOOK_BACK = 48;

type Verdict = 'end' | 'no';

/** Decides whether the terminator run line[s..e) (closing marks included) ends a sentence. */
function judge(line: string, s: number, e: number, abbr: Abbreviations): Verdict {
  const run = line.slice(s, e);
  // what follows: end of line, or white space then the next sentence's first characters
  let j = e;
  if (j >= line.length) return 'end';
  if (!SPACE.test(line[j]!)) {
    // no space: `4.8`, `млрд.теңге`, `А.Б.`; a missing space between sentences (`өтті.Бұл`) is split
    // only after a lower-case word of 3+ letters and before a capitalized word
    const before = line.slice(wordBeforeStart(line, Math.max(0, s - LOOK_BACK), s), s);
    return run === '.' && before.length >= 3 && LOWER.test(before[before.length - 1]!) &&
      UPPER.test(line[j]!) && LOWER.test(line[j + 1] ?? '') && !before.includes('.') ? 'end' : 'no';
  }
  while (j < line.length && SPACE.test(line[j]!)) j++;
  if (j >= line.length) return 'end';
  let k = j;
  while (k < line.length && (OPENING.test(line[k]!) || SPACE.test(line[k]!))) k++;
  const first = line[k];
  const capital = first !== undefined && UPPER.test(first);
  const digit = first !== undefined && DIGIT.test(first);
  if (first !== undefined && !capital && !digit && LETTER_OR_MARK.test(first)) return 'no'; // lower-case word: same sentence
  if (first === undefined && k === j) return 'end';

  if (!run.startsWith('.') || /^\.{2,}|…/.test(run)) return 'end'; // ! ? … end before a capital, digit or quote
  // only the last few words matter (and reading the whole line each time would be quadratic)
  const head = line.slice(Math.max(0, s - LOOK_BACK), s);
  // the dateline `АСТАНА. KAZINFORM — …` is the start of the first sentence, not a sentence
  if (run === '.' && s <= LOOK_BACK && DATELINE_HEAD.test(head) && /^\p{Lu}{2,}(?![\p{L}\p{M}])/u.test(line.slice(k))) return 'no';
  const wordStart = wordBeforeStart(line, Math.max(0, s - LOOK_BACK), s);
  if (wordStart === s) return 'end';           // after a number, a bracket, a quote: `… 34%.`, `… 2025.`
  const word = line.slice(wordStart, s);
  const lower = word.toLowerCase();
  const afterNumber = NUMBER_BEFORE.test(head.slice(0, head.length - word.length));
  if (abbr.unit.has(lower) && (afterNumber || !abbr.name.has(lower))) return digit ? 'no' : 'end';
  if (abbr.name.has(lower)) return 'no';
  // initials: one capital letter (`Н.`, `А.Б.`); the Latin digraph initials of a transliteration are one letter too
  if (/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)) return 'no';
  return 'end';
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Where the word before `end` starts, looking no further back than `lo`; `end` when no letter is
 * there. The word: letters with inner dots, hyphens or slashes (`т.б`, `р-н`), the longest such run
 * (what /[\p{L}\p{M}]+(?:[.\-/][\p{L}\p{M}]+)*$/u finds in line[lo, end), read backwards without
 * trying every start).
 */
function wordBeforeStart(line: string, lo: number, end: number): number {
  let start = lettersBefore(line, lo, end);
  if (start === end) return end;
  while (start - 1 > lo && WORD_JOINERS.has(line.charCodeAt(start - 1))) {
    const earlier = lettersBefore(line, lo, start - 1);
    if (earlier === start - 1) break;
    start = earlier;
  }
  return start;
}
const WORD_JOINERS = new Set([0x2e, 0x2d, 0x2f]); // . - /

/** Start of the run of letters and marks that ends at `end`, not before `lo`. */
function lettersBefore(line: string, lo: number, end: number): number {
  let i = end;
  while (i > lo) {
    const code = line.charCodeAt(i - 1);
    if (isLetterCode(code)) { i--; continue; }
    // a letter outside the BMP is a surrogate pair, both halves inside [lo, end)
    const high = i - 2 >= lo ? line.charCodeAt(i - 2) : -1;
    if (code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff && LETTER_OR_MARK.test(line.slice(i - 2, i))) {
      i -= 2;
      continue;
    }
    break;
  }
  return i;
}
/** A line that so far is only a place name in capitals (one to three words). */
const DATELINE_HEAD = /^\s*\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2}$/u;

/** Splits the view text into sentences (view offsets, in order, trimmed). */
export function splitSentences(text: string, lang: Lang, corporaDir?: string): Sentence[] {
  const abbr = loadAbbreviations(lang, corporaDir);
  const out: Sentence[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let sentStart = 0;
    // a list number at the line start (`1. `, `2) `) is not a sentence of its own
    const listMark = /^\s*\d{1,2}[.)]\s/.exec(line);
    const runs = TERMINATOR_RUNS;
    runs.lastIndex = listMark ? listMark[0].length : 0;
    for (let m = runs.exec(line); m; m = runs.exec(line)) {
      const e = m.index + m[0].length;
      if (judge(line, m.index, e, abbr) === 'end') {
        push(lineStart + sentStart, lineStart + e);
        sentStart = e;
      }
    }
    push(lineStart + sentStart, lineStart + line.length);
    lineStart = lineEnd + 1;
  }
  return out.length ? out : [{ start: 0, end: text.length }];
}
