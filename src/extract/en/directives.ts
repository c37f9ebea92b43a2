// Directives in English articles (ANNOTATION.md §6): rules/en/directives.yaml find the directive
// word; English is subject–verb–object, so
//   active   X instructed Y to do Z by D   → issuer X (a name, a title resolved at the article's date, He/She)
//   first    "I instruct Y to …," X said     → the quote's speaker
//   passive  Y was tasked to …               → the issuer of the passage (the last one named), addressee Y
//   nominal  in line with the instructions of the Head of State → a reference, issuer the title or name near it
// Deadlines come from rules/en/deadlines.yaml (./deadlines.ts), resolved against the article's date.
import type { Stage, StageContext } from '../../stage.js';
import type { Doc } from '../../doc.js';
import { mentionAt, sentenceAt, writtenAt } from '../../doc.js';
import type { DirectiveRecord, Role } from '../../types.js';
import { getRules } from '../../rules/loader.js';
import { matchAll } from '../../rules/compile.js';
import { officeHolder } from '../../gazetteer/officials.js';
import { findEnDeadlines } from './deadlines.js';
import { nameIndex } from './people.js';
import { allMatches } from '../../text/matches.js';

type Voice = 'active' | 'first' | 'passive' | 'nominal';
interface Hit { start: number; end: number; rule: string; voice: Voice; reference: boolean; priority: number }
interface Agent { start: number; end: number; name: string | null }
interface PersonNote { person: string; personId: string; start: number; end: number }

