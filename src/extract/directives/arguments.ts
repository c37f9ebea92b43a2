// The arguments of a directive around its verb, in view offsets: addressees (who must act), the
// instructed action (content, "as written") and the deadline. Kazakh is verb-final: the clause
// before the verb holds [subject] [addressee-dative (… бірлесіп)] [deadline] [action] VERB.
// Russian puts them after the verb: VERB [addressee] [deadline] [action: from the infinitive].
import type { Doc } from '../../doc.js';
import type { StageContext } from '../../stage.js';
import { findDeadlines, type DeadlineMatch } from '../../resolve/deadline.js';
import { loadLexicon } from './forms.js';
import { allMatches } from '../../text/matches.js';

export interface Span { start: number; end: number }
export interface Arguments {
  addressees: Span[];
  content: Span | null;
  deadline: DeadlineMatch | null;
}

const cache = new Map<string, { connectors: RegExp; heads: RegExp | null }>();
function words(ctx: StageContext, lang: string) {
  const key = `${ctx.corporaDir}\0${lang}`;
  let w = cache.get(key);
  if (!w) {
    const lex = loadLexicon(ctx.corporaDir);
    const conn = (lex.connectors?.[lang as 'kk'] ?? []).slice().sort((a, b) => b.length - a.length);
    const heads = lex.addressee_heads?.[lang as 'kk'] ?? [];
    w = {
      connectors: new RegExp(`^(?:[\\s,:;«"“”»—–-]*(?:${conn.join('|') || '(?!)'})(?![\\p{L}]))+[\\s,]*`, 'iu'),
      heads: heads.length ? new RegExp(`^(?:${heads.join('|')})`, 'iu') : null,
    };
    cache.set(key, w);
  }
  return w;
}

/** Trims white space, punctuation and quotes that do not pair up from a span's ends. */
export function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /[\s,.;:—–\-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,.;:—–\-»"“”']/u.test(text[end - 1]!)) {
    const ch = text[end - 1]!;
    if (/["“”]/u.test(ch) && (text.slice(start, end).match(/["“”]/gu)?.length ?? 0) % 2 === 0) break;
    end--;
  }
  while (start < end && /[«"“]/u.test(text[start]!) && (text.slice(start, end).match(/["“”«»]/gu)?.length ?? 0) % 2 === 1) start++;
  return end > start ? { start, end } : null;
}

function stripConnectors(text: string, s: Span, re: RegExp): Span {
  const m = re.exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m[0].length, end: s.end } : s;
}

const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}-]*/gu;
const KK_DATIVE = /(?:ға|ге|қа|ке|на|не)$/u;
// a postposition or a locative ends a phrase: the addressee starts after it (Жарлықты орындау шеңберінде | жауапты ведомстволарға)
const KK_PHRASE_END = /^(?:бойынша|үшін|сәйкес|байланысты|қатысты|туралы|арқылы|кейін|бұрын)$|(?:нда|нде)$|^\p{L}{4,}(?:да|де|та|те)$/u;
// an accusative object ends the addressee zone; -ты/-ті/-ды/-ді also make adjectives (жауапты, тиісті)
const KK_OBJECT = /(?:ны|ні|ды|ді|ты|ті|ын|ін)$/u;
const KK_ADJECTIVE = /^(?:жауапты|тиісті|мүдделі|құзыретті|уәкілетті|нақты|қажетті|барлық|арнайы|жергілікті|республикалық|облыстық|аудандық|қалалық)$/u;
const KK_JOINT = /^\s+(?:[^\s,.;]+\s+){0,5}?[^\s,.;]*(?:мен|бен|пен)\s+(?:бірлесіп|бірге)(?![\p{L}])/u;

