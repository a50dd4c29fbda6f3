import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguagePack } from '../../lang/types.js';
import { BaseFormer } from './base-form.js';
import { CueFinder } from './cues.js';
import { memoiseKb, type EntityKb } from './kb-port.js';
import { PerceptronTagger } from './perceptron.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const MODELS_DIR = join(ROOT, 'models');

/** What the entities stage loads once per process. */
export interface EntityResources {
  /** The NER model of each language (`meta.langs` of each models/ner-*.json.gz); `*` is the fallback. */
  taggers: Map<string, PerceptronTagger>;
  /** Each language's group (`sr` → `sh`), for choosing a model. */
  groups: Map<string, string>;
  formers: Map<string, BaseFormer>;
  cues: Map<string, CueFinder>;
  kb: EntityKb | null;
}

/** Loads the NER models (when present) and compiles every pack's base-form rules and cues. */
export function loadEntityResources(packs: Map<string, LanguagePack>, kb: EntityKb | null, modelsDir = MODELS_DIR): EntityResources {
  const taggers = new Map<string, PerceptronTagger>();
  const files = existsSync(modelsDir) ? readdirSync(modelsDir).filter((f) => /^ner-.*\.json\.gz$/.test(f)).sort() : [];
  for (const f of files) {
    const t = PerceptronTagger.load(join(modelsDir, f));
    const langs = Array.isArray(t.meta.langs) ? (t.meta.langs as string[]) : ['*'];
    for (const l of langs) taggers.set(l, t);
  }
  const formers = new Map<string, BaseFormer>();
  const groups = new Map<string, string>();
  const cues = new Map<string, CueFinder>();
  for (const p of packs.values()) {
    if (p.group) groups.set(p.code, p.group);
    if (p.baseForms) formers.set(p.code, new BaseFormer(p.baseForms));
    if (p.entityCues) cues.set(p.code, new CueFinder(p.entityCues));
  }
  return { taggers, groups, formers, cues, kb: kb ? memoiseKb(kb) : null };
}

/** The NER model for a language: its own, else its group's, else the multilingual fallback. */
export function taggerFor(res: EntityResources, lang: string): PerceptronTagger | null {
  return res.taggers.get(lang) ?? res.taggers.get(res.groups.get(lang) ?? '') ?? res.taggers.get('*') ?? null;
}

/**
 * Whether a language has a model trained on its own gold data (or its group's), rather than the
 * multilingual fallback.
 */
export function hasOwnTagger(res: EntityResources, lang: string): boolean {
  return res.taggers.has(lang) || res.taggers.has(res.groups.get(lang) ?? '');
}

/** The language whose knowledge applies: the code itself, else a pack of its group (`sh`). */
export function packCode(packs: Map<string, LanguagePack>, lang: string): string {
  if (packs.has(lang)) return lang;
  for (const p of packs.values()) if (p.group === lang) return p.code;
  return lang;
}
