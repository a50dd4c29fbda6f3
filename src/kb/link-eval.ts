import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './index.js';

/**
 * Linking evaluation on BSNLP annotated files (`<topic>/annotated/<lang>/*.out`: a document id,
 * then `surface TAB base TAB type TAB cross-lingual id` per name). For every PER/LOC/ORG mention
 * the KB looks up its surface (exact variants, then fuzzy); scored are the share it resolves and,
 * over resolved mentions, whether the same cross-lingual id goes to the same KB entity:
 * pairwise merge precision (two mentions given one KB entity share a gold id) and recall.
 */
export interface LinkMention {
  lang: string;
  file: string;
  surface: string;
  type: string;
  gold: string;
  /** Ids are comparable within one scheme: the 2019 topics share string ids, a 2017 topic numbers its own. */
  scheme: string;
}

export interface LinkScore {
  mentions: number;
  resolved: number;
  exact: number;
  /** Pairs of resolved mentions with the same KB entity / of those, pairs with the same gold id. */
  pairsSameKb: number;
  pairsSameKbSameGold: number;
  /** Pairs of resolved mentions with the same gold id / of those, pairs with the same KB entity. */
  pairsSameGold: number;
  pairsSameGoldSameKb: number;
  byLang: Record<string, { mentions: number; resolved: number }>;
  byType: Record<string, { mentions: number; resolved: number }>;
  wrongMerges: string[];
  misses: string[];
}

const TYPES = new Set(['PER', 'LOC', 'ORG']);

/** Reads every annotated file under a BSNLP folder; malformed lines are reported with file and line, not thrown. */
export function readBsnlp(dir: string, langs?: Set<string>): { mentions: LinkMention[]; problems: string[] } {
  const mentions: LinkMention[] = [];
  const problems: string[] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const ann = join(dir, topic, 'annotated');
    if (!existsSync(ann)) continue;
    for (const lang of readdirSync(ann).sort()) {
      if (langs && !langs.has(lang)) continue;
      for (const f of readdirSync(join(ann, lang)).sort()) {
        const path = join(ann, lang, f);
        const lines = readFileSync(path, 'utf8').split(/\r?\n/);
        for (let i = 1; i < lines.length; i++) {
          const line = lines[i]!;
          if (!line.trim()) continue;
          const cols = line.split('\t');
          if (cols.length < 4) {
            problems.push(`${path}:${i + 1}: expected 4 tab-separated columns, got ${cols.length}`);
            continue;
          }
          const type = cols[2]!.trim();
          if (!TYPES.has(type)) continue;
          const id = cols[3]!.trim();
          // BSNLP 2017 topics number their entities per topic (`1`, `2`): scope those ids by topic.
          const gold = /^\d+$/.test(id) ? `${topic}#${id}` : id;
          mentions.push({ lang, file: `${topic}/${lang}/${f}`, surface: cols[0]!.trim().replace(/^"|"$/g, ''), type, gold, scheme: /^\d+$/.test(id) ? topic : 'named' });
        }
      }
    }
  }
  return { mentions, problems };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

export function scoreLinking(kb: KnowledgeBase, mentions: LinkMention[], opts: { fuzzy?: boolean; show?: number } = {}): LinkScore {
  const s: LinkScore = {
    mentions: 0, resolved: 0, exact: 0, pairsSameKb: 0, pairsSameKbSameGold: 0, pairsSameGold: 0, pairsSameGoldSameKb: 0,
    byLang: {}, byType: {}, wrongMerges: [], misses: [],
  };
  const byKb = new Map<string, Map<string, number>>();
  const byGold = new Map<string, Map<string, number>>();
  const cache = new Map<string, { id: string; exact: boolean } | null>();
  for (const m of mentions) {
    s.mentions++;
    const l = (s.byLang[m.lang] ??= { mentions: 0, resolved: 0 });
    const t = (s.byType[m.type] ??= { mentions: 0, resolved: 0 });
    l.mentions++;
    t.mentions++;
    const key = `${m.lang}\u0000${m.surface}`;
    let r = cache.get(key);
    if (r === undefined) {
      const cands = kb.lookupName(m.surface, m.lang).filter((c) => opts.fuzzy !== false || c.via !== 'fuzzy');
      // Prefer a candidate of the annotated type; the KB's LOC/ORG for a country's government are kept apart.
      const best = cands.find((c) => c.type === m.type) ?? cands[0];
      r = best ? { id: best.id, exact: best.via !== 'fuzzy' } : null;
      cache.set(key, r);
    }
    if (!r) {
      if (s.misses.length < (opts.show ?? 0)) s.misses.push(`${m.lang} ${m.type} ${m.surface} (${m.gold})`);
      continue;
    }
    s.resolved++;
    l.resolved++;
    t.resolved++;
    if (r.exact) s.exact++;
    const g = m.gold;
    const k = `${m.scheme}|${r.id}`;
    const a = byKb.get(k) ?? byKb.set(k, new Map()).get(k)!;
    a.set(g, (a.get(g) ?? 0) + 1);
    const b = byGold.get(g) ?? byGold.set(g, new Map()).get(g)!;
    b.set(r.id, (b.get(r.id) ?? 0) + 1);
  }
  for (const [id, golds] of byKb) {
    const n = [...golds.values()].reduce((x, y) => x + y, 0);
    s.pairsSameKb += pairs(n);
    for (const c of golds.values()) s.pairsSameKbSameGold += pairs(c);
    if (golds.size > 1 && s.wrongMerges.length < (opts.show ?? 0)) s.wrongMerges.push(`${id} ← ${[...golds.entries()].map(([g, c]) => `${g}×${c}`).join(', ')}`);
  }
  for (const ids of byGold.values()) {
    const n = [...ids.values()].reduce((x, y) => x + y, 0);
    s.pairsSameGold += pairs(n);
    for (const c of ids.values()) s.pairsSameGoldSameKb += pairs(c);
  }
  return s;
}
