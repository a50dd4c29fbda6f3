import { nameKey } from './key.js';
import type { KnowledgeBase } from './index.js';
import type { KbEntity } from './types.js';
import type { GoldDocument } from '../eval/gold.js';

/**
 * Scores the knowledge base against gold entities (the `entities` of a gold file such as
 * ../shared/gold/seeds.json): is each entity in the KB (by canonical name or an English alias,
 * case and diacritics ignored), and is each listed mention resolved to it by `match` or `lookupName`?
 */
export type GoldEntity = NonNullable<GoldDocument['entities']>[number];

export interface GoldScore {
  entities: number;
  entitiesInKb: number;
  mentions: number;
  mentionsFound: number;
  missing: string[];
}

export function findByName(kb: KnowledgeBase, name: string): KbEntity | undefined {
  const k = nameKey(name);
  for (const e of kb.entities()) if (nameKey(e.name) === k || (e.names.en ?? []).some((n) => nameKey(n) === k)) return e;
  return undefined;
}

/** Whether a mention as written resolves to the entity: a whole-mention match or a name look-up. */
export function resolves(kb: KnowledgeBase, mention: string, id: string, lang: string): boolean {
  const whole = kb.match(mention, lang, { all: true }).some((m) => m.start === 0 && m.end === mention.length && m.candidates.some((c) => c.id === id));
  return whole || kb.lookupName(mention, lang).some((c) => c.id === id);
}

export function scoreGoldEntities(kb: KnowledgeBase, docs: { language: string; entities?: GoldEntity[] }[]): GoldScore {
  const s: GoldScore = { entities: 0, entitiesInKb: 0, mentions: 0, mentionsFound: 0, missing: [] };
  for (const d of docs) {
    for (const g of d.entities ?? []) {
      s.entities++;
      const e = findByName(kb, g.name);
      if (e) s.entitiesInKb++;
      for (const m of g.mentions) {
        s.mentions++;
        if (e && resolves(kb, m, e.id, d.language)) s.mentionsFound++;
        else s.missing.push(`${d.language} ${g.name}: ${m}${e ? '' : ' (entity not in KB)'}`);
      }
    }
  }
  return s;
}