/** Kazakh: the addressee (a dative head noun, with its modifiers and a "… бірлесіп" tail) at the clause start. */
function kkAddressee(doc: Doc, ctx: StageContext, zone: Span, personEnds: Set<number>): Span | null {
  const { heads } = words(ctx, 'kk');
  const text = doc.view.text;
  let best: number | null = null;
  let start = zone.start, bestStart = zone.start;
  let n = 0;
  let object = false; // an object seen: a later dative belongs to the action (…бағдарламаны министрлікке жолдауды)
  for (const m of allMatches(TOKEN, text.slice(zone.start, zone.end))) {
    const w = m[0].toLowerCase();
    const end = zone.start + m.index! + m[0].length;
    if (++n > 18) break;
    const isHead = (heads?.test(w) && KK_DATIVE.test(w)) || (personEnds.has(end) && KK_DATIVE.test(w));
    if (isHead) {
      if (object) break;
      best = end; bestStart = start;
    } else if (KK_PHRASE_END.test(w) && best === null) { start = end; object = false; }
    else if (KK_OBJECT.test(w) && w.length > 4 && !KK_ADJECTIVE.test(w)) {
      if (best !== null) break;
      object = true;
    }
  }
  if (best === null) return null;
  const joint = KK_JOINT.exec(text.slice(best, zone.end));
  return { start: bestStart, end: joint ? best + joint[0].length : best };
}

/** A dative addressee between the action noun (…у, …уы) and the verb. */
function kkTrailingAddressee(doc: Doc, ctx: StageContext, zone: Span, personEnds: Set<number>): Span | null {
  const { heads } = words(ctx, 'kk');
  const text = doc.view.text;
  const toks = allMatches(TOKEN, text.slice(zone.start, zone.end)).map((m) => ({ w: m[0].toLowerCase(), start: zone.start + m.index!, end: zone.start + m.index! + m[0].length }));
  const last = toks.at(-1);
  if (!last || !KK_DATIVE.test(last.w) || !((heads?.test(last.w)) || personEnds.has(last.end))) return null;
  // the action noun: the last …у/…уы before the addressee; one followed by a capital (a name: Денсаулық
  // сақтау министрлігіне) is preferred, since an …у inside a ministry's name is no action
  const action = (k: number) => /\p{L}{2,}[ую](?:ы|і)?$/u.test(toks[k]!.w);
  let i = -1;
  for (let k = toks.length - 2; k >= Math.max(0, toks.length - 8); k--) {
    if (!action(k)) continue;
    if (i < 0) i = k;
    if (/^\p{Lu}/u.test(text.slice(toks[k + 1]!.start, toks[k + 1]!.start + 1))) { i = k; break; }
  }
  if (i < 0 || toks.length - 1 - i > 6) return null;
  return { start: toks[i + 1]!.start, end: last.end };
}

const RU_INFINITIVE = /(?:ть|ться|чь|чься|вести|нести|йти|расти|спасти|учести|обрести)$/u;
const RU_NOT_ADDRESSEE = /^(?:по|о|об|в|во|на|за|с|со|к|из|от|для|при|и|что|чтобы)$/iu;

function dropDeadline(text: string, zone: Span, d: DeadlineMatch | null): Span {
  if (!d) return zone;
  const ds = zone.start + d.start, de = zone.start + d.end;
  if (/^[\s,]*$/u.test(text.slice(zone.start, ds))) return { start: de, end: zone.end };
  if (/^[\s,.]*$/u.test(text.slice(de, zone.end))) return { start: zone.start, end: ds };
  return zone;
}

/** Kazakh: `zone` runs from after the subject to the directive word. */
export function kkArguments(doc: Doc, ctx: StageContext, zone: Span, nominal: boolean, personEnds: Set<number>, passive = false): Arguments {
  const text = doc.view.text;
  let rest = stripConnectors(text, zone, words(ctx, 'kk').connectors);
  // a passive names its addressee right before the verb as often as at the clause start
  const addr = (passive ? null : kkAddressee(doc, ctx, rest, personEnds)) ?? (passive && kkTrailingAddressee(doc, ctx, rest, personEnds) ? null : kkAddressee(doc, ctx, rest, personEnds));
  const addressees = addr ? [trimSpan(text, addr)].filter((x): x is Span => !!x) : [];
  if (addr) rest = { start: addr.end, end: rest.end };
  else {
    // … бақылау Премьер-министрдің орынбасарына жүктелді: the addressee right before the verb, after the action
    const tail = kkTrailingAddressee(doc, ctx, rest, personEnds);
    if (tail) {
      addressees.push(tail);
      rest = { start: rest.start, end: tail.start };
    }
  }
  const deadline = findDeadlines(text.slice(rest.start, rest.end), 'kk', doc.refDate, ctx.corporaDir)[0] ?? null;
  let content = dropDeadline(text, rest, deadline);
  if (nominal) {
    // … арттыру бойынша нақты тапсырмалар берілді: the action is what comes before "бойынша" + adjectives
    const tail = /(?:\s+(?:бойынша|жөнінде|туралы))?(?:\s+(?:нақты|бірқатар|тиісті|қосымша|бірнеше|жаңа|маңызды|мынадай|келесі))*\s*$/iu.exec(text.slice(content.start, content.end));
    if (tail) content = { start: content.start, end: content.end - tail[0].length };
  }
  return { addressees, content: trimSpan(text, content), deadline: deadline ? { ...deadline, start: rest.start + deadline.start, end: rest.start + deadline.end } : null };
}

