import type { Stage } from '../stage.js';

/** Sets the reference date (the article's) and the as-of date places and offices resolve at. */
export const periodStage: Stage = {
  name: 'period',
  requires: ['text'],
  provides: ['refDate', 'asOf'],
  run(doc, ctx) {
    doc.refDate = doc.article.date;
    doc.asOf = doc.article.date ?? ctx.today;
  },
};
