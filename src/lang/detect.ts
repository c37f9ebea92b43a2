// PLACEHOLDER (being replaced): Kazakh-letter share only.
import type { Lang, Script } from '../types.js';
import { KAZAKH_LETTERS } from '../text/boundaries.js';

export interface Detection { lang: Lang; script: Script; score: number }

export function detectLanguage(text: string): Detection {
  const cyr = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const lat = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  const kk = [...text].filter((c) => KAZAKH_LETTERS.includes(c)).length;
  if (cyr >= lat) return { lang: kk / Math.max(1, cyr) > 0.03 ? 'kk' : 'ru', script: 'Cyrl', score: 0.5 };
  return { lang: /[áǵńóúý]/.test(text) ? 'kk' : 'en', script: 'Latn', score: 0.5 };
}
