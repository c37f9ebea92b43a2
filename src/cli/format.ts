// Human-readable rendering of an ArticleRecord for `derek extract --pretty`.
import type { ArticleRecord } from '../types.js';

const q = (s: string) => `«${s.replace(/\s+/g, ' ')}»`;

export function formatPretty(r: ArticleRecord): string {
  const lines = [
    `# ${r.source}`,
    `  ${r.lang}/${r.script} (${r.langScore.toFixed(2)})  date ${r.date ?? '—'}  id ${r.id.slice(0, 12)}`,
  ];
  if (r.title) lines.push(`  title ${q(r.title)}`);
  for (const o of r.officials) {
    lines.push(`  official  ${o.person}${o.patronymic ? ` (${o.patronymic})` : ''} — ${o.position ?? '?'} [${o.role ?? '?'}]` +
      `${o.org ? ` org ${q(o.org)}` : ''}${o.region ? ` ${o.region}` : ''}  ×${o.mentions.length}  ${o.rule}`);
  }
  for (const g of r.regions) lines.push(`  region    ${g.code} ${g.name}${g.via ? ` via ${q(g.via)}` : ''}  ${q(g.surface)} @${g.start}  ${g.rule}`);
  for (const f of r.figures) {
    const range = f.min !== undefined ? ` [${f.min}..${f.max}]` : '';
    lines.push(`  figure    ${f.kind} ${f.value}${range}${f.unit ? ` ${f.unit}` : ''} ${f.qualifier}${f.change ? ` ${f.change}` : ''}` +
      `${f.object ? ` of ${q(f.object)}` : ''}  ${q(f.surface)} @${f.start}  ${f.rule}`);
  }
  for (const d of r.directives) {
    lines.push(`  directive ${d.issuer ?? '?'} ${q(d.verb)}${d.reference ? ' (reference)' : ''}${d.deadline ? ` by ${d.deadline}` : ''}` +
      `${d.addressees.length ? ` to ${d.addressees.map(q).join(', ')}` : ''}  @${d.start}  ${d.rule}`);
    if (d.content) lines.push(`            → ${q(d.content)}`);
  }
  if (r.officials.length + r.regions.length + r.figures.length + r.directives.length === 0) lines.push('  (no records)');
  return lines.join('\n');
}
