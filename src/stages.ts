// The one ordered list of stages. Nothing else knows the order.
import type { Stage } from './stage.js';
import { detectStage } from './lang/stage.js';
import { viewStage, sentenceStage } from './text/stage.js';
import { periodStage } from './resolve/period.js';
import { regionsStage } from './extract/regions.js';
import { officialsStage } from './extract/officials.js';
import { figuresStage } from './extract/figures.js';
import { directivesStage } from './extract/directives.js';
import { resolveStage } from './resolve/stage.js';

export const STAGES: readonly Stage[] = [
  detectStage,    // lang, script, langScore
  viewStage,      // view: normalized / transliterated text with an offset map
  sentenceStage,  // sentences
  periodStage,    // refDate, asOf
  regionsStage,   // regions, mainRegion
  officialsStage, // officials (reads regions, mainRegion)
  figuresStage,   // figures
  directivesStage, // directives (reads officials)
  resolveStage,   // overlaps, dedup, ordering
];
