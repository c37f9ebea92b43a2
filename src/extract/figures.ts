// The figures extractor (ANNOTATION.md §5): money, percentages, headcounts and quantities.
// Rules (rules/<lang>/figures.yaml) match a view where spelled-out numbers are masked as digits;
// the numeral module gives values, the lexicons decide headcount vs quantity, units and currencies.
import type { Stage } from '../stage.js';
import type { FigureRecord } from '../types.js';
import { mentionAt, writtenAt } from '../doc.js';
import { getRules } from '../rules/loader.js';
import { maskSpelled } from '../text/numbers.js';
import { runRules } from './figures/candidates.js';
import { selectCandidates } from './figures/select.js';

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
      const rec: FigureRecord = {
        kind: c.kind,
        value: c.value,
        ...(c.min !== undefined ? { min: c.min, max: c.max } : {}),
        unit: c.unit,
        object: c.object ? writtenAt(doc, c.object[0], c.object[1]) : null,
        qualifier: c.qualifier,
        ...(c.change ? { change: c.change } : {}),
        ...mentionAt(doc, c.start, c.end),
        rule: c.rule.id,
      };
      doc.figures.push(rec);
    }
  },
};
