/**
 * The LanguagePack interface: everything one language knows, as data, gathered by
 * `src/lang/<code>/index.ts`. Engines read packs; they never name a language.
 * Each layer (time, quotes, names) has its own type file under `src/lang/types/`,
 * owned by the stage that reads it.
 */
import type { DatingCues } from './types/dating.js';
import type { Script } from '../model/index.js';
import type { TimeLexicon } from './types/time.js';
import type { QuoteLexicon } from './types/quotes.js';
import type { NameLexicon } from './types/names.js';
import type { BaseFormRules } from './types/base-forms.js';
import type { EntityCues } from './types/entity-cues.js';
import type { EventLexicon } from './types/events.js';

/** A pattern with the examples it must match: one test walks every pack and checks every example. */
export interface Example {
  text: string;
}

/** A word or pattern that marks one language against its close relatives (sr/bs/hr/cnr, uk/ru, mk/bg). */
export interface LexicalMarker {
  /** A regular-expression source matched case-insensitively against whole words (`\b` is added). */
  pattern: string;
  weight: number;
  /** Sentences it must match. */
  examples: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code where one exists (`sq`, `sr`, `uk`), else 639-3 (`cnr`). */
  code: string;
  /** English name. */
  name: string;
  scripts: Script[];
  /** CLD2 language names / codes that map to this pack (e.g. `SERBIAN`, `sr`). */
  detectorCodes: string[];
  /** The family group this language falls back to when it cannot be told apart (`sh` for sr/bs/hr/cnr). */
  group?: string;
  /** Abbreviations ending in a dot after which a sentence does not end, lower-case, with dots: `p.sh.`, `dr.`. */
  abbreviations: string[];
  /** Words that tell this language from its close relatives. */
  markers?: LexicalMarker[];
  /** Letters only this language (or few others) uses: a fallback when the detector has too little text. */
  distinctiveLetters?: string;
  /**
   * The lower-case letters of the language's alphabet in a script where its neighbours' alphabets
   * differ (Cyrillic: `ы` is Russian, `ї` Ukrainian, `ќ` Macedonian, `ћ` Serbian). A text with
   * letters outside it is not in this language, whatever the detector said.
   */
  alphabet?: string;
  /** Multiplies this language's marker score: below 1 for a language that should win only on its own evidence. */
  markerPrior?: number;
  time?: TimeLexicon;
  /** How years named in a text bear on when it was written (article dating). */
  dating?: DatingCues;
  quotes?: QuoteLexicon;
  names?: NameLexicon;
  /** How names reduce to their base form (issue 3's recogniser). */
  baseForms?: BaseFormRules;
  /** Context cues for names where no trained model exists (issue 3's recogniser). */
  entityCues?: EntityCues;
  /** Event triggers, places, modality and quantity words (the Events stage). */
  events?: EventLexicon;
}
