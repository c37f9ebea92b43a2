// XRegExp, loaded on first use (~125 ms of CPU, with its Unicode data and core-js): a thread whose
// rules all come from the build's precompiled table (precompiled.ts) never needs it.
import { createRequire } from 'node:module';
import type XRegExpType from 'xregexp';

const require = createRequire(import.meta.url);
let lib: typeof XRegExpType | null = null;

export function xregexp(): typeof XRegExpType {
  return (lib ??= require('xregexp') as typeof XRegExpType);
}

/** The installed version, read without loading the library. */
export const XREGEXP_VERSION: string = (require('xregexp/package.json') as { version: string }).version;
