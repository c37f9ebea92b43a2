// `derek stats`: what a database holds, by kind, language, month and region.
import { RECORD_KINDS } from '../types.js';
import type { DB } from './db.js';

export interface Stats {
  kinds: Record<string, number>;
  languages: { lang: string; articles: number }[];
  months: { month: string | null; articles: number; figures: number; directives: number }[];
  regions: { code: string; name: string; articles: number; mentions: number }[];
  runs: { runs: number; last: string | null; rulesVersions: number };
}

function months(db: DB): Stats['months'] {
  const perMonth = (sql: string) => new Map((db.prepare(sql).all() as { month: string | null; n: number }[]).map((r) => [r.month, r.n]));
  const articles = perMonth(`SELECT substr(date, 1, 7) AS month, count(*) AS n FROM articles GROUP BY month`);
  const figures = perMonth(`SELECT substr(a.date, 1, 7) AS month, count(*) AS n FROM figures f JOIN articles a ON a.id = f.article_id GROUP BY month`);
  const directives = perMonth(`SELECT substr(a.date, 1, 7) AS month, count(*) AS n FROM directives d JOIN articles a ON a.id = d.article_id GROUP BY month`);
  return [...articles].sort(([a], [b]) => (a ?? '') < (b ?? '') ? -1 : 1)
    .map(([month, n]) => ({ month, articles: n, figures: figures.get(month) ?? 0, directives: directives.get(month) ?? 0 }));
}

export function collectStats(db: DB): Stats {
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const kinds: Record<string, number> = { articles: one<{ n: number }>(`SELECT count(*) AS n FROM articles`).n };
  for (const k of RECORD_KINDS) kinds[k] = one<{ n: number }>(`SELECT count(*) AS n FROM ${k}`).n;
  kinds.rejects = one<{ n: number }>(`SELECT count(*) AS n FROM rejects`).n;
  return {
    kinds,
    languages: db.prepare(`SELECT lang, count(*) AS articles FROM articles GROUP BY lang ORDER BY articles DESC, lang`).all() as Stats['languages'],
    months: months(db),
    regions: db.prepare(`SELECT code, min(name) AS name, count(DISTINCT article_id) AS articles, count(*) AS mentions
      FROM regions GROUP BY code ORDER BY articles DESC, code`).all() as Stats['regions'],
    runs: (() => {
      const r = one<{ runs: number; last: string | null }>(`SELECT count(*) AS runs, max(started) AS last FROM runs`);
      const v = one<{ n: number }>(`SELECT count(DISTINCT rules_version) AS n FROM articles`);
      return { ...r, rulesVersions: v.n };
    })(),
  };
}
