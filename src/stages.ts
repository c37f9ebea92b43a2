// The one ordered list of stages. Nothing else knows the order.
import type { Stage } from './stage.js';
import { perLanguage } from './stage.js';
import { detectStage } from './lang/stage.js';
import { viewStage, sentenceStage } from './text/stage.js';
import { periodStage } from './resolve/period.js';
import { regionsStage } from './extract/regions.js';
import { officialsStage } from './extract/officials.js';
import { figuresStage } from './extract/figures.js';
import { directivesStage } from './extract/directives.js';
import { resolveStage } from './resolve/stage.js';
import { regionsEnStage } from './extract/en/regions.js';
import { officialsEnStage } from './extract/en/officials.js';
import { figuresEnStage } from './extract/en/figures.js';
import { directivesEnStage } from './extract/en/directives.js';

export const STAGES: readonly Stage[] = [
  detectStage,    // lang, script, langScore
  viewStage,      // view: normalized / transliterated text with an offset map
  sentenceStage,  // sentences
  periodStage,    // refDate, asOf
  perLanguage(regionsStage, { en: regionsEnStage }),     // regions, mainRegion
  perLanguage(officialsStage, { en: officialsEnStage }), // officials (reads regions, mainRegion)
  perLanguage(figuresStage, { en: figuresEnStage }),     // figures
  perLanguage(directivesStage, { en: directivesEnStage }), // directives (reads officials)
  resolveStage,   // overlaps, dedup, ordering
];
