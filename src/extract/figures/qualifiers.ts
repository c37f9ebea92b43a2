// Qualifiers (ANNOTATION.md §5): from the rule's named groups approx/over/under (before the number)
// and approx2/over2/under2 (after it), or from the Kazakh approximative ending -дай/-дей (мыңдай, теңгедей).
import type { GroupSpan } from '../../rules/compile.js';
import type { Qualifier } from '../../types.js';

const APPROX_ENDING = /(?:дай|дей|тай|тей)$/u;

export function qualifierOf(groups: Record<string, GroupSpan | undefined>, endings: string[]): Qualifier {
  return qualifierOfGroups(groups) ?? qualifierOfEndings(endings);
}

/** The qualifier a matched approx/over/under group gives (the first matched one), else null. */
export function qualifierOfGroups(groups: Record<string, GroupSpan | undefined>): Qualifier | null {
  for (const [name, g] of Object.entries(groups)) {
    if (!g) continue;
    const base = name.replace(/\d+$/, '');
    if (base === 'approx' || base === 'over' || base === 'under') return base;
  }
  return null;
}

/** 'approx' when a number, scale or currency ends in -дай/-дей, else 'exact'. */
export function qualifierOfEndings(endings: string[]): Qualifier {
  if (endings.some((e) => APPROX_ENDING.test(e.toLowerCase()))) return 'approx';
  return 'exact';
}
