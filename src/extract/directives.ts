// The directives extractor (ANNOTATION.md §6): who instructed whom to do what, by when.
// Rules (rules/<lang>/directives.yaml) find the directive word or phrase; the helpers in
// ./directives/ find its arguments (addressees, content, deadline) and its issuer:
//   active   X … тапсырды / X поручил …       → the subject before the verb (a name, a title, Ол/Он/Она)
//   first    «… тапсырамын», – деді X          → the quote's speaker
//   passive  … тапсырылды / поручено           → whoever the passage reports instructions from
//   nominal  тапсырма берді / дал поручение    → active or passive by its light verb; alone
//            (тапсырмасына сәйкес, согласно поручению) a reference to an earlier instruction,
//            issued by the name or title before it
import type { Doc, Sentence } from '../doc.js';
import { mentionAt, sentenceAt, writtenAt } from '../doc.js';
import type { Stage, StageContext } from '../stage.js';
import type { DirectiveRecord } from '../types.js';
import { matchAll } from '../rules/compile.js';
import { directiveRules } from './directives/rules.js';
import { personSpans, type PersonSpan } from './directives/persons.js';
import { titleSpans, resolveTitle, type TitleSpan } from './directives/titles.js';
import { findQuotes, quoteAt, type Quote } from './directives/quotes.js';
import { kkArguments, ruArguments, type Arguments, type Span } from './directives/arguments.js';

type Voice = 'active' | 'first' | 'passive' | 'nominal';
interface Hit { start: number; end: number; rule: string; voice: Voice; reference: boolean; priority: number }

/** Who a span names: a person, a title (resolved at doc.asOf) or a pronoun (the last person named before). */
type Agent = { kind: 'person'; span: PersonSpan } | { kind: 'title'; span: TitleSpan } | { kind: 'pronoun'; start: number; end: number };