export function ruArguments(doc: Doc, ctx: StageContext, before: Span, after: Span, passive: boolean): Arguments {
  const text = doc.view.text;
  const { connectors } = words(ctx, 'ru');
  const addressees: Span[] = [];
  // the action: from the first infinitive after the verb
  let actionStart: number | null = null;
  for (const m of allMatches(TOKEN, text.slice(after.start, after.end))) {
    if (RU_INFINITIVE.test(m[0].toLowerCase()) && m[0].length > 3) { actionStart = after.start + m.index!; break; }
  }
  const between: Span = { start: after.start, end: actionStart ?? after.end };
  const found = findDeadlines(text.slice(after.start, after.end), 'ru', doc.refDate, ctx.corporaDir);
  const dl = found.find((d) => after.start + d.start < between.end) ?? found[0] ?? null;
  let deadline = dl ? { ...dl, start: after.start + dl.start, end: after.start + dl.end } : null;
  if (!deadline) {
    // До 1 марта Министерству поручено …: a deadline before the verb
    const pre = findDeadlines(text.slice(before.start, before.end), 'ru', doc.refDate, ctx.corporaDir).at(-1);
    if (pre) deadline = { ...pre, start: before.start + pre.start, end: before.start + pre.end };
  }
  // the addressee: what stands between the verb and the action (the deadline and fillers removed)
  let zone = between;
  if (deadline && deadline.start >= zone.start && deadline.end <= zone.end) {
    const left = trimSpan(text, { start: zone.start, end: deadline.start });
    const right = trimSpan(text, { start: deadline.end, end: zone.end });
    zone = left ?? right ?? { start: zone.end, end: zone.end };
  }
  const z = trimSpan(text, stripConnectors(text, zone, connectors));
  const first = z ? text.slice(z.start, z.end).split(/\s+/)[0]! : '';
  const tooLong = z ? text.slice(z.start, z.end).split(/\s+/).length > 12 : true;
  if (z && actionStart !== null && !tooLong && !RU_NOT_ADDRESSEE.test(first)) addressees.push(z);
  if (passive || !addressees.length) {
    // Министерству … поручено: a dative phrase before the verb
    let b = trimSpan(text, stripConnectors(text, before, connectors));
    if (b && deadline && deadline.start >= b.start && deadline.end <= b.end) b = trimSpan(text, dropDeadline(text, b, { ...deadline, start: deadline.start - b.start, end: deadline.end - b.start }));
    if (b && /^\p{L}+(?:у|ю|ам|ям|ому|ему)(?![\p{L}])/u.test(text.slice(b.start, b.end)) && text.slice(b.start, b.end).split(/\s+/).length <= 10) addressees.push(b);
  }
  let content: Span | null = null;
  if (actionStart !== null) content = trimSpan(text, { start: actionStart, end: after.end });
  else if (!addressees.length || addressees[0]!.end <= after.start) {
    const rest = trimSpan(text, dropDeadline(text, after, dl));
    content = rest;
  }
  if (content && deadline && deadline.start >= content.start && deadline.end <= content.end) {
    const cut = dropDeadline(text, content, { ...deadline, start: deadline.start - content.start, end: deadline.end - content.start });
    content = trimSpan(text, cut);
  }
  return { addressees, content, deadline };
}
