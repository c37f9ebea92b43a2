// PLACEHOLDER (being replaced): identity view.
import type { Lang, Script } from '../types.js';
import { TextView } from './view.js';

export function buildView(text: string, _lang: Lang, _script: Script): TextView {
  return TextView.identity(text);
}
