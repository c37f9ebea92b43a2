import type { Stage } from '../stage.js';
import { detectLanguage } from './detect.js';

export const detectStage: Stage = {
  name: 'detect',
  requires: ['text'],
  provides: ['lang', 'script', 'langScore'],
  run(doc) {
    const d = detectLanguage(doc.text);
    doc.lang = d.lang;
    doc.script = d.script;
    doc.langScore = d.score;
  },
};
