// Whether two paths name one file: through symlinks (realpath) and hard links (device and inode),
// so that `derek merge m.db link-to-m.db` is refused like `derek merge m.db m.db`.
import fs from 'node:fs';
import path from 'node:path';

export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  let sa: fs.Stats;
  let sb: fs.Stats;
  try {
    if (fs.realpathSync(a) === fs.realpathSync(b)) return true;
    sa = fs.statSync(a);
    sb = fs.statSync(b);
  } catch {
    return false; // one of them does not exist (yet): not the same file
  }
  return sa.dev === sb.dev && sa.ino === sb.ino;
}
