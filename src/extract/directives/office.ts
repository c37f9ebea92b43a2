// Who held an office on the article's date, for directives issued by a title (Мемлекет басшысы,
// Глава государства, премьер-министр). Asks the officials gazetteer (src/gazetteer/officials.ts,
// officeHolder); the import is guarded so this stage still runs (issuer null) where that module is
// missing or its corpus cannot be read.
import type { Lang, Role } from '../../types.js';

type OfficeHolder = (corporaDir: string, role: Role, asOf: string, lang: Lang, org?: string) => { person: string; personId: string } | null;
type LoadOfficials = (corporaDir: string) => { people: { id: string; names: { kkLatn?: string } }[] };

const GAZETTEER = '../../gazetteer/officials.js';
let lookup: OfficeHolder | null = null;
let officials: LoadOfficials | null = null;
// dist/ loads the .js; the test runner (vite) resolves a computed specifier only with its .ts name
for (const spec of [GAZETTEER, GAZETTEER.replace(/\.js$/, '.ts')]) {
  try {
    const mod = (await import(spec)) as { officeHolder?: OfficeHolder; loadOfficials?: LoadOfficials };
    if (typeof mod.officeHolder === 'function') {
      lookup = mod.officeHolder;
      if (typeof mod.loadOfficials === 'function') officials = mod.loadOfficials;
      break;
    }
  } catch {
    // fallback: titles stay unresolved (issuer null)
  }
}

export function officeHolderAt(corporaDir: string, role: Role, asOf: string, lang: Lang, org?: string): { person: string; personId: string } | null {
  if (!lookup) return null;
  try {
    return lookup(corporaDir, role, asOf, lang, org);
  } catch {
    return null;
  }
}

/** The gazetteer's Latin-script Kazakh spelling of a person (Qasym-Jomart Toqaev), when it lists one. */
export function latinNameOf(corporaDir: string, personId: string): string | null {
  if (!officials) return null;
  try {
    return officials(corporaDir).people.find((p) => p.id === personId)?.names.kkLatn ?? null;
  } catch {
    return null;
  }
}
