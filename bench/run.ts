import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadContext } from '../src/context.js';
import { table, type BenchSection } from './lib.js';

/**
 * `npm run bench [-- --limit N] [--section NAME]`: every section under `bench/sections/` (a file
 * whose default export is a BenchSection), in file-name order, each printing its table or the
 * reason it was skipped. Later stages add their own section file; nothing here changes.
 */
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt('limit') ?? 0);
const only = opt('section');
const shared = process.env.KRONIKA_SHARED ?? resolve(here, '..', '..', 'shared');

const files = readdirSync(join(here, 'sections'))
  .filter((f) => /\.(ts|js)$/.test(f))
  .sort();
const t0 = performance.now();
const ctx = await loadContext();
console.log(`kronika bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} · context loaded in ${Math.round(performance.now() - t0)} ms`);
for (const f of files) {
  const section = ((await import(pathToFileURL(join(here, 'sections', f)).href)) as { default: BenchSection }).default;
  if (only && !section.name.includes(only)) continue;
  console.log(`\n## ${section.name}: ${section.description}`);
  const result = await section.run({ ctx, shared, limit });
  console.log('skip' in result ? `skipped: ${result.skip}` : table(result));
}
