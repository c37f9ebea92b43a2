// The officials extractor (ANNOTATION.md §3): every named person with their position, role, body and
// region; one record per person per article with all mentions, linked across spellings and languages
// through the officials gazetteer. Names come from src/names; which position goes with which name from
// rules/<lang>/officials.yaml; titles and bodies from corpora/positions.yaml.
import type { Stage } from '../stage.js';
import { collectOfficials } from './officials/collect.js';

export const officialsStage: Stage = {
  name: 'officials',
  requires: ['view', 'sentences', 'asOf', 'regions'],
  provides: ['officials'],
  run(doc, ctx) {
    collectOfficials(doc, ctx);
  },
};
