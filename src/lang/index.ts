import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Every folder under `src/lang/` with an `index.ts` is a language: adding a language means adding
 * a folder. Packs are loaded once per process.
 */
export async function loadLanguagePacks(): Promise<Map<string, LanguagePack>> {
  const packs = new Map<string, LanguagePack>();
  const dirs = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'types' && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  for (const dir of dirs) {
    const file = ['index.ts', 'index.js'].map((f) => join(here, dir, f)).find((f) => existsSync(f));
    if (!file) continue;
    const mod = (await import(pathToFileURL(file).href)) as { default: LanguagePack };
    const pack = mod.default;
    if (!pack || pack.code !== dir) throw new Error(`src/lang/${dir}: default export must be a LanguagePack with code '${dir}'`);
    packs.set(pack.code, pack);
  }
  return packs;
}
