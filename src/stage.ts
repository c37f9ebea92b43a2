// A stage is one step of the pipeline: a plain object in the registry (src/stages.ts).
// No stage calls another; the registry's order is the only order.
import type { Doc } from './doc.js';

export interface StageContext {
  /** Root folder of the rule set and corpora (built-in or --rules DIR). */
  rulesDir: string;
  corporaDir: string;
  /** Today's date (YYYY-MM-DD) for undated articles with no period in the text; tests pin it. */
  today: string;
  /**
   * Per-article time cap in ms (0: none). Default DEREK_TIME_CAP, else 10000. An article that
   * takes longer is rejected with TimeCapError and the run goes on (src/pipeline.ts).
   */
  timeCapMs?: number;
}

export interface Stage {
  name: string;
  /** What the stage reads from the doc (documentation, checked by the registry order test). */
  requires: string[];
  provides: string[];
  run(doc: Doc, ctx: StageContext): void;
}

/**
 * One registry entry whose work depends on the article's language: `variants[doc.lang]` when there
 * is one, else `base`. Keeps the registry the only place that knows which code runs for what.
 */
export function perLanguage(base: Stage, variants: Partial<Record<import('./types.js').Lang, Stage>>): Stage {
  return {
    name: base.name,
    requires: base.requires,
    provides: base.provides,
    run(doc, ctx) {
      (variants[doc.lang] ?? base).run(doc, ctx);
    },
  };
}
