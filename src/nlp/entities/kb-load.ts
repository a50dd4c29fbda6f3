import { loadKnowledgeBase } from '../../kb/index.js';
import type { EntityKb } from './kb-port.js';

/** The knowledge base (src/kb, loaded once per process) as the entities stage sees it. */
export async function loadEntityKb(): Promise<EntityKb> {
  return loadKnowledgeBase();
}
