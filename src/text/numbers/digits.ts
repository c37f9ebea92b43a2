// Numbers written with digits: space / NBSP / narrow-NBSP thousands groups, decimal comma or point.

const GROUP_SPACE = /[\s\u00A0\u202F\u2009]/g;

/** "1 023,2" → 1023.2, "22 804" → 22804, "4181,4" → 4181.4, "2,620.5" → 2620.5; null when not a number. */
export function parseDigits(raw: string): number | null {
  let s = raw.replace(GROUP_SPACE, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  s = s.replace(/[.,]$/, '');
  const hasComma = s.includes(','), hasPoint = s.includes('.');
  if (hasComma && hasPoint) {
    // the later separator is the decimal one
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (/^\d{1,3}([.,]\d{3}){2,}$/.test(s)) {
    s = s.replace(/[.,]/g, ''); // 1.500.000 / 1,500,000: only groups
  } else if (hasComma) {
    if ((s.match(/,/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  } else if ((s.match(/\./g) ?? []).length > 1) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Rounds away binary noise (57.1 * 1000 → 57100, not 57099.99999). */
export function tidy(n: number): number {
  // an integer of 12 digits at most has no noise: toPrecision(12) would give it back (-0 gives 0)
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n === 0 ? 0 : n;
  return Number.parseFloat(n.toPrecision(12));
}
