// Where the built-in rules and corpora live: the package root, from src/ (tests) or dist/ (built).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILTIN_RULES = path.join(PACKAGE_ROOT, 'rules');
export const BUILTIN_CORPORA = path.join(PACKAGE_ROOT, 'corpora');
