// Quoted speech and who said it: "…", – деді Олжас Бектенов. / — …, — сказал Глава государства. /
// Аида Балаева атап өтті: «…». A first-person directive (тапсырамын, поручаю) belongs to the
// speaker; a third-person one inside someone else's quote tells of an earlier instruction.
import type { Doc } from '../../doc.js';
import { allMatches } from '../../text/matches.js';

export interface Quote {
  /** View offsets of the quoted words. */
  start: number;
  end: number;
  /** Where to look for the speaker: after the attribution verb, or before the colon. */
  speakerFrom: number;
  speakerTo: number;
  /** The speaker is named after the quote (— деді X) rather than before it (X: «…»). */
  after: boolean;
}

const DASH = '[-\\u2010-\\u2015\\u2212]';
/** A colon and an opening quote mark: speech introduced before it (X атап өтті: «…»). */
const QUOTE_OPENS = /:\s*[«"“]/gu;

const lineStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
const lineEnd = (text: string, i: number) => { const e = text.indexOf('\n', i); return e < 0 ? text.length : e; };

const attributions = new Map<string, RegExp>(); // compiled once per process, not per article
function attributionRe(speech: string): RegExp {
  let re = attributions.get(speech);
  if (!re) {
    re = new RegExp(`(?:[»"“”']\\s*,?\\s*(?:${DASH}\\s*)?|,?\\s*${DASH}\\s*)(?<verb>${speech})(?![\\p{L}])`, 'gu');
    attributions.set(speech, re);
  }
  return re;
}

/** `speech`: an alternation of speech verbs (corpora/directive-verbs.yaml cues.<lang>.speech). */
export function findQuotes(doc: Doc, speech: string): Quote[] {
  const text = doc.view.text;
  const out: Quote[] = [];
  // », – деді X / », деп жазды ол / , — сказал X: a dash, or a closing quote mark, before the speech verb
  for (const m of allMatches(attributionRe(speech), text)) {
    const dash = m.index!;
    const ls = lineStart(text, dash);
    const line = text.slice(ls, dash);
    // the quote starts at the line start (a speech line or a quoted paragraph), or at ": «"
    const colon = /:\s*[«"“]/u.exec(line);
    const start = /^\s*[«"“„\-\u2010-\u2015]/u.test(line) || !colon ? ls : ls + colon.index;
    const verbEnd = dash + m[0].length;
    out.push({ start, end: dash, speakerFrom: verbEnd, speakerTo: Math.min(lineEnd(text, verbEnd), verbEnd + 120), after: true });
  }
  // X атап өтті: «…» / X отметил: «…» with no attribution after
  for (const m of allMatches(QUOTE_OPENS, text)) {
    const q = m.index! + m[0].length - 1;
    if (out.some((o) => o.start <= q && q < o.end + 2)) continue;
    const ls = lineStart(text, q);
    out.push({ start: q, end: lineEnd(text, q), speakerFrom: ls, speakerTo: m.index!, after: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function quoteAt(quotes: Quote[], i: number): Quote | null {
  return quotes.find((q) => q.start <= i && i < q.end) ?? null;
}
