import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the `../shared` folder beside it (seeds, gold, corpora); `KRONIKA_SHARED` overrides it. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHARED_DEFAULT = process.env.KRONIKA_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
