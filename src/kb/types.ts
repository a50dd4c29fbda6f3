import type { EntityType } from '../model/index.js';

/** An office held over a time span: `{role: 'secretary-general', org: 'kb:nato', from: '2014-10-01', to: '2024-10-01'}`. */
export interface Office {
  role: string;
  /** The organisation or country (a KB id). */
  org: string;
  /** ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) the term began; null when unknown. */
  from: string | null;
  /** ISO date the term ended (exclusive); null while it lasts. */
  to: string | null;
}

/** One line of `data/kb/*.jsonl`. */
export interface KbEntity {
  /** Stable id: `kb:mark-rutte`, `kb:nato`, `kb:kosovo`. */
  id: string;
  /** Canonical English name. */
  name: string;
  type: Exclude<EntityType, 'MISC'>;
  /** What it is: `country`, `capital`, `city`, `municipality`, `region`, `organisation`, `government`, `party`, `media`, `person`, ... */
  kind: string;
  /** ISO 3166 alpha-2 code of the country it belongs to (its own code for a country). */
  country: string | null;
  wikidata: string | null;
  /** Names by language code (`sq`, `sr`, ..., `en`), the preferred first; any script the language writes. */
  names: Record<string, string[]>;
  /** Short forms and acronyms valid in every language (`NATO`, `KFOR`). */
  aliases?: string[];
  /** Names that are also common words (`Bor`, `Mali`): not matched alone at the start of a sentence. */
  commonWords?: string[];
  offices?: Office[];
  /** For an organisation or country: the role its generic head (`kreu`, `chief`) holds. */
  head?: string;
  /** The entity this one is part of (a municipality's country or region). */
  partOf?: string | null;
  /** For a capital: the country it is the capital of. */
  capitalOf?: string | null;
}

/** A candidate entity for a span of text. */
export interface Candidate {
  id: string;
  type: KbEntity['type'];
  name: string;
  /** `full`: a full name or alias; `short`: a person's surname alone; `fuzzy`: a misspelling within a small distance. */
  via: 'full' | 'short' | 'fuzzy';
  /** 0..1, higher is better. */
  score: number;
}

/** A span of text (whole tokens as written) that names one or more KB entities. */
export interface KbMatch {
  start: number;
  end: number;
  text: string;
  candidates: Candidate[];
}

export interface RoleResolution {
  role: string;
  /** KB id of the organisation or country. */
  org: string;
  holder: KbEntity | null;
}
