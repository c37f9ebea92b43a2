// PLACEHOLDER (being replaced by the figures extractor).
import type { Stage } from '../stage.js';

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['view', 'sentences'],
  provides: ['figures'],
  run() {},
};
