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
import { makeAgents, type Agent } from './directives/agents.js';
import { cues } from './directives/cues.js';
import { kkArguments, ruArguments, type Arguments, type Span } from './directives/arguments.js';

type Voice = 'active' | 'first' | 'passive' | 'nominal';
interface Hit { start: number; end: number; rule: string; voice: Voice; reference: boolean; priority: number }

const PASSIVE_LIGHT = { kk: /(?:ыл|іл|л|ын|ін)(?:ды|ді|ады|еді|ған|ген)(?:\s+(?:болатын|еді))?$/u, ru: /(?:^|\s)(?:даны|дано|дана|поставлен\p{L}*)(?:\s|$)|^(?:поручени|указани|задач)/iu, en: /^$/ };
const FIRST_PERSON = { kk: /(?:мын|мін|мыз|міз|дым|дім|тым|тім|дық|дік|тық|тік)$/u, ru: /^(?:даю|даем|ставлю|ставим)\s/iu, en: /^$/ };
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
    const agents = makeAgents(doc, ctx);
    const { personEnds, lastPersonBefore, nameOf, agentsIn, speakerOf, chair, speechSpeaker, nominalPossessor } = agents;

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
      const quote = agents.quoteAt(h.start);
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
        if (agent) { issuer = nameOf(agent); agentEnd = agent.end; }
        else issuer = passageIssuer ?? (quote ? nameOf(speakerOf(quote)) : null) ?? lastPersonBefore(h.start)?.person ?? null;
        // a third person named inside someone's quote: the speaker tells of an earlier instruction
        if (quote && agent && agent.kind !== 'pronoun') reference = true;
      } else if (h.voice === 'first' || firstPerson) {
        // the quote's speaker; outside quotes (a speech transcript) the passage's or the speech's speaker
        const speaker = quote ? speakerOf(quote) : agents.speakerAhead(h.start);
        issuer = speaker ? nameOf(speaker) : passageIssuer ?? nameOf(speechSpeaker) ?? lastPersonBefore(h.start)?.person ?? null;
      } else {
        issuer = passageIssuer ?? chair ?? null;
      }
      const before = text.slice(sent.start, h.start);
      if (cues(ctx.corporaDir, doc.lang).earlier.test(before) || EARLIER_AFTER.test(text.slice(h.end, h.end + 12))) reference = true;

      let args: Arguments;
      if (nominalAlone) args = { addressees: [], content: null, deadline: null };
      else if (doc.lang === 'kk') {
        args = kkArguments(doc, ctx, { start: Math.max(clauseStart, agentEnd), end: h.start }, h.voice === 'nominal', personEnds, h.voice === 'passive');
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
      // a reference never lends its issuer to the passage's later agentless directives; a new subject
      // that resolves to nobody (a title with no holder known) ends the previous one's passage
      if (!reference && (issuer || agent)) passageIssuer = issuer;
    }
  },
};
