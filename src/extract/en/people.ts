// Person names in English text: runs of capitalised Latin words (Kumar Aksakalov, Kassym-Jomart
// Tokayev), checked against the officials gazetteer (its English spellings, corpora/en/officials.yaml,
// and a loose key that sees Tokayev = Tokaev = Токаев), compromise's Person tags, and a list of
// words that are never names (titles, places, months). Later surname-only mentions join the person.
import { loadCorpus } from '../../gazetteer/corpus.js';
import { loadOfficials, type GazPerson } from '../../gazetteer/officials.js';
import { englishNames, peopleIn } from '../../nlp/compromise.js';
import { allMatches } from '../../text/matches.js';

export interface EnName {
  start: number;
  end: number;
  given: string | null;
  surname: string;
  /** The gazetteer person this is, when known. */
  gaz: GazPerson | null;
  /** full: a name (gazetteer, compromise or name shape); weak: two capitalised words, a name only with a title before it. */
  kind: 'full' | 'weak' | 'surname';
}

/** Romanizations differ (Tokayev/Tokaev, Kassym/Kasym, Jomart/Zhomart, Issabayev/Isabaev): one key for all. */
export function enKey(s: string): string {
  return s.toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/-/g, ' ')
    .replace(/yev(a?)\b/g, 'ev$1').replace(/iyev/g, 'iev')
    .replace(/dzh|zh/g, 'j').replace(/kh/g, 'h').replace(/y/g, 'i')
    .replace(/iev/g, 'ev')
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/\s+/g, ' ').trim();
}

interface NameIndex {
  byFull: Map<string, GazPerson>;
  bySurname: Map<string, GazPerson[]>;
  /** canonical English spelling per person id (first alias, else names.en) */
  english: Map<string, string>;
  stop: Set<string>;
}

const cache = new Map<string, NameIndex>();

interface StopFile { stop?: string[] }

export function nameIndex(corporaDir: string): NameIndex {
  const hit = cache.get(corporaDir);
  if (hit) return hit;
  const idx = loadOfficials(corporaDir);
  const aliases = englishNames(corporaDir);
  const out: NameIndex = { byFull: new Map(), bySurname: new Map(), english: new Map(), stop: new Set() };
  for (const p of idx.people) {
    const spellings = [...(aliases.get(p.id) ?? []), p.names.en, p.names.kkLatn ?? ''].filter(Boolean);
    out.english.set(p.id, spellings[0]!);
    for (const s of spellings) {
      const parts = s.split(/\s+/);
      const sur = parts.at(-1)!;
      out.byFull.set(enKey(s), p);
      const list = out.bySurname.get(enKey(sur)) ?? [];
      if (!list.includes(p)) list.push(p);
      out.bySurname.set(enKey(sur), list);
    }
  }
  let stop: StopFile = {};
  try { stop = loadCorpus<StopFile>(corporaDir, 'en/not-names'); } catch { /* none */ }
  for (const w of stop.stop ?? []) out.stop.add(w.toLowerCase());
  cache.set(corporaDir, out);
  return out;
}

export function findGaz(ix: NameIndex, given: string | null, surname: string): GazPerson | null {
  if (given) {
    const p = ix.byFull.get(enKey(`${given} ${surname}`));
    if (p) return p;
  }
  const list = ix.bySurname.get(enKey(surname)) ?? [];
  if (list.length !== 1) return null;
  if (!given) return list[0]!;
  // a spelling of the given name the aliases miss: the first letters agree
  const g = enKey(given).slice(0, 2);
  const p = list[0]!;
  const ix2 = [p.names.en, p.names.kkLatn ?? ''].map((s) => enKey(s).slice(0, 2));
  return ix2.includes(g) ? p : null;
}

const WORD = String.raw`\p{Lu}[\p{Ll}’']*(?:-\p{Lu}?[\p{Ll}]+)*`;
const RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${WORD}(?:[ \\u00A0]${WORD})*(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const WORD_RE = new RegExp(WORD, 'gu');
/** A capitalized word on its own (a lone surname: Aksakalov said). */
const LONE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])${WORD}(?![\\p{L}\\p{M}\\p{N}-])`, 'gu');
/** A surname after an initial: K. Tokayev, A.Balayeva. */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}.])\\p{Lu}\\.\\s?(${WORD})(?![\\p{L}\\p{M}\\p{N}-])`, 'gu');
/** Surnames of the region: -ov, -ev, -ova, -eva, -in, -ina, -uly, -kyzy, -bek, -bay, -baev, -uli. */
const SURNAME_SHAPE = /(?:[oe]va?|yeva?|ina?|uly|ul[iy]|kyzy|bek|ba[iy]|baye?va?|enko|sky|skaya)$/u;

