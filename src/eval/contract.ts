// Checks an ArticleRecord against the contract (ANNOTATION.md §7): every field present with the
// right type, and every span true to the text (text.slice(start, end) === surface).
import { z } from 'zod';

const mention = z.object({ surface: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), sentence: z.number().int().nonnegative() });
const rule = z.string().regex(/^[a-z]{2}\.[a-z0-9_.-]+$/, 'rule ids look like kk.money.scale-currency');
const nullableString = z.string().nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const articleRecordSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  source: z.string(),
  date: date.nullable(),
  title: nullableString,
  lang: z.enum(['kk', 'ru', 'en']),
  script: z.enum(['Cyrl', 'Latn']),
  langScore: z.number().min(0).max(1),
  text: z.string(),
  officials: z.array(z.object({
    person: z.string().min(1), patronymic: nullableString, position: nullableString,
    role: z.enum(['president', 'prime_minister', 'deputy_prime_minister', 'minister', 'first_vice_minister', 'vice_minister',
      'akim', 'deputy_akim', 'head', 'deputy_head', 'chair', 'deputy', 'other']).nullable(),
    org: nullableString, region: z.string().regex(/^KZ-\d{2}$/).nullable(),
    mentions: z.array(mention).min(1), rule,
  })),
  regions: z.array(mention.extend({ code: z.string().regex(/^KZ-\d{2}$/), name: z.string(), via: nullableString, rule })),
  figures: z.array(mention.extend({
    kind: z.enum(['money', 'percent', 'headcount', 'quantity']), value: z.number().finite(),
    min: z.number().optional(), max: z.number().optional(), unit: nullableString, object: nullableString,
    qualifier: z.enum(['exact', 'approx', 'over', 'under', 'range']), change: z.enum(['from', 'to']).optional(), rule,
  })),
  directives: z.array(mention.extend({
    issuer: nullableString, verb: z.string().min(1), addressees: z.array(z.string()), content: nullableString,
    deadline: date.nullable(), reference: z.boolean(), rule,
  })),
});

/** Problems with one record; an empty list means it keeps the contract. */
export function contractErrors(record: unknown): string[] {
  const parsed = articleRecordSchema.safeParse(record);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const r = parsed.data;
  const errors: string[] = [];
  const check = (where: string, m: { surface: string; start: number; end: number }) => {
    if (m.end < m.start || m.end > r.text.length) errors.push(`${where}: span [${m.start}, ${m.end}) outside the text`);
    else if (r.text.slice(m.start, m.end) !== m.surface) errors.push(`${where}: text.slice(${m.start}, ${m.end}) is «${r.text.slice(m.start, m.end)}», not «${m.surface}»`);
  };
  r.officials.forEach((o, i) => o.mentions.forEach((m, j) => check(`officials.${i}.mentions.${j}`, m)));
  r.regions.forEach((x, i) => check(`regions.${i}`, x));
  r.figures.forEach((x, i) => check(`figures.${i}`, x));
  r.directives.forEach((x, i) => check(`directives.${i}`, x));
  return errors;
}
