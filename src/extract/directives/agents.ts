// Who is named where: people (from the officials stage), titles, pronouns, quotes and their speakers,
// the chair of a meeting and the speaker of a transcript. The directives stage asks these helpers
// for a directive's issuer; they read the doc and never change it.
import type { Doc, Sentence } from '../../doc.js';
import { sentenceAt } from '../../doc.js';
import type { StageContext } from '../../stage.js';
import { personSpans, type PersonSpan } from './persons.js';
import { titleSpans, resolveTitle, type TitleSpan } from './titles.js';
import { findQuotes, quoteAt, type Quote } from './quotes.js';
import { cues } from './cues.js';
import { startingIn } from '../../text/spans.js';
import { allMatches } from '../../text/matches.js';

/** Who a span names: a person, a title (resolved at doc.asOf) or a pronoun (the last person named before). */
export type Agent = ({ kind: 'person'; span: PersonSpan } | { kind: 'title'; span: TitleSpan } | { kind: 'pronoun' }) & { start: number; end: number };

// ол is also a demonstrative (ол жерде, ол кезде): not a subject then
const PRONOUN = { kk: /(?<![\p{L}])(?:Ол|ол)(?![\p{L}])(?!\s+(?:жер|кез|уақыт|мәселе|бағыт|жұмыс|сала)\p{L}*)/gu, ru: /(?<![\p{L}])(?:Он|Она|он|она)(?![\p{L}])/gu, en: /(?<![\p{L}])(?:He|She|he|she)(?![\p{L}])/gu };
// a possessive noun form (his/her/my instruction), not a bare one: тапсырмасы, тапсырмалары, тапсырмам
const KK_POSSESSED = /(?:сы|сі|ары|ері|м|мыз|міз)(?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?$/u;

/**
 * lastBefore(spans, preferred)(i): among the spans ending at or before i, the last preferred one,
 * else (unless `fallback` is false) the last one. Asked per directive, so answered by binary search
 * over the spans' ends (a scan when their ends are not in order).
 */
function lastBefore<T extends { end: number }>(spans: readonly T[], preferred: (s: T) => boolean) {
  const ordered = spans.every((s, k) => k === 0 || spans[k - 1]!.end <= s.end);
  const lastPreferred: number[] = []; // lastPreferred[k]: the last preferred index ≤ k, or -1
  spans.forEach((s, k) => lastPreferred.push(preferred(s) ? k : (lastPreferred[k - 1] ?? -1)));
  return (i: number, fallback = true): T | null => {
    if (!ordered) {
      const before = spans.filter((s) => s.end <= i);
      return before.filter(preferred).at(-1) ?? (fallback ? before.at(-1) : undefined) ?? null;
    }
    let lo = 0, hi = spans.length; // ends are in order: those ending at or before i are a prefix
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.end <= i) lo = mid + 1; else hi = mid; }
    const k = lo - 1;
    if (k < 0) return null;
    const p = lastPreferred[k]!;
    return p >= 0 ? spans[p]! : fallback ? spans[k]! : null;
  };
}

