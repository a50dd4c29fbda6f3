/**
 * Kronika's document model: plain serialisable types, no behaviour.
 * Offsets are UTF-16 code-unit offsets into `Article.text` (JavaScript string indexes), end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type Script = 'Latn' | 'Cyrl' | 'Grek' | 'Arab' | 'Hani' | 'Zyyy';

export type SourceKind = 'file' | 'stdin' | 'jsonl' | 'html' | 'feed' | 'url';

export interface Source {
  kind: SourceKind;
  /** Path as reached from the command-line argument, or URL; `path:line` style is NOT used: see `line`. */
  uri: string;
  /** File name without extension (or the JSONL id / feed item id). */
  name: string | null;
  /** The publishing outlet when known. */
  outlet: string | null;
  /** 1-based line of a JSON Lines record. */
  line?: number;
  url?: string | null;
}

export type DatePrecision = 'year' | 'month' | 'day';
export type DateSource = 'header' | 'metadata' | 'text' | 'inferred';

export interface ArticleDate {
  value: string;
  precision: DatePrecision;
  source: DateSource;
  evidence: string | null;
}

/** What an ingester hands to the pipeline: a body not yet normalised, plus what the source said about it. */
export interface RawArticle {
  source: Source;
  title: string | null;
  /** Body text as read (already decoded to a JS string). */
  body: string;
  /** Date given by the source (seed header, JSONL field, HTML meta), before validation against the text. */
  date: ArticleDate | null;
  /** Language declared by the source (JSONL `lang`, HTML `lang`), a hint only. */
  declaredLanguage?: string | null;
}

/** A repair of a mixed-script word: `from` was replaced by `to` at [start,end) of the normalised text. */
export interface Repair extends Span {
  from: string;
  to: string;
  reason: 'homoglyph';
}

export interface Paragraph extends Span {
  language: string;
  confidence: number;
  script: Script;
}

export interface Token extends Span {
  /** Sub-parts of a token joined by an inner hyphen or apostrophe (`NATO-s` → `NATO`, `s`). */
  parts?: Span[];
}

export type Sentence = Span;

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  base: string;
  entity: string | null;
  confidence: number;
}

export interface RoleSpell {
  role: string;
  org: string | null;
  from: string | null;
  to: string | null;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata: string | null;
}

export type TimeKind = 'date' | 'duration' | 'set';

export interface TimeValue extends Span {
  text: string;
  value: string;
  kind: TimeKind;
  /** The date the expression was resolved against, when it is relative. */
  anchor?: string | null;
}

export interface QuoteSpeaker {
  entity: string | null;
  name: string | null;
  named: boolean;
  org: string | null;
  via: 'name' | 'pronoun' | 'role' | 'context' | null;
}

export interface Quote extends Span {
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
  speaker: QuoteSpeaker;
  cue: (Span & { text: string }) | null;
  confidence: number;
}

export interface Quantity {
  value: number;
  unit: string;
  approximate: boolean;
}

export interface Event {
  type: string;
  cameo: string | null;
  participants: string[];
  place: string | null;
  time: string | null;
  quantity: Quantity | null;
  modality: 'reported' | 'planned' | 'denied';
  evidence: Span;
}

/** The analysis of one article: the contract of ../shared/OUTPUT.md plus internal layers. */
export interface Article {
  id: string;
  source: Source;
  title: string | null;
  text: string;
  language: string;
  languageConfidence: number;
  script: Script;
  date: ArticleDate | null;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  times: TimeValue[];
  quotes: Quote[];
  events: Event[];
  story: string | null;
  // Internal layers, not part of the OUTPUT.md contract but kept for stages and the store.
  /** `text` with mixed-script words repaired (same length, same offsets): what the stages read. */
  view: string;
  paragraphs: Paragraph[];
  tokens: Token[];
  repairs: Repair[];
}

/** A per-input failure: never thrown through a batch, always reported with where it happened. */
export interface InputError {
  /** File path, URL, or `path:line` of the failing record. */
  where: string;
  reason: string;
}
