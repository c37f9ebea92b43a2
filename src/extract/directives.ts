// PLACEHOLDER (being replaced by the directives extractor).
import type { Stage } from '../stage.js';

export const directivesStage: Stage = {
  name: 'directives',
  requires: ['view', 'sentences'],
  provides: ['directives'],
  run() {},
};
