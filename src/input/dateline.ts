// Datelines: the publication date a press release states near its top (ANNOTATION.md §1):
//   `10:50, 02 Желтоқсан 2025`, `14 января 2026`, `13 June 2022, 12:56`, `2 желтоқсан 2025 ж.`,
//   `2025 жылғы 2 желтоқсан`, `June 13, 2022`, `02.12.2025`, `30 Qańtar 2026 | GMT +5`.
// Only the first lines count, and only a date that stands as a dateline (at the start of its line,
// or after an upper-case place name like `АСТАНА,`), so that a date in a sentence is never taken.
import { BUILTIN_CORPORA } from '../paths.js';
import { loadMonths } from './months.js';

/** How far down a dateline may stand: the first non-empty lines, and the first characters. */
export const DATELINE_LINES = 3;
export const DATELINE_CHARS = 300;

export interface Dateline {
  /** YYYY-MM-DD. */
  date: string;
  /** Offsets of the date in the text. */
  start: number;
  end: number;
}

const SP = '[\\s\\u00a0]';
// Words and marks that may stand around a date in a dateline without making it a sentence.
const YEAR_WORD = `(?:ж\\.?|жыл\\p{L}*|г\\.?|год\\p{L}*|j\\.|jyl\\p{L}*|y\\.)`;
const TIME = `\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?`;
const ZONE = `(?:\\(?(?:GMT|UTC|МСК|ALMT)${SP}*[+\\-−]?${SP}*\\d{0,2}(?::?\\d{2})?\\)?)`;
const FILLER = new RegExp(`^(?:${SP}|[,|/•·]|${TIME}|${ZONE}|${YEAR_WORD}(?![\\p{L}]))*`, 'iu');
// What may follow a dateline on its line: nothing, a separator, or an all-capitals word (KAZINFORM).
const AFTER_OK = /^(?:$|[|—–\-.,;:(•·]|[\p{Lu}]{2,}(?![\p{Ll}]))/u;

interface Patterns {
  regexes: RegExp[];
  monthOf(word: string): number | null;
}

let patterns: Patterns | null = null;
function compile(): Patterns {
  if (patterns) return patterns;
  const months = loadMonths(BUILTIN_CORPORA);
  const M = months.pattern;
  const D = `(?<![\\p{L}\\p{N}])(?<d>\\d{1,2})`;
  const Y = `(?<y>(?:19|20)\\d{2})(?![\\p{N}])`;
  const ORD = `(?:-?(?:ші|шы|інші|ыншы|shi|shy|st|nd|rd|th))?`;
  const source = [
    `${D}${ORD}${SP}+(?<m>${M})\\.?,?${SP}+${Y}`, // 02 Желтоқсан 2025, 14 января 2026, 13 June 2022
    `(?<![\\p{L}])(?<m>${M})\\.?${SP}+(?<d>\\d{1,2})${ORD},?${SP}+${Y}`, // June 13, 2022
    `(?<![\\p{N}])(?<y>(?:19|20)\\d{2})${SP}*(?:ж\\.|жыл\\p{L}*|j\\.|jyl\\p{L}*)${SP}*(?<d>\\d{1,2})${ORD}${SP}+(?<m>${M})`, // 2025 жылғы 2 желтоқсан
    `${D}[./](?<n>\\d{1,2})[./]${Y}`, // 02.12.2025
    `(?<![\\p{N}])(?<y>(?:19|20)\\d{2})-(?<n>\\d{2})-(?<d>\\d{2})(?![\\p{N}])`, // 2025-12-02
  ];
  patterns = { regexes: source.map((s) => new RegExp(s, 'giu')), monthOf: months.monthOf };
  return patterns;
}

/** A real calendar date as YYYY-MM-DD, or null. */
export function validDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface LineMatch { date: string; start: number; end: number; before: string; after: string }

/** Every valid date written in one line, earliest first. */
function datesInLine(line: string): LineMatch[] {
  if (!/(?:19|20)\d\d/.test(line)) return []; // every pattern has a year in digits: most lines end here, cheaply
  const { regexes, monthOf } = compile();
  const found: LineMatch[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    // exec on the one compiled RegExp, not matchAll: matchAll clones the regex on every call, and a
    // fresh clone runs in V8's regexp interpreter (never tiered up to native code): ~100× slower here.
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m[0] === '') { re.lastIndex++; continue; }
      const g = m.groups!;
      const month = g.n !== undefined ? Number(g.n) : monthOf(g.m!);
      const date = month ? validDate(Number(g.y), month, Number(g.d)) : null;
      if (!date) continue;
      const start = m.index!;
      const end = start + m[0].length;
      found.push({ date, start, end, before: line.slice(0, start), after: line.slice(end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Strips times, zones, year words and separators from the start of a string. */
const stripFiller = (s: string) => s.replace(FILLER, '');
const FILLER_PIECE_END = new RegExp(`(?:${SP}|[,|/•·]|${TIME}|${ZONE})$`, 'iu');
const stripFillerEnd = (s: string) => {
  // The same filler, from the end: reverse scan by repeated trimming of known pieces.
  let out = s;
  for (;;) {
    const next = out.replace(FILLER_PIECE_END, '');
    if (next === out) return out;
    out = next;
  }
};

/** True when a date in a line stands as a dateline: a short upper-case prefix at most, a separator after. */
function standsAsDateline(m: LineMatch): boolean {
  const before = stripFillerEnd(m.before);
  if (before.length > 40 || /\p{Ll}/u.test(before)) return false;
  return AFTER_OK.test(stripFiller(m.after).trimStart());
}

/** The first date in a line that stands as a dateline, among those starting before `maxStart`.
 *  (The bound matters: whether a date stands reads the whole line before it, so trying every date
 *  of a long line full of dates is quadratic.) */
function datelineInLine(line: string, maxStart = Infinity): LineMatch | null {
  for (const m of datesInLine(line)) {
    if (m.start >= maxStart) break; // sorted by start
    if (standsAsDateline(m)) return m;
  }
  return null;
}

/** True when a line holds a dateline and nothing else (times, zones, separators aside). */
export function isDatelineOnly(line: string): boolean {
  if (line.length > 120) return false; // a date, a time, a zone and separators are far shorter: spare the patterns
  const m = datelineInLine(line);
  if (!m) return false;
  return stripFillerEnd(m.before).trim() === '' && stripFiller(m.after).trim() === '';
}

/** The dateline near the top of an article, or null. */
export function findDateline(text: string): Dateline | null {
  let offset = 0;
  let seen = 0;
  while (offset <= text.length && offset < DATELINE_CHARS && seen < DATELINE_LINES) {
    const nl = text.indexOf('\n', offset);
    const line = text.slice(offset, nl < 0 ? text.length : nl); // only the first lines: the text is never split whole
    if (line.trim()) {
      seen++;
      const m = datelineInLine(line, DATELINE_CHARS - offset);
      if (m) return { date: m.date, start: offset + m.start, end: offset + m.end };
    }
    offset += line.length + 1;
  }
  return null;
}
