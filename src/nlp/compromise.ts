// compromise 14.17.0, the English NLP library, loaded lazily (it costs ~1 s at start-up and only
// English articles need it) and taught the domain: tenge is a currency, akim and maslikhat are
// nouns, and the officials gazetteer's names are people (compromise misses Kazakh names otherwise).
// Stages are synchronous, so the module is loaded with require on first use, not `await import`.
// compromise core (without the compromise-dates plugin) resolves no dates: our deadlines come from
// rules/en/deadlines.yaml anchored to the article's date, never to today.
import { createRequire } from 'node:module';
import { loadOfficials } from '../gazetteer/officials.js';
import { loadCorpus } from '../gazetteer/corpus.js';

/** The part of compromise's API this project uses. */
interface CView {
  people(): CView;
  money(): CView;
  percentages(): CView;
  numbers(): CView;
  sentences(): CView;
  json(opts?: Record<string, unknown>): Array<{ text: string; offset?: { start: number; length: number }; number?: unknown }>;
  out(fmt: string): unknown;
}
export interface Nlp {
  (text: string): CView;
  addWords(words: Record<string, string>): void;
}

let nlp: Nlp | null = null;
const taught = new Set<string>();

/** Domain words (corpora/en/lexicon.yaml) and gazetteer names, taught once per corpora folder. */
interface LexiconFile { words?: Record<string, string> }

function teach(n: Nlp, corporaDir: string): void {
  if (taught.has(corporaDir)) return;
  taught.add(corporaDir);
  const words: Record<string, string> = {};
  try {
    Object.assign(words, loadCorpus<LexiconFile>(corporaDir, 'en/lexicon').words ?? {});
  } catch { /* a custom corpora folder without it: compromise's own lexicon only */ }
  const idx = loadOfficials(corporaDir);
  const aliases = englishNames(corporaDir);
  for (const p of idx.people) {
    for (const full of [p.names.en, ...(aliases.get(p.id) ?? [])]) {
      const parts = full.split(/\s+/);
      const given = parts.slice(0, -1).join(' '), surname = parts.at(-1)!;
      words[full.toLowerCase()] = 'Person';
      if (given) words[given.toLowerCase()] = p.gender === 'f' ? 'FemaleName' : 'MaleName';
      words[surname.toLowerCase()] = 'LastName';
    }
  }
  n.addWords(words);
}

/** English spellings of gazetteer people (corpora/en/officials.yaml: id → names), beyond names.en. */
export function englishNames(corporaDir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let data: { people?: Array<{ id: string; names: string[] }> } = {};
  try { data = loadCorpus(corporaDir, 'en/officials'); } catch { return out; }
  for (const p of data.people ?? []) out.set(p.id, p.names);
  return out;
}

/** compromise, loaded on first use and taught the domain of `corporaDir`. */
export function compromise(corporaDir: string): Nlp {
  if (!nlp) nlp = createRequire(import.meta.url)('compromise') as Nlp;
  teach(nlp, corporaDir);
  return nlp;
}

/** People compromise finds in `text`: offsets into `text`, trailing punctuation trimmed. */
export function peopleIn(text: string, corporaDir: string): Array<{ start: number; end: number; text: string }> {
  const doc = compromise(corporaDir)(text);
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const p of doc.people().json({ offset: true })) {
    if (!p.offset) continue;
    let { start, length } = p.offset;
    let s = text.slice(start, start + length);
    const trimmed = s.replace(/[\s,.;:!?»"')]+$/u, '');
    length = trimmed.length;
    s = trimmed;
    const lead = s.length - s.replace(/^[\s«"(]+/u, '').length;
    start += lead; length -= lead;
    if (length > 0) out.push({ start, end: start + length, text: text.slice(start, start + length) });
  }
  return out;
}
