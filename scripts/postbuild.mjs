// Makes the compiled CLI executable, so `npx derek` works after `npm install`.
import fs from 'node:fs';
const bin = new URL('../dist/cli/main.js', import.meta.url);
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
