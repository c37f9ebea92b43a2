// The numeral lexicon of one language: every inflected form of every numeral word, generated
// from the stems in corpora/numerals/<lang>.yaml, mapped to its value and role.
import path from 'node:path';
import { readYaml } from '../../rules/yaml.js';
import { RuleFileError } from '../../rules/errors.js';
import { BUILTIN_CORPORA } from '../../paths.js';
import { foldKey, kkForms, ruSoftNumeral } from './inflect.js';

export type NumLang = 'kk' | 'ru' | 'en';
export type NumeralKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';

export interface NumeralForm {
  value: number;
  kind: NumeralKind;
  /** Length of the word's numeral stem; the rest is a case ending (Kazakh only; Russian: whole word). */
  stemLen: number;
  /** Case other than the nominative (Kazakh): such a word ends a numeral phrase. */
  inflected: boolean;
  /** Also an ordinary word (оны, үшін): a numeral only inside a longer numeral phrase. */
  ambiguous: boolean;
}

export interface NumeralLexicon {
  lang: NumLang;
  forms: Map<string, NumeralForm>;
  /** Scale words and abbreviations (мың, млн, тыс, тысячами…) in every form: value. */
  scales: Map<string, number>;
  abbr: Map<string, number>;
  decimalPoint?: string;
  /** Spoken decimal particles: "үш те бес" = 3.5. */
  decimalParticles?: string[];
  half?: string;
  /** "жарты миллиард" = 0.5e9. */
  halfPrefix?: string;
  /** Plural scale words that open no number ("Тысячи демонстрантов"), unless after one of vagueUnlessAfter. */
  vagueStarts: Set<string>;
  vagueUnlessAfter: Set<string>;
}

type Dict = Record<string, unknown>;
const cache = new Map<string, NumeralLexicon>();

function add(lex: NumeralLexicon, form: string, f: Omit<NumeralForm, 'ambiguous'>, ambiguous: Set<string>): void {
  const key = foldKey(form);
  if (lex.forms.has(key)) return; // first (base) reading wins
  lex.forms.set(key, { ...f, ambiguous: ambiguous.has(key) });
}

