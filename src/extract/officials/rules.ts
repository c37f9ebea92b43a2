// The officials rules of one language (rules/<lang>/officials.yaml) compiled with the title piece
// generated from corpora/positions.yaml. English has no rules file: a built-in title-before-name rule.
import path from 'node:path';
import { loadPieces, loadRuleFile, type Rule } from '../../rules/loader.js';
import { compilePattern } from '../../rules/compile.js';
import type { Lang } from '../../types.js';
import type { Lexicon } from './lexicon.js';

const cache = new Map<string, Rule[]>();

export function officialRules(rulesDir: string, corporaDir: string, lang: Lang, lex: Lexicon): Rule[] {
  const key = `${rulesDir}\0${corporaDir}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pieces = { ...loadPieces(rulesDir, lang), title: lex.titleSource };
  let rules = loadRuleFile(path.join(rulesDir, lang, 'officials.yaml'), pieces);
  if (rules.length === 0 && lang === 'en') {
    const pattern = '^ (?<pos>{{title}} (?:{{sp}}+(?:of|for|the|and|[\\p{L}-]+)){0,8}) {{sp}}+ $';
    rules = [{ id: 'en.official.title-name', pattern, fields: { link: 'before' }, compiled: compilePattern(pattern, pieces, ''), file: '(built-in)' }];
  }
  cache.set(key, rules);
  return rules;
}
