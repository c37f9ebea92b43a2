// One candidate → one contract record: the same for every language's figures stage.
import { mentionAt, writtenAt, type Doc } from '../../doc.js';
import type { FigureRecord } from '../../types.js';
import type { Candidate } from './candidates.js';

/** The record of a selected candidate; `unit` overrides the candidate's (English currency and unit words). */
export function figureRecord(doc: Doc, c: Candidate, unit: string | null = c.unit): FigureRecord {
  return {
    kind: c.kind,
    value: c.value,
    ...(c.min !== undefined ? { min: c.min, max: c.max } : {}),
    unit,
    object: c.object ? writtenAt(doc, c.object[0], c.object[1]) : null,
    qualifier: c.qualifier,
    ...(c.change ? { change: c.change } : {}),
    ...mentionAt(doc, c.start, c.end),
    rule: c.rule.id,
  };
}
