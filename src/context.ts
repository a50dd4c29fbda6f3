import { loadLanguagePacks, type LanguagePack } from './lang/index.js';
import { LanguageIdentifier } from './text/language.js';

/** What the pipeline loads once per process: language packs, detectors, (later) the knowledge base and models. */
export interface Context {
  packs: Map<string, LanguagePack>;
  languageId: LanguageIdentifier;
  /** Abbreviations of each language as a set, compiled once. */
  abbreviations: Map<string, ReadonlySet<string>>;
}

let cached: Promise<Context> | null = null;

export function loadContext(): Promise<Context> {
  cached ??= (async () => {
    const packs = await loadLanguagePacks();
    const abbreviations = new Map<string, ReadonlySet<string>>();
    for (const p of packs.values()) abbreviations.set(p.code, new Set(p.abbreviations.map((a) => a.toLowerCase())));
    return { packs, languageId: new LanguageIdentifier(packs), abbreviations };
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