// ол is also a demonstrative (ол жерде, ол кезде): not a subject then
const PRONOUN = { kk: /(?<![\p{L}])(?:Ол|ол)(?![\p{L}])(?!\s+(?:жер|кез|уақыт|мәселе|бағыт|жұмыс|сала)\p{L}*)/gu, ru: /(?<![\p{L}])(?:Он|Она|он|она)(?![\p{L}])/gu, en: /(?<![\p{L}])(?:He|She|he|she)(?![\p{L}])/gu };
const PASSIVE_LIGHT = { kk: /(?:ыл|іл|л|ын|ін)(?:ды|ді|ады|еді|ған|ген)(?:\s+(?:болатын|еді))?$/u, ru: /(?:^|\s)(?:даны|дано|дана|поставлен\p{L}*)(?:\s|$)|^(?:поручени|указани|задач)/iu, en: /^$/ };
const FIRST_PERSON = { kk: /(?:мын|мін|мыз|міз|дым|дім|тым|тім|дық|дік|тық|тік)$/u, ru: /^(?:даю|даем|ставлю|ставим)\s/iu, en: /^$/ };
// the speaker of a speech transcript: Мемлекет басшысының … сөйлеген сөзі, выступление Главы государства
const SPEECH_NOUN = /(?:сөйлеген сөз|сөзін жариял|жолдау|выступлени|речь|обращени|послани)/iu;
// a possessive noun form (his/her/my instruction), not a bare one: тапсырмасы, тапсырмалары, тапсырмам
const KK_POSSESSED = /(?:сы|сі|ары|ері|м|мыз|міз)(?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?$/u;
// words that tell an instruction as background: earlier, last year, let us recall
const EARLIER = { kk: /(?:бұған дейін|бұрын|былтыр|өткен жылы|ертеректе|айта кетейік|айта кетелік|еске сала кетейік|еске салайық|еске салсақ)/iu, ru: /(?:ранее|в прошлом году|в свое время|ещё в|еще в|прежде|напомним)/iu, en: /(?:earlier|previously|last year)/iu };
const EARLIER_AFTER = /^\s+(?:болатын|еді)(?![\p{L}])/u;

function collectHits(doc: Doc, ctx: StageContext): Hit[] {
  const text = doc.view.text;
  const hits: Hit[] = [];
  for (const rule of directiveRules(ctx, doc.lang)) {
    for (const m of matchAll(rule.compiled, text)) {
      const g = m.groups.v ?? m;
      hits.push({
        start: g.start, end: g.end, rule: rule.id, priority: rule.priority ?? 0,
        voice: ((rule.fields?.voice as Voice) ?? 'active'),
        reference: rule.fields?.reference === true,
      });
    }
  }
  // overlaps: higher priority, then the longer span, wins
  hits.sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export const directivesStage: Stage = {
  name: 'directives',
  requires: ['view', 'sentences', 'officials', 'refDate', 'asOf'],
  provides: ['directives'],
  run(doc, ctx) {
    if (doc.lang !== 'kk' && doc.lang !== 'ru') return;
    const hits = collectHits(doc, ctx);
    if (!hits.length) return;
    const text = doc.view.text;
    const persons = personSpans(doc);
    const titles = titleSpans(doc, ctx);
    const quotes = findQuotes(doc);
    const pronouns = [...text.matchAll(PRONOUN[doc.lang])].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const personEnds = new Set(persons.map((p) => p.end));

    const lastPersonBefore = (i: number): PersonSpan | null => {
      const before = persons.filter((p) => p.end <= i);
      return before.filter((p) => p.nominative).at(-1) ?? before.at(-1) ?? null;
    };
    const nameOf = (a: Agent | null): string | null => {
      if (!a) return null;
      if (a.kind === 'person') return a.span.person;
      if (a.kind === 'title') return resolveTitle(doc, ctx, a.span.role);
      return lastPersonBefore(a.start)?.person ?? null;
    };
    /** Agents (nominative when `nominativeOnly`) in [from, to): names, titles not followed by a name, pronouns. */
    const agentsIn = (from: number, to: number, nominativeOnly: boolean): (Agent & { start: number; end: number })[] => {
      const out: (Agent & { start: number; end: number })[] = [];
      for (const p of persons) if (p.start >= from && p.end <= to && (!nominativeOnly || p.nominative)) out.push({ kind: 'person', span: p, start: p.start, end: p.end });
      for (const t of titles) {
        if (t.start < from || t.end > to || (nominativeOnly && !t.nominative)) continue;
        if (persons.some((p) => p.start >= t.end && p.start - t.end <= 3)) continue; // "Премьер-министр Олжас Бектенов": the name speaks
        out.push({ kind: 'title', span: t, start: t.start, end: t.end });
      }
      for (const p of pronouns) if (p.start >= from && p.end <= to) out.push({ kind: 'pronoun', ...p });
      return out.sort((a, b) => a.start - b.start);
    };
    const speakerOf = (q: Quote): Agent | null => {
      const found = agentsIn(q.speakerFrom, q.speakerTo, false);
      const a = (q.after ? found[0] : found.at(-1)) ?? null;
      // "…", деп жазды ол: the pronoun points before the quote, not at a name inside it
      return a?.kind === 'pronoun' ? { kind: 'pronoun', start: q.start, end: q.start } : a;
    };
    // the chair of the meeting: a fallback issuer for agentless directives (X-тың төрағалығымен, под председательством X)
    const chairMatch = /төрағалығымен|под председательством/iu.exec(text);
    const chairPerson = chairMatch ? (doc.lang === 'kk' ? persons.filter((p) => p.end <= chairMatch.index && chairMatch.index - p.end <= 3).at(-1) : persons.find((p) => p.start >= chairMatch.index + chairMatch[0].length && p.start - chairMatch.index - chairMatch[0].length <= 3)) : undefined;
    // else whoever held the meeting: X кеңес өткізді / X провел совещание (the sentence's subject)
    const heldMatch = /(?<![\p{L}])(?:өткізді|өткізіп|провел|провела|проводит|возглавил|возглавила)(?![\p{L}])/iu.exec(text);
    const heldBy = heldMatch ? (() => {
      const si = doc.sentences[sentenceAt(doc, heldMatch.index)];
      const found = agentsIn(si?.start ?? 0, si?.end ?? text.length, true).filter((a) => a.kind !== 'pronoun');
      return nameOf(found[0] ?? null);
    })() : null;
    const chair = chairPerson?.person ?? heldBy;

    // the speaker of a transcript, named near a speech noun at the article's start
    const speechNoun = SPEECH_NOUN.exec(text.slice(0, 800));
    const speechSpeaker: Agent | null = speechNoun
      ? agentsIn(Math.max(0, speechNoun.index - 100), speechNoun.index + speechNoun[0].length + 60, false)
        .filter((a) => a.kind !== 'pronoun')
        .sort((a, b) => Math.abs(a.start - speechNoun.index) - Math.abs(b.start - speechNoun.index))[0] ?? null
      : null;

    /** The issuer of a directive noun standing alone: undefined when nobody is named as its giver. */
    const nominalPossessor = (h: Hit, sent: Sentence): string | null | undefined => {
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

    let passageIssuer: string | null = null;
    let prevEnd = 0;
    for (const h of hits) {
      const si = sentenceAt(doc, h.start);
      const sent: Sentence = doc.sentences[si] ?? { start: 0, end: text.length };
      // the clause: from the sentence start (or the previous directive in it, or a ";") to the verb
      let clauseStart = Math.max(sent.start, prevEnd > sent.start && prevEnd <= h.start ? prevEnd : sent.start);
      const semi = text.slice(clauseStart, h.start).search(/;[^;]*$/u);
      if (semi >= 0) clauseStart += semi + 1;
      const clauseEndMatch = /[;]/u.exec(text.slice(h.end, sent.end));
      const clauseEnd = clauseEndMatch ? h.end + clauseEndMatch.index : sent.end;

      const surfaceView = text.slice(h.start, h.end);
      const firstPerson = h.voice === 'nominal' && FIRST_PERSON[doc.lang].test(surfaceView);
      const nominalAlone = h.voice === 'nominal' && h.reference && !/\s/u.test(surfaceView);
      const agentive = !firstPerson && (h.voice === 'active' || (h.voice === 'nominal' && !nominalAlone && !PASSIVE_LIGHT[doc.lang].test(surfaceView)));
      const quote = quoteAt(quotes, h.start);
      const argEnd = quote && quote.end > h.end ? Math.min(clauseEnd, quote.end) : clauseEnd;
      let reference = h.reference;
      let agent: Agent | null = null;
      let agentEnd = clauseStart;
      let issuer: string | null = null;

      if (nominalAlone) {
        // Мемлекет басшысының тапсырмасына сәйкес / Президент тапсырмасын / менің тапсырмаммен /
        // согласно поручению Главы государства: a mention of an instruction counts only with whoever gave it
        const possessor = nominalPossessor(h, sent);
        if (possessor === undefined) continue;
        issuer = possessor;
      } else if (agentive) {
        // Kazakh is subject-first (the first name or title of the clause); Russian puts the subject
        // right before the verb (the last one)
        const cands = agentsIn(clauseStart, h.start, true);
        agent = (doc.lang === 'kk' ? cands[0] : cands.at(-1)) ?? null;
        if (agent) { issuer = nameOf(agent); agentEnd = agent.kind === 'title' ? agent.span.end : agent.kind === 'person' ? agent.span.end : agent.end; }
        else issuer = passageIssuer ?? (quote ? nameOf(speakerOf(quote)) : null) ?? lastPersonBefore(h.start)?.person ?? null;
        // a third person named inside someone's quote: the speaker tells of an earlier instruction
        if (quote && agent && agent.kind !== 'pronoun') reference = true;
      } else if (h.voice === 'first' || firstPerson) {
        // the quote's speaker; outside quotes (a speech transcript) the passage's or the speech's speaker
        const speaker = quote ? speakerOf(quote) : null;
        issuer = speaker ? nameOf(speaker) : passageIssuer ?? nameOf(speechSpeaker) ?? lastPersonBefore(h.start)?.person ?? null;
      } else {
        issuer = passageIssuer ?? chair ?? null;
      }
      const before = text.slice(sent.start, h.start);
      if (EARLIER[doc.lang].test(before) || EARLIER_AFTER.test(text.slice(h.end, h.end + 12))) reference = true;

      let args: Arguments;
      if (nominalAlone) args = { addressees: [], content: null, deadline: null };
      else if (doc.lang === 'kk') {
        const nounEnd = h.voice === 'nominal' ? h.start : h.start;
        args = kkArguments(doc, ctx, { start: Math.max(clauseStart, agentEnd), end: h.start }, nounEnd, h.voice === 'nominal', personEnds, h.voice === 'passive');
      } else {
        args = ruArguments(doc, ctx, { start: Math.max(clauseStart, agentEnd), end: h.start }, { start: h.end, end: argEnd }, !agentive);
      }

      const m = mentionAt(doc, h.start, h.end);
      const rec: DirectiveRecord = {
        issuer,
        verb: m.surface,
        addressees: args.addressees.map((s: Span) => writtenAt(doc, s.start, s.end)),
        content: args.content ? writtenAt(doc, args.content.start, args.content.end) : null,
        deadline: args.deadline?.deadline ?? null,
        reference,
        ...m,
        rule: h.rule,
      };
      doc.directives.push(rec);
      prevEnd = h.end;
      if (!reference && issuer) passageIssuer = issuer;
    }
  },
};