// Titles that name one office-holder when no name follows (the President, the Head of State, the region's akim).
const TITLE_RE = /(?<![\p{L}])(?:(?<president>President|Head\s+of\s+State|Kazakh\s+leader)|(?<pm>Prime\s+Minister|Head\s+of\s+Government|Premier)|(?<akim>(?:regional\s+|city\s+|region['’]s\s+)?(?:akim|governor|mayor))|(?<gov>Government|Cabinet)|(?<minister>(?<!(?:Vice|Deputy|First)\s+)Minister))(?![\p{L}])/giu;
const PRONOUN = /(?<![\p{L}])(?:He|She|he|she)(?![\p{L}])/gu;
const EARLIER = /(?<![\p{L}])(?:earlier|previously|last\s+year|at\s+that\s+time|back\s+in|in\s+(?:his|her)\s+(?:address|state-of-the-nation|message)|had\s+instructed)(?![\p{L}])|^\s*Then(?![\p{L}])/iu;
const QUOTE = /["“«„]([^"”»“\n]{8,}?)["”»“]/gu;

function collectHits(doc: Doc, ctx: StageContext): Hit[] {
  const hits: Hit[] = [];
  for (const rule of getRules(ctx.rulesDir, 'en', 'directives')) {
    for (const m of matchAll(rule.compiled, doc.view.text)) {
      const g = m.groups.v ?? m.groups.vp ?? m.groups.v2 ?? m;
      const passiveNoun = !!m.groups.vp; // "tasks were set", "instructions were given"
      hits.push({
        start: g.start, end: g.end, rule: rule.id, priority: rule.priority ?? 0,
        voice: passiveNoun ? 'passive' : ((rule.fields?.voice as Voice) ?? 'active'),
        reference: rule.fields?.reference === true || /^had\s/iu.test(g.text),
      });
    }
  }
  hits.sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

// A body as the subject: "The Senators instructed …" → Senate; "The commission obliged …" → commission.
const BODIES: Array<[RegExp, string]> = [
  [/^(?:senators?|senate)$/iu, 'Senate'], [/^(?:mazhilis(?:\s+deputies)?|deputies|mps)$/iu, 'Mazhilis'],
  [/^(?:government|cabinet(?:\s+of\s+ministers)?)$/iu, 'Government'], [/^parliament$/iu, 'Parliament'],
];
const LEAD = /^[\s,–—-]*(?:(?:Also|Besides|In addition|Moreover|Meanwhile|Thus|Therefore|However|Earlier|Then|Summing up(?: the \p{L}+)?|At the (?:meeting|session|end)(?: of the \p{L}+)?)\s*,?\s*)*/u;

/** The subject before a verb when it names a body (as written, without the article), else null. */
function bodyOf(clause: string): string | null {
  const subj = clause.replace(LEAD, '').replace(/^(?:the|The)\s+/u, '').replace(/[\s,]+$/u, '').replace(/\s+(?:has|had|have|also)$/u, '');
  if (!subj || subj.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(subj) || /[,;:"“”«»]/u.test(subj)) return null;
  for (const [re, name] of BODIES) if (re.test(subj)) return name;
  return /^(?:Ministry|Committee|Commission|Agency|Akimat|Council|Office|Court|Department)(?![\p{L}])/u.test(subj) ? subj : null;
}

export function collectEnDirectives(doc: Doc, ctx: StageContext): void {
  const text = doc.view.text;
  const hits = collectHits(doc, ctx);
  if (!hits.length) return;
  const persons = ((doc.notes.persons as PersonNote[] | undefined) ?? []).slice().sort((a, b) => a.start - b.start);
  const ix = nameIndex(ctx.corporaDir);

  /** The person holding an office at the article's date, spelled as the article spells them if it names them. */
  const holder = (role: Role, org?: string): string | null => {
    const named = doc.officials.filter((o) => o.role === role && (!org || o.region === org));
    if (named.length === 1) return named[0]!.person;
    const h = officeHolder(ctx.corporaDir, role, doc.asOf, 'en', org);
    if (!h) return null;
    return persons.find((p) => p.personId === h.personId)?.person ?? ix.english.get(h.personId) ?? h.person;
  };
  const titles: Agent[] = [];
  for (const m of allMatches(TITLE_RE, text)) {
    const start = m.index!, end = start + m[0].length;
    if (persons.some((p) => p.start >= end && p.start - end <= 2)) continue; // "President Kassym-Jomart Tokayev": the name speaks
    const g = m.groups!;
    let name: string | null = null;
    if (g.president) name = holder('president');
    else if (g.pm) name = holder('prime_minister');
    else if (g.akim) name = holder('akim', doc.mainRegion ?? undefined);
    else if (g.gov) name = 'Government';
    else if (g.minister) name = holder('minister');
    titles.push({ start, end, name });
  }
  const pronouns = allMatches(PRONOUN, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const lastPersonBefore = (i: number) => persons.filter((p) => p.end <= i).at(-1)?.person ?? null;
  const agentsIn = (from: number, to: number): Agent[] => [
    ...persons.filter((p) => p.start >= from && p.end <= to).map((p) => ({ start: p.start, end: p.end, name: p.person })),
    ...titles.filter((t) => t.start >= from && t.end <= to),
    ...pronouns.filter((p) => p.start >= from && p.end <= to).map((p) => ({ ...p, name: lastPersonBefore(p.start) })),
  ].sort((a, b) => a.start - b.start);

  const quotes = allMatches(QUOTE, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const speakerOf = (q: { start: number; end: number }): string | null => {
    const lineEnd = text.indexOf('\n', q.end);
    const after = agentsIn(q.end, Math.min(lineEnd < 0 ? text.length : lineEnd, q.end + 120));
    if (after[0]) return after[0].name;
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    return agentsIn(lineStart, q.start).at(-1)?.name ?? null;
  };
  const chair = /(?:chaired\s+by|under\s+the\s+chairmanship\s+of)\s+/iu.exec(text);
  const chairName = chair ? persons.find((p) => p.start >= chair.index + chair[0].length && p.start - chair.index - chair[0].length <= 40)?.person ?? null : null;

  let passageIssuer: string | null = null;
  for (const h of hits) {
    const si = sentenceAt(doc, h.start);
    const sent = doc.sentences[si] ?? { start: 0, end: text.length };
    let clauseStart = sent.start;
    const semi = text.slice(sent.start, h.start).lastIndexOf(';');
    if (semi >= 0) clauseStart = sent.start + semi + 1;
    const semiAfter = text.slice(h.end, sent.end).indexOf(';');
    // the clause ends at a ";" or where the next directive of the sentence begins (… and obliged …)
    const next = hits.find((x) => x.start >= h.end && x.start < sent.end);
    const nextCut = next ? h.end + (/\s*(?:,\s*)?(?:and|but|while)?\s*$/u.exec(text.slice(h.end, next.start))?.index ?? next.start - h.end) : sent.end;
    const clauseEnd = Math.min(semiAfter >= 0 ? h.end + semiAfter : sent.end, nextCut);
    const quote = quotes.find((q) => q.start <= h.start && h.end <= q.end) ?? null;
    let reference = h.reference;
    let issuer: string | null = null;
    let addressees: Array<[number, number]> = [];
    let content: [number, number] | null = null;

    if (h.voice === 'nominal') {
      const near = agentsIn(h.end, Math.min(sent.end, h.end + 60)).filter((a) => a.name)[0] ?? agentsIn(Math.max(sent.start, h.start - 60), h.start).filter((a) => a.name).at(-1);
      issuer = near?.name ?? null;
    } else if (h.voice === 'first') {
      issuer = (quote ? speakerOf(quote) : null) ?? lastPersonBefore(h.start);
    } else if (h.voice === 'active') {
      const from = quote ? Math.max(clauseStart, quote.start) : clauseStart;
      const subj = agentsIn(from, h.start).at(-1);
      issuer = subj?.name ?? bodyOf(text.slice(from, h.start)) ?? passageIssuer ?? (quote ? speakerOf(quote) : null) ?? lastPersonBefore(h.start);
      if (quote && subj && quote.start <= subj.start) reference = true; // a speaker telling of someone's instruction
    } else {
      issuer = passageIssuer ?? chairName;
      // "The regional akimat was tasked to …": the subject is the addressee
      const subj = text.slice(clauseStart, h.start).replace(/^[\s,–—-]+/u, '');
      const lead = /^(?:(?:Also|Besides|In addition|Moreover|Thus|As a result|Therefore|Meanwhile|Earlier)\s*,?\s*)?/u.exec(subj)![0].length;
      const s = h.start - subj.length + lead;
      if (h.start - s > 1 && h.start - s < 120) addressees = [[s, h.start]];
      // no issuer yet: the person the passage reports (the last one named before, not the addressee)
      issuer ??= persons.filter((p) => p.end <= s).at(-1)?.person ?? null;
    }
    if (EARLIER.test(text.slice(sent.start, h.start)) && h.voice !== 'first') reference = true;

    // after the verb: [addressee] to/with/that [content] [deadline]
    const rest = text.slice(h.end, clauseEnd);
    // the instructed action: "to <verb>" (not "to the …"), else "with <verb>ing", else "that …", else the first of them
    const comp = /(?<![\p{L}])to\s+(?!(?:the|a|an|this|these|those|all|its|their|his|her)(?![\p{L}]))\p{Ll}/u.exec(rest)
      ?? /(?<![\p{L}])with\s+\p{Ll}+ing(?![\p{L}])/u.exec(rest)
      ?? /(?<![\p{L}])(?:to|with|that)(?![\p{L}])/u.exec(rest);
    const taskOf = h.rule === 'en.directive.set-tasks' ? /^\s+(?:(?:for|to|before)\s+([^,.;]+?)\s+)?(?:of|to)\s+(?=\p{Ll})/u.exec(rest) : null;
    if (taskOf) {
      // "set the task (for X) of increasing …": the addressee after for, the action after of
      if (taskOf[1]) addressees.push([h.end + taskOf[0].indexOf(taskOf[1]), h.end + taskOf[0].indexOf(taskOf[1]) + taskOf[1].length]);
      let cEnd = clauseEnd;
      while (cEnd > h.end && /[\s.!?"”»]/u.test(text[cEnd - 1]!)) cEnd--;
      if (cEnd > h.end + taskOf[0].length) content = [h.end + taskOf[0].length, cEnd];
    } else if (h.voice !== 'nominal' && comp) {
      const addr = rest.slice(0, comp.index).replace(/^\s*(?:for|to)?\s*/u, '');
      const aStart = h.end + comp.index - addr.length;
      if (h.voice !== 'passive' && addr.trim() && addr.trim().split(/\s+/).length <= 14) addressees.push([aStart, h.end + comp.index]);
      let cEnd = clauseEnd;
      while (cEnd > h.end && /[\s.!?"”»]/u.test(text[cEnd - 1]!)) cEnd--;
      const cStart = h.end + comp.index + /^(?:to|with|that)/u.exec(comp[0])![0].length;
      if (cEnd > cStart) content = [cStart, cEnd];
    } else if (h.voice === 'active' && /^\s+for\s/u.test(rest)) {
      // "set tasks for the ministries": the addressee follows "for"
      const m = /^\s+for\s+([^,.;]+)/u.exec(rest)!;
      addressees.push([h.end + m[0].length - m[1]!.length, h.end + m[0].length]);
    }
    const deadlines = findEnDeadlines(ctx, text.slice(h.end, clauseEnd), doc.refDate);
    const deadline = deadlines.find((d) => d.deadline !== null) ?? deadlines[0] ?? null;

    const m = mentionAt(doc, h.start, h.end);
    const rec: DirectiveRecord = {
      issuer,
      verb: m.surface,
      addressees: addressees.map(([s, e]) => writtenAt(doc, s, e)).filter(Boolean),
      content: content ? writtenAt(doc, content[0], content[1]) : null,
      deadline: deadline?.deadline ?? null,
      reference,
      ...m,
      rule: h.rule,
    };
    doc.directives.push(rec);
    if (!reference && issuer) passageIssuer = issuer;
  }
}

export const directivesEnStage: Stage = {
  name: 'directives',
  requires: ['view', 'sentences', 'officials', 'refDate', 'asOf'],
  provides: ['directives'],
  run(doc, ctx) {
    collectEnDirectives(doc, ctx);
  },
};
