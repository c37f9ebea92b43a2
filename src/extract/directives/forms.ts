// Generates the inflected forms of the directive lexicon (corpora/directive-verbs.yaml) and turns
// them into rule pieces: v_<id>_<slot> (e.g. v_tapsyr_active = тапсырды|тапсырады), n_<id> (a noun
// with any ending), so rules/<lang>/directives.yaml never lists inflections by hand.
import { loadCorpus } from '../../gazetteer/corpus.js';
import { RuleFileError } from '../../rules/errors.js';
import type { Lang } from '../../types.js';

interface KkVerb { id: string; stem: string }
interface RuVerb { id: string; past?: string; gerund?: string; first?: string[]; passive?: string; present_passive?: string[] }
interface Noun { id: string; stem: string }
export interface TitleEntry { role: string; pattern: string }
export interface DirectiveLexicon {
  kk: { verbs: KkVerb[]; nouns: Noun[]; light: KkVerb[]; task_nouns?: string[] };
  ru: { verbs: RuVerb[]; nouns: Noun[] };
  titles: Partial<Record<Lang, TitleEntry[]>>;
  connectors: Partial<Record<Lang, string[]>>;
  addressee_heads: Partial<Record<Lang, string[]>>;
}

export function loadLexicon(corporaDir: string): DirectiveLexicon {
  const lex = loadCorpus<DirectiveLexicon>(corporaDir, 'directive-verbs');
  if (!lex?.kk?.verbs || !lex?.ru?.verbs) throw new RuleFileError(`${corporaDir}/directive-verbs.yaml`, 'needs kk.verbs and ru.verbs');
  return lex;
}

// ---- Kazakh morphology: just enough for verb paradigms (vowel harmony, voicing of suffix onsets).
const BACK = 'аоұыя';
const FRONT = 'әөүіеэ';
const VOWELS = 'аоұыяәөүіеэиую';
const VOICELESS = 'пткқсшфхцчщ';

function isBack(stem: string): boolean {
  for (let i = stem.length - 1; i >= 0; i--) {
    const c = stem[i]!.toLowerCase();
    if (BACK.includes(c)) return true;
    if (FRONT.includes(c)) return false;
  }
  return true;
}
const last = (s: string) => s[s.length - 1]!.toLowerCase();
const endsInVowel = (s: string) => VOWELS.includes(last(s)) && last(s) !== 'у' && last(s) !== 'й';

/**
 * Appends a suffix written with archiphonemes: A (а/е), Ы (ы/і), Д (д/т), Ғ (ғ/г/қ/к), Қ (қ/к).
 * A leading Ы is dropped after a vowel; Д and Ғ turn voiceless after a voiceless consonant.
 */
export function kkSuffix(stem: string, suffix: string): string {
  const back = isBack(stem);
  let out = stem;
  for (const ch of suffix) {
    const prev = last(out);
    const afterVowel = endsInVowel(out);
    const voiceless = VOICELESS.includes(prev);
    switch (ch) {
      case 'A': out += back ? 'а' : 'е'; break;
      case 'Ы': if (!(afterVowel && out === stem)) out += back ? 'ы' : 'і'; break;
      case 'Д': out += voiceless ? 'т' : 'д'; break;
      case 'Ғ': out += back ? (voiceless ? 'қ' : 'ғ') : (voiceless ? 'к' : 'г'); break;
      case 'Қ': out += back ? 'қ' : 'к'; break;
      default: out += back ? ch : frontOf(ch);
    }
  }
  return out;
}
const frontOf = (ch: string) => ({ а: 'е', ы: 'і', ұ: 'ү', о: 'ө', ғ: 'г', қ: 'к' } as Record<string, string>)[ch] ?? ch;

/** The passive stem: -л after a vowel, -ын/-ін after л, else -ыл/-іл (тапсырыл, жүктел, бөлін). */
export function kkPassive(stem: string): string {
  if (endsInVowel(stem)) return stem + 'л';
  return kkSuffix(stem, last(stem) === 'л' ? 'Ын' : 'Ыл');
}

