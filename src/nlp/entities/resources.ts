import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguagePack } from '../../lang/types.js';
import { BaseFormer } from './base-form.js';
import { CueFinder } from './cues.js';
import type { EntityKb } from './kb-port.js';
import { PerceptronTagger } from './perceptron.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_MODEL = join(ROOT, 'models', 'ner-multi.json.gz');

/** What the entities stage loads once per process. */
export interface EntityResources {
  tagger: PerceptronTagger | null;
  formers: Map<string, BaseFormer>;
  cues: Map<string, CueFinder>;
  kb: EntityKb | null;
}

/** Loads the NER model (when present) and compiles every pack's base-form rules and cues. */
export function loadEntityResources(packs: Map<string, LanguagePack>, kb: EntityKb | null, modelPath = DEFAULT_MODEL): EntityResources {
  const tagger = existsSync(modelPath) ? PerceptronTagger.load(modelPath) : null;
  const formers = new Map<string, BaseFormer>();
  const cues = new Map<string, CueFinder>();
  for (const p of packs.values()) {
    if (p.baseForms) formers.set(p.code, new BaseFormer(p.baseForms));
    if (p.entityCues) cues.set(p.code, new CueFinder(p.entityCues));
  }
  return { tagger, formers, cues, kb };
}

/** The language whose knowledge applies: the code itself, else a pack of its group (`sh`). */
export function packCode(packs: Map<string, LanguagePack>, lang: string): string {
  if (packs.has(lang)) return lang;
  for (const p of packs.values()) if (p.group === lang) return p.code;
  return lang;
}
