// Latin-script Kazakh: names and case forms match (through the Cyrillic view or directly), and
// `via` is reported in the article's script.
import { describe, expect, it } from 'vitest';
import { regionsOf } from './helpers.js';

const D = '2025-03-01';

describe('Latin-script Kazakh', () => {
  it.each([
    ['BQO-da jıyn ótti, Oral qalasynda da.', [['KZ-27', 'BQO-da', 'BQO'], ['KZ-27', 'Oral qalasynda', 'Oral qalasy']]],
    ['Shymkenttegi zaýyt iske qosyldy.', [['KZ-79', 'Shymkenttegi', null]]],
    ['Taldyqorǵan qalasynda jańa mektep ashyldy.', [['KZ-33', 'Taldyqorǵan qalasynda', 'Taldyqorǵan qalasy']]],
    ['Túrkistan oblysynyń ákimi Astanaǵa keldi.', [['KZ-61', 'Túrkistan oblysynyń', null], ['KZ-71', 'Astanaǵa', null]]],
    ['Qazaqstanda oblys boıynsha jumys júrgizilýde.', []],
  ] as Array<[string, Array<[string, string, string | null]>]>)('%s', (text, expected) => {
    expect(regionsOf(text, D, 'kk')).toEqual(expected);
  });
});
