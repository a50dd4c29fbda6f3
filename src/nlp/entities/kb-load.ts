import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityKb } from './kb-port.js';

const KB_INDEX = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'kb', 'index.ts');

/** The knowledge base (src/kb `loadKnowledgeBase()`), or null where it is not built yet. */
export async function loadEntityKb(): Promise<EntityKb | null> {
  if (!existsSync(KB_INDEX)) return null;
  const mod = (await import(pathToFileURL(KB_INDEX).href)) as { loadKnowledgeBase?: () => EntityKb | Promise<EntityKb> };
  return mod.loadKnowledgeBase ? await mod.loadKnowledgeBase() : null;
}
