import type { StageContext } from './stage.js';
import { BUILTIN_CORPORA, BUILTIN_RULES } from './paths.js';

/** The default context: built-in rules (or DEREK_RULES), built-in corpora, today's date. */
export function defaultContext(overrides: Partial<StageContext> = {}): StageContext {
  return {
    rulesDir: process.env.DEREK_RULES || BUILTIN_RULES,
    corporaDir: BUILTIN_CORPORA,
    today: new Date().toISOString().slice(0, 10),
    ...overrides,
  };
}