function buildKk(data: Dict, lex: NumeralLexicon, amb: Set<string>): void {
  const groups: [string, NumeralKind][] = [['units', 'unit'], ['tens', 'ten'], ['hundreds', 'hundred'], ['scales', 'scale']];
  for (const [key, kind] of groups) {
    for (const [stem, value] of Object.entries((data[key] ?? {}) as Record<string, number>)) {
      add(lex, stem, { value, kind, stemLen: stem.length, inflected: false }, amb);
      for (const form of kkForms(stem, { plural: false, possessive: true })) {
        add(lex, form, { value, kind, stemLen: commonPrefix(stem, form), inflected: form !== stem }, amb);
        if (kind === 'scale') lex.scales.set(foldKey(form), value);
      }
    }
  }
  for (const [stem, forms] of Object.entries((data.irregular ?? {}) as Record<string, string[]>)) {
    const base = lex.forms.get(foldKey(stem));
    if (base) for (const f of forms) add(lex, f, { ...base, stemLen: commonPrefix(stem, f), inflected: true }, amb);
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.max(1, i);
}

interface RuEntry { forms?: string[]; gen?: string; dat?: string; ins?: string; soft?: string; compoundOf?: number; nom?: string; unit?: number; softHundred?: number; aStem?: string; hardStem?: string }

function buildRu(data: Dict, lex: NumeralLexicon, amb: Set<string>): void {
  // case forms of each unit by value: nom, gen, dat, ins (for 200–900 and 50–80)
  const unitCases = new Map<number, { nom: string; gen: string; dat: string; ins: string }>();
  const put = (forms: string[], value: number, kind: NumeralKind) => {
    for (const f of forms) {
      add(lex, f, { value, kind, stemLen: f.length, inflected: false }, amb);
      if (kind === 'scale') lex.scales.set(foldKey(f), value);
    }
  };
  // collectives (двое, трое рабочих) count like units
  const groups: [string, NumeralKind][] = [['units', 'unit'], ['collectives', 'unit'], ['teens', 'teen'], ['tens', 'ten'], ['hundreds', 'hundred'], ['scales', 'scale']];
  for (const [key, kind] of groups) {
    for (const [v, e] of Object.entries((data[key] ?? {}) as Record<string, RuEntry>)) {
      const value = Number(v);
      let forms: string[] = [];
      if (e.forms) forms = [...e.forms];
      if (e.soft) {
        const [nom, gen, ins] = ruSoftNumeral(e.soft, e.ins);
        forms.push(nom!, e.gen ?? gen!, ins!);
        unitCases.set(value, { nom: nom!, gen: e.gen ?? gen!, dat: e.gen ?? gen!, ins: ins! });
      } else if (e.gen) {
        forms.push(e.gen, e.dat!, e.ins!);
        unitCases.set(value, { nom: e.forms![0]!, gen: e.gen, dat: e.dat!, ins: e.ins! });
      }
      if (e.compoundOf !== undefined) {
        const u = unitCases.get(e.compoundOf)!;
        forms.push(u.nom + 'десят', u.gen + 'десяти', u.ins + 'десятью');
      }
      if (e.nom && e.unit !== undefined) {
        const u = unitCases.get(e.unit)!;
        forms.push(e.nom, u.gen + 'сот', u.dat + 'стам', u.ins + 'стами', u.gen + 'стах');
      }
      if (e.softHundred !== undefined) {
        const u = unitCases.get(e.softHundred)!;
        forms.push(u.nom + 'сот', u.gen + 'сот', u.gen + 'стам', u.ins + 'стами', u.gen + 'стах');
      }
      if (e.aStem) forms.push(...['а', 'и', '', 'е', 'у', 'ей', 'ью', 'ам', 'ами', 'ах'].map((x) => e.aStem + x));
      if (e.hardStem) forms.push(...['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'].map((x) => e.hardStem + x));
      put(forms, value, kind);
    }
  }
}

function buildEn(data: Dict, lex: NumeralLexicon, amb: Set<string>): void {
  // collectives (двое, трое рабочих) count like units
  const groups: [string, NumeralKind][] = [['units', 'unit'], ['collectives', 'unit'], ['teens', 'teen'], ['tens', 'ten'], ['hundreds', 'hundred'], ['scales', 'scale']];
  for (const [key, kind] of groups) {
    for (const [w, value] of Object.entries((data[key] ?? {}) as Record<string, number>)) {
      add(lex, w, { value, kind, stemLen: w.length, inflected: false }, amb);
      if (kind === 'scale') { lex.scales.set(w, value); lex.scales.set(w + 's', value); }
    }
  }
}

/** The numeral lexicon of `lang` (cached per corpora folder). */
export function numeralLexicon(lang: NumLang, corporaDir = BUILTIN_CORPORA): NumeralLexicon {
  const key = `${corporaDir}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = path.join(corporaDir, 'numerals', `${lang}.yaml`);
  const data = readYaml(file);
  if (!data || typeof data !== 'object') throw new RuleFileError(file, 'expected a mapping of numeral groups');
  const d = data as Dict;
  const lex: NumeralLexicon = { lang, forms: new Map(), scales: new Map(), abbr: new Map(), decimalPoint: d.decimalPoint as string | undefined, decimalParticles: d.decimalParticles as string[] | undefined, half: d.half as string | undefined, halfPrefix: d.halfPrefix as string | undefined,
    vagueStarts: new Set(((d.vagueStarts ?? []) as string[]).map(foldKey)), vagueUnlessAfter: new Set(((d.vagueUnlessAfter ?? []) as string[]).map(foldKey)) };
  const amb = new Set(((d.ambiguous ?? []) as string[]).map(foldKey));
  if (lang === 'kk') buildKk(d, lex, amb);
  else if (lang === 'ru') buildRu(d, lex, amb);
  else buildEn(d, lex, amb);
  for (const [a, v] of Object.entries((d.scaleAbbr ?? {}) as Record<string, number>)) lex.abbr.set(foldKey(a), v);
  cache.set(key, lex);
  return lex;
}
