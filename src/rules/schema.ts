// The shape of a rules file (rules/<lang>/<extractor>.yaml), validated at load time.
import { z } from 'zod';

const example = z.object({
  text: z.string(),
  /** Fields the record this rule produces must have (a subset); omitted for negative examples. */
  expect: z.record(z.string(), z.unknown()).optional(),
  /** A negative example: this rule must produce no record on `text`. */
  none: z.boolean().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z]{2}\.[a-z0-9_-]+(\.[a-z0-9_-]+)*$/, 'ids look like kk.money.scale-currency'),
  /** Free-spacing regex (XRegExp `x` flag): white space ignored, `#` starts a comment; {{piece}} inserts a shared piece. */
  pattern: z.string(),
  /** Extra regex flags (i is the default; `x` is always on). */
  flags: z.string().regex(/^[ims]*$/).optional(),
  /** Constant fields this rule gives its records (kind, unit, role, …); the extractor reads them. */
  fields: z.record(z.string(), z.unknown()).optional(),
  /** Higher wins when two rules' matches overlap. */
  priority: z.number().optional(),
  examples: z.array(example).optional(),
  note: z.string().optional(),
});

export const ruleFileSchema = z.object({
  pieces: z.record(z.string(), z.string()).optional(),
  rules: z.array(ruleSchema).default([]),
});

export const piecesFileSchema = z.object({ pieces: z.record(z.string(), z.string()) });

export type RuleSpec = z.infer<typeof ruleSchema>;
export type RuleExample = z.infer<typeof example>;
