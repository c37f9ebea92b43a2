import type { Stage } from '../stage.js';
import { detectLanguage } from './detect.js';

export const detectStage: Stage = {
  name: 'detect',
  requires: ['text'],
  provides: ['lang', 'script', 'langScore'],
  run(doc) {
    // The archive's language (if any) is a hint: it breaks near-ties, never overrides clear evidence.
    const d = detectLanguage(doc.text, doc.article.langHint);
    doc.lang = d.lang;
    doc.script = d.script;
    doc.langScore = d.score;
  },
};
