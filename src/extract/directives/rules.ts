// The directive rules of one language: rules/<lang>/directives.yaml compiled with the shared
// pieces plus the pieces generated from the directive lexicon (v_<id>_<slot>, n_<id>, light_…).
import path from 'node:path';
import { loadPieces, loadRuleFile, type Rule } from '../../rules/loader.js';
import type { StageContext } from '../../stage.js';
import type { Lang } from '../../types.js';
import { lexiconPieces } from './forms.js';

const cache = new Map<string, Rule[]>();

export function directiveRules(ctx: StageContext, lang: Lang): Rule[] {
  const key = `${ctx.rulesDir}\0${ctx.corporaDir}\0${lang}`;
  let rules = cache.get(key);
  if (!rules) {
    const pieces = { ...lexiconPieces(ctx.corporaDir, lang), ...loadPieces(ctx.rulesDir, lang) };
    rules = loadRuleFile(path.join(ctx.rulesDir, lang, 'directives.yaml'), pieces);
    cache.set(key, rules);
  }
  return rules;
}
