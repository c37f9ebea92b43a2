// PLACEHOLDER (being replaced by the regions extractor).
import type { Stage } from '../stage.js';

export const regionsStage: Stage = {
  name: 'regions',
  requires: ['view', 'sentences'],
  provides: ['regions'],
  run() {},
};
