import { loadLanguagePacks, type LanguagePack } from './lang/index.js';
import { LanguageIdentifier } from './text/language.js';
import { loadEntityResources, type EntityResources } from './nlp/entities/resources.js';
import { loadEntityKb } from './nlp/entities/kb-load.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb/index.js';

/** What the pipeline loads once per process: language packs, detectors, (later) the knowledge base and models. */
export interface Context {
  packs: Map<string, LanguagePack>;
  languageId: LanguageIdentifier;
  /** Abbreviations of each language as a set, compiled once. */
  abbreviations: Map<string, ReadonlySet<string>>;
  /** The NER model, base-form rules and cues of the entities stage. */
  entities: EntityResources;
  /** The knowledge base (src/kb): entities, name-variant matcher, offices over time; loaded once. */
  kb: KnowledgeBase;
}

let cached: Promise<Context> | null = null;

export function loadContext(): Promise<Context> {
  cached ??= (async () => {
    const packs = await loadLanguagePacks();
    const abbreviations = new Map<string, ReadonlySet<string>>();
    for (const p of packs.values()) abbreviations.set(p.code, new Set(p.abbreviations.map((a) => a.toLowerCase())));
    const kb = await loadKnowledgeBase();
    const entities = loadEntityResources(packs, await loadEntityKb());
    return { packs, languageId: new LanguageIdentifier(packs), abbreviations, entities, kb };
  })();
  return cached;
}

/** The pack for a language code, falling back through its group (`sh` → Serbian/Croatian/Bosnian's shared knowledge). */
export function packFor(ctx: Context, code: string): LanguagePack | undefined {
  const p = ctx.packs.get(code);
  if (p) return p;
  for (const q of ctx.packs.values()) if (q.group === code) return q;
  return undefined;
}
