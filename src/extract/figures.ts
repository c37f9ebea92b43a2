// The figures extractor (ANNOTATION.md §5): money, percentages, headcounts and quantities.
// Rules (rules/<lang>/figures.yaml) match a view where spelled-out numbers are masked as digits;
// the numeral module gives values, the lexicons decide headcount vs quantity, units and currencies.
import type { Stage } from '../stage.js';
import { getRules } from '../rules/loader.js';
import { maskSpelled } from '../text/numbers.js';
import { runRules } from './figures/candidates.js';
import { selectCandidates } from './figures/select.js';
import { figureRecord } from './figures/record.js';

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['view', 'sentences'],
  provides: ['figures'],
  run(doc, ctx) {
    const rules = getRules(ctx.rulesDir, doc.lang, 'figures');
    if (!rules.length) return;
    const view = doc.view.text;
    const { masked, spelled } = maskSpelled(view, doc.lang, ctx.corporaDir);
    const { candidates, excluded } = runRules(rules, view, masked, doc.lang, spelled, ctx.corporaDir);
    for (const c of selectCandidates(candidates, excluded)) {
      doc.figures.push(figureRecord(doc, c));
    }
  },
};
