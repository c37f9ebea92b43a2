import type { Stage } from '../stage.js';
import { buildView } from './normalize.js';
import { splitSentences } from './sentences.js';

export const viewStage: Stage = {
  name: 'view',
  requires: ['text', 'lang', 'script'],
  provides: ['view'],
  run(doc) {
    doc.view = buildView(doc.text, doc.lang, doc.script);
  },
};

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: ['view', 'lang'],
  provides: ['sentences'],
  run(doc, ctx) {
    doc.sentences = splitSentences(doc.view.text, doc.lang, ctx.corporaDir);
  },
};