/** Names in `text` (view offsets); `taken` are spans that cannot be names (places found). */
export function findEnNames(text: string, corporaDir: string, taken: Array<[number, number]>): EnName[] {
  const ix = nameIndex(corporaDir);
  // compromise reads the text only when a name needs it (no gazetteer entry, no name shape): it is the slow part
  let cmpCache: ReturnType<typeof peopleIn> | null = null;
  const cmp = () => (cmpCache ??= peopleIn(text, corporaDir));
  const isStop = (w: string) => ix.stop.has(w.toLowerCase());
  const names: EnName[] = [];
  for (const m of allMatches(RUN, text)) {
    const toks: Array<{ s: number; e: number; t: string }> = [];
    for (const w of allMatches(WORD_RE, m[0])) toks.push({ s: m.index! + w.index!, e: m.index! + w.index! + w[0].length, t: w[0] });
    // the name is the run's tail after its last non-name word: "Information Aida Balayeva" → Aida Balayeva
    let i = toks.length;
    while (i > 0 && !isStop(toks[i - 1]!.t) && !taken.some(([s, e]) => s < toks[i - 1]!.e && toks[i - 1]!.s < e)) i--;
    const tail = toks.slice(i);
    if (tail.length < 2) continue;
    // a full name is its last two words (a three-word tail keeps a double given name only when known)
    let nameToks = tail.slice(-2);
    if (tail.length >= 3 && findGaz(ix, tail.slice(-3, -1).map((x) => x.t).join(' '), tail.at(-1)!.t)) nameToks = tail.slice(-3);
    const given = nameToks.slice(0, -1).map((x) => x.t).join(' ');
    const surname = nameToks.at(-1)!.t.replace(/[’']s$/u, '');
    const start = nameToks[0]!.s, end = nameToks.at(-1)!.s + surname.length;
    const gaz = findGaz(ix, given, surname);
    const strong = !!gaz || SURNAME_SHAPE.test(surname.toLowerCase()) || cmp().some((c) => c.start <= start && end <= c.end + 2);
    names.push({ start, end, given, surname, gaz, kind: strong ? 'full' : 'weak' });
  }
  // lone surnames: a person's surname named again (Aksakalov said, Tokayev's), or a gazetteer surname
  const surnames = new Map(names.filter((n) => n.kind === 'full').map((n) => [enKey(n.surname), n]));
  for (const m of allMatches(LONE, text)) {
    const start = m.index!;
    const w = m[0].replace(/[’']s$/u, '');
    const end = start + w.length;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    if (isStop(w)) continue;
    const known = surnames.get(enKey(w));
    if (known) { names.push({ start, end, given: null, surname: w, gaz: known.gaz, kind: 'surname' }); continue; }
    const list = ix.bySurname.get(enKey(w)) ?? [];
    if (list.length === 1 && SURNAME_SHAPE.test(w.toLowerCase())) names.push({ start, end, given: null, surname: w, gaz: list[0]!, kind: 'surname' });
  }
  // initials: "K. Tokayev", "A.Balayeva" — a known surname after a capital and a full stop
  for (const m of allMatches(INITIAL_SURNAME, text)) {
    const start = m.index!, end = start + m[0].length;
    const w = m[1]!.replace(/[’']s$/u, '');
    const known = surnames.get(enKey(w));
    const gaz = known?.gaz ?? ((ix.bySurname.get(enKey(w)) ?? []).length === 1 ? ix.bySurname.get(enKey(w))![0]! : null);
    if (!known && !gaz) continue;
    for (let i = names.length - 1; i >= 0; i--) if (names[i]!.start < end && start < names[i]!.end) names.splice(i, 1);
    names.push({ start, end: end - (m[1]!.length - w.length), given: null, surname: w, gaz, kind: 'surname' });
  }
  return names.sort((a, b) => a.start - b.start);
}
