// PLACEHOLDER (being replaced by the officials extractor).
import type { Stage } from '../stage.js';

export const officialsStage: Stage = {
  name: 'officials',
  requires: ['view', 'sentences'],
  provides: ['officials'],
  run() {},
};
