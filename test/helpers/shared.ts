import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the `../shared` folder beside it (seeds, gold, corpora). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.KRONIKA_SHARED ?? resolve(ROOT, '..', 'shared');

/**
 * The path of something under ../shared, or a skip reason when it is absent: tests pass the
 * reason to `{ skip }` so a run without ../shared says why instead of failing.
 */
export function sharedPath(rel: string): { path: string; skip: string | false } {
  const path = join(SHARED, rel);
  if (existsSync(path)) return { path, skip: false };
  const reason = `../shared/${rel} is absent (set KRONIKA_SHARED to its folder)`;
  console.log(`# skip: ${reason}`);
  return { path, skip: reason };
}

export interface GoldDocument {
  language: string;
  accept_languages?: string[];
  script: string;
  title?: string;
  date?: { value: string; source: string; accept?: string[] };
  [k: string]: unknown;
}

export function loadGold(path: string): { documents: Record<string, GoldDocument>; stories?: unknown } {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const fixture = (...p: string[]) => join(ROOT, 'test', 'fixtures', ...p);
export { dirname };