/** The present stem: -й after a vowel (міндеттей), else -а/-е (тапсыра). */
function kkPresent(stem: string): string {
  if (endsInVowel(stem)) return stem + 'й';
  return kkSuffix(stem, 'A').replace(/йа$/, 'я'); // қой + а → қоя (қояды, қоямын)
}

export type KkSlot = 'active' | 'first' | 'passive' | 'perfect' | 'present';

/** All forms of a Kazakh verb, by slot. */
export function kkVerbForms(stem: string): Record<KkSlot, string[]> {
  const pres = kkPresent(stem);
  const pass = kkPassive(stem);
  const presPass = kkPresent(pass);
  const b = isBack(stem);
  const ending = (back: string, front: string) => (b ? back : front);
  return {
    // the present 3rd person (тапсырады, міндеттеледі) tells of a rule or a routine, not an order given
    // тапсырып: the converb (…әзірлеуді тапсырып, … атап өтті) gives the order as surely as тапсырды
    active: [kkSuffix(stem, 'ДЫ'), kkSuffix(stem, 'Ып')],
    first: [pres + ending('мын', 'мін'), pres + ending('мыз', 'міз'), kkSuffix(stem, 'ДЫм'), kkSuffix(stem, 'ДЫҚ')],
    passive: [kkSuffix(pass, 'ДЫ')],
    present: [pres + ending('ды', 'ді'), presPass + ending('ды', 'ді')],
    perfect: [kkSuffix(stem, 'ҒAн'), kkSuffix(pass, 'ҒAн')],
  };
}

// ---- Russian: endings on a listed stem.
export type RuSlot = 'active' | 'first' | 'passive';
export function ruVerbForms(v: RuVerb): Record<RuSlot, string[]> {
  return {
    // поручив: the gerund (…, — подчеркнул Глава государства, поручив Правительству …)
    active: v.past ? [v.past, v.past + 'а', v.past + 'и', ...(v.gerund ? [v.gerund] : [])] : [],
    first: v.first ?? [],
    passive: [...(v.passive ? [v.passive + 'о', v.passive + 'а', v.passive + 'ы'] : []), ...(v.present_passive ?? [])],
  };
}

const alt = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length).join('|');

/** Pieces for one language's rules: v_<id>_<slot>, v_<id>_any, n_<id>, light_<id>_<slot>. */
export function lexiconPieces(corporaDir: string, lang: Lang): Record<string, string> {
  const lex = loadLexicon(corporaDir);
  const pieces: Record<string, string> = {};
  if (lang === 'kk') {
    for (const v of [...lex.kk.verbs, ...lex.kk.light.map((l) => ({ ...l, id: `light_${l.id}` }))]) {
      const forms = kkVerbForms(v.stem);
      const name = v.id.startsWith('light_') ? v.id : `v_${v.id}`;
      for (const [slot, fs] of Object.entries(forms)) pieces[`${name}_${slot}`] = alt(fs);
      pieces[`${name}_any`] = alt(Object.values(forms).flat());
    }
    for (const n of lex.kk.nouns) pieces[`n_${n.id}`] = `${n.stem}[\\p{L}\\p{M}]*`;
    // task_noun: a duty noun with any ending; addressee_head: the stem of an addressee phrase's head
    pieces.task_noun = lex.kk.task_nouns?.length ? `(?:${alt(lex.kk.task_nouns)})[\\p{L}\\p{M}]*` : '(?!)';
    const heads = lex.addressee_heads?.kk ?? [];
    pieces.addressee_head = heads.length ? `(?:${alt(heads)})` : '(?!)';
  } else if (lang === 'ru') {
    for (const v of lex.ru.verbs) {
      const forms = ruVerbForms(v);
      for (const [slot, fs] of Object.entries(forms)) pieces[`v_${v.id}_${slot}`] = fs.length ? alt(fs) : '(?!)';
      pieces[`v_${v.id}_any`] = alt(Object.values(forms).flat());
    }
    for (const n of lex.ru.nouns) pieces[`n_${n.id}`] = `${n.stem}[\\p{L}\\p{M}]*`;
  }
  return pieces;
}
