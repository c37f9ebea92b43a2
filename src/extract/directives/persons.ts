// Person mentions in view offsets, for issuer resolution. The officials stage leaves them in
// doc.notes.persons; where it has not run (or left none), they are rebuilt from doc.officials'
// mentions, and as a last resort found by a small name-shape pattern (given name + surname).
import type { Doc } from '../../doc.js';
import { overlapTest } from '../../text/spans.js';
import { allMatches } from '../../text/matches.js';

export interface PersonSpan {
  person: string;
  personId?: string;
  /** View offsets. */
  start: number;
  end: number;
  /** The name is in the nominative (a possible subject), not Балаеваның / Балаевой / Бектеновке. */
  nominative: boolean;
}

const KK_CASE = /(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|мен|бен|пен|нан|нен|дан|ден|тан|тен|да|де|та|те|нда|нде|ның)$/u;
const NAME = /(?<![\p{L}\p{M}\p{N}])((?:\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?|\p{Lu}\.)\s?)\s*(\p{Lu}[\p{Ll}\p{M}]*?(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы))([\p{Ll}\p{M}]*)(?![\p{L}\p{M}\p{N}])/gu;

const SURNAME_SHAPE = /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|ский|ская|ko|ov|ev|in|yn|ova|eva|ina|yna|uly|qyzy)$/iu;
/** A surname shape, or an official's name whose first words bear no case ending (not Үкіметке Ұлттық). */
function looksLikeName(person: string, official: boolean): boolean {
  const ws = person.split(/\s+/);
  if (SURNAME_SHAPE.test(ws.at(-1) ?? '')) return true;
  return official && !ws.slice(0, -1).some((w) => w.length > 5 && KK_CASE.test(w.toLowerCase()));
}
const words = (s: string) => s.toLowerCase().split(/[\s.]+/).filter(Boolean);

/** A mention is nominative when its last word is one of the canonical name's words, or bears no case ending. */
export function isNominative(surface: string, person: string): boolean {
  const last = words(surface).at(-1) ?? '';
  const canon = new Set(words(person).flatMap((w) => [w, ...w.split('-')]));
  if (canon.has(last)) return true;
  if ([...canon].some((w) => last.length > w.length && last.startsWith(w))) return false; // Балаеваның
  if ([...canon].some((w) => w.length >= 4 && last.slice(0, 4) === w.slice(0, 4))) return false; // Балаевой
  return !KK_CASE.test(last);
}

function fallbackPersons(doc: Doc): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const m of allMatches(NAME, doc.view.text)) {
    let ending = m[3]!;
    // Балаеваның, Балаевой: the feminine -а belongs to the name, not to the ending
    if (/^(?:а(?:ның|ға|ны|да|дан|мен|на|)|ой)$/u.test(ending)) ending = ending.startsWith('а') ? ending.slice(1) : '';
    const start = m.index!, end = start + m[0].length;
    // the name as written (Latin-script articles too), without its case ending
    const feminineRu = m[3] === 'ой';
    const person = (doc.view.slice(start, end - ending.length - (feminineRu ? 2 : 0)) + (feminineRu ? 'а' : '')).replace(/\s+/gu, ' ').trim();
    out.push({ person, start, end, nominative: m[3] === '' || (m[3] === 'а' && !feminineRu) });
  }
  return out;
}

export function personSpans(doc: Doc): PersonSpan[] {
  const noted = doc.notes.persons as { person: string; personId?: string; start: number; end: number }[] | undefined;
  let spans: PersonSpan[];
  if (Array.isArray(noted) && noted.length) {
    // an issuer is an official or at least looks like a name (Үкіметке Ұлттық is neither)
    const officials = new Set(doc.officials.map((o) => o.person));
    spans = noted
      .filter((p) => looksLikeName(p.person, officials.has(p.person)))
      .map((p) => ({ ...p, nominative: isNominative(doc.view.text.slice(p.start, p.end), p.person) }));
    // names the officials stage left out (foreign leaders: Shavkat Mırzıeev) still speak and order
    const overlapsNoted = overlapTest(spans);
    for (const f of fallbackPersons(doc)) if (!overlapsNoted(f.start, f.end)) spans.push(f);
  } else if (doc.officials.length) {
    spans = doc.officials.flatMap((o) => o.mentions.map((mn) => {
      const start = doc.view.fromOriginal(mn.start), end = doc.view.fromOriginal(mn.end);
      return { person: o.person, personId: o.personId, start, end, nominative: isNominative(doc.view.text.slice(start, end), o.person) };
    }));
  } else spans = fallbackPersons(doc);
  return spans.sort((a, b) => a.start - b.start);
}