export function makeAgents(doc: Doc, ctx: StageContext) {
  const text = doc.view.text;
  const persons = personSpans(doc);
  const titles = titleSpans(doc, ctx);
  const quotes = findQuotes(doc, cues(ctx.corporaDir, doc.lang).speech);
  const pronouns = allMatches(PRONOUN[doc.lang], text).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const personEnds = new Set(persons.map((p) => p.end));

  const lastPersonBefore = lastBefore(persons, (p) => p.nominative);
  /** A title is named with its holder (Премьер-министр Олжас Бектенов): then the name speaks. */
  const personStarts = new Set(persons.map((p) => p.start));
  const named = (t: TitleSpan) => [0, 1, 2, 3].some((d) => personStarts.has(t.end + d));
  const firstEnd = new Map<string, number>(); // where each person is first named (ends)
  for (const p of persons) firstEnd.set(p.person, Math.min(p.end, firstEnd.get(p.person) ?? Infinity));
  const lastSubjectTitle = lastBefore(titles, (t) => t.nominative && !t.foreign && !named(t));
  const lastSubjectTitleBefore = (i: number) => lastSubjectTitle(i, false);
  const nameOf = (a: Agent | null): string | null => {
    if (!a) return null;
    if (a.kind === 'person') return a.span.person;
    // a foreign office (Өзбекстан президенті, президент Узбекистана): the last person named before
    if (a.kind === 'title') {
      if (a.span.foreign) return lastPersonBefore(a.start)?.person ?? null;
      // an article about another country's president: a bare "Президент" later means that one
      // (only when the first such title is foreign and our own office-holder is not named before)
      const home = resolveTitle(doc, ctx, a.span.role, a.start);
      const first = titles.find((t) => t.role === a.span.role && t.end <= a.start);
      const homeNamed = home !== null && (firstEnd.get(home) ?? Infinity) <= a.start;
      if (first?.foreign && named(first) && !homeNamed) return persons.find((p) => p.start >= first.end && p.start - first.end <= 3)!.person;
      return home;
    }
    // Ол / Он / Она: the last person or title named before (nominative ones first)
    const person = lastPersonBefore(a.start);
    const title = lastSubjectTitleBefore(a.start);
    if (title && (!person || title.start > person.end)) return resolveTitle(doc, ctx, title.role, title.start);
    return person?.person ?? null;
  };
  /** Agents (nominative when `nominativeOnly`) in [from, to): names, titles not followed by a name, pronouns. */
  const agentsIn = (from: number, to: number, nominativeOnly: boolean): Agent[] => {
    const out: Agent[] = [];
    for (const p of startingIn(persons, from, to)) if (p.end <= to && (!nominativeOnly || p.nominative)) out.push({ kind: 'person', span: p, start: p.start, end: p.end });
    for (const t of startingIn(titles, from, to)) {
      if (t.end > to || (nominativeOnly && !t.nominative)) continue;
      if (named(t)) continue;
      out.push({ kind: 'title', span: t, start: t.start, end: t.end });
    }
    for (const p of startingIn(pronouns, from, to)) if (p.end <= to) out.push({ kind: 'pronoun', ...p });
    return out.sort((a, b) => a.start - b.start);
  };
  const speakerOf = (q: Quote): Agent | null => {
    const found = agentsIn(q.speakerFrom, q.speakerTo, false);
    const a = (q.after ? found[0] : found.at(-1)) ?? null;
    // "…", деп жазды ол: the pronoun points before the quote, not at a name inside it
    return a?.kind === 'pronoun' ? { kind: 'pronoun', start: q.start, end: q.start } : a;
  };
  // the chair of the meeting: a fallback issuer for agentless directives (X-тың төрағалығымен, под председательством X)
  const cue = cues(ctx.corporaDir, doc.lang);
  const chairMatch = cue.chair.exec(text);
  const chairPerson = chairMatch ? (doc.lang === 'kk' ? persons.filter((p) => p.end <= chairMatch.index && chairMatch.index - p.end <= 3).at(-1) : persons.find((p) => p.start >= chairMatch.index + chairMatch[0].length && p.start - chairMatch.index - chairMatch[0].length <= 3)) : undefined;
  // else whoever held the meeting: X кеңес өткізді / X провел совещание (the sentence's subject)
  const heldMatch = cue.held.exec(text);
  const heldBy = heldMatch ? (() => {
    const si = doc.sentences[sentenceAt(doc, heldMatch.index)];
    const found = agentsIn(si?.start ?? 0, si?.end ?? text.length, true).filter((a) => a.kind !== 'pronoun');
    return nameOf(found[0] ?? null);
  })() : null;
  const chair = chairPerson?.person ?? heldBy;

  // the speaker of a transcript, named near a speech noun at the article's start
  const speechNoun = cue.speechNoun.exec(text.slice(0, 800));
  const speechSpeaker: Agent | null = speechNoun
    ? agentsIn(Math.max(0, speechNoun.index - 100), speechNoun.index + speechNoun[0].length + 60, false)
      .filter((a) => a.kind !== 'pronoun')
      .sort((a, b) => Math.abs(a.start - speechNoun.index) - Math.abs(b.start - speechNoun.index))[0] ?? null
    : null;

  /** The issuer of a directive noun standing alone: undefined when nobody is named as its giver. */
  const nominalPossessor = (h: { start: number; end: number }, sent: Sentence): string | null | undefined => {
    const word = text.slice(h.start, h.end).toLowerCase();
    if (doc.lang === 'kk') {
      if (/(?:мыз|міз|м)(?:ның|нің|мен|ға|ге|ды|ді|н|нан|нен|да|де)?$/u.test(word) && /(?:менің|біздің)\s+\S*$/iu.test(text.slice(Math.max(sent.start, h.start - 30), h.start))) {
        const q = quoteAt(quotes, h.start);
        return (q ? nameOf(speakerOf(q)) : null) ?? nameOf(speechSpeaker);
      }
      if (!KK_POSSESSED.test(word)) return undefined;
      const near = agentsIn(Math.max(sent.start, h.start - 120), h.start, false).filter((a) => a.kind !== 'pronoun');
      const a = near.at(-1);
      if (!a) return undefined;
      const adjacent = /^\s*$/u.test(text.slice(a.end, h.start));
      const nominative = a.kind === 'person' ? a.span.nominative : a.kind === 'title' ? a.span.nominative : true;
      if (nominative && !adjacent) return undefined; // the subject of the sentence, not the noun's possessor
      return nameOf(a);
    }
    const after = agentsIn(h.end, Math.min(sent.end, h.end + 60), false).filter((a) => a.kind !== 'pronoun' && /^[\s\p{Ll}-]*$/u.test(text.slice(h.end, a.start)))[0];
    const before = agentsIn(Math.max(sent.start, h.start - 40), h.start, false).filter((a) => a.kind !== 'pronoun').at(-1);
    const a = after ?? before;
    return a ? nameOf(a) : undefined;
  };


  /** A quote that goes on over several paragraphs: the speaker named where it ends (within a few lines). */
  const speakerAhead = (i: number): Agent | null => {
    const ls = text.lastIndexOf('\n', i - 1) + 1;
    if (!/^\s*[«"“„—–-]/u.test(text.slice(ls, i))) return null;
    const q = quotes.find((x) => x.after && x.end > i && x.end - i < 1500 && !text.slice(i, x.end).includes('\n\n\n'));
    return q ? speakerOf(q) : null;
  };
  return { persons, quotes, speakerAhead, personEnds, lastPersonBefore, nameOf, agentsIn, speakerOf, chair, speechSpeaker, nominalPossessor, quoteAt: (i: number) => quoteAt(quotes, i) };
}
export type Agents = ReturnType<typeof makeAgents>;
