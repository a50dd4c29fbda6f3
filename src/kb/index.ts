import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLanguagePacks } from '../lang/index.js';
import type { NameLexicon } from '../lang/types/names.js';
import { FuzzyIndex, type FuzzyState } from './fuzzy.js';
import { nameKey, nameWords } from './key.js';
import { NameMatcher, type Hit, type MatcherState, type RawMatch } from './matcher.js';
import { OfficeIndex } from './roles.js';
import { RolePhrases } from './role-phrases.js';
import { parseEntityLine } from './validate.js';
import type { Candidate, KbEntity, KbMatch, RoleResolution } from './types.js';

export type { Candidate, KbEntity, KbMatch, Office, RoleResolution } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const KB_DIR = resolve(here, '..', '..', 'data', 'kb');
/** Where built matcher indexes are cached between processes (keyed by a hash of data and rules). */
const CACHE_DIR = resolve(here, '..', '..', 'node_modules', '.cache', 'kronika');
/** Bump when the index layout or the variant generation code changes. */
const INDEX_VERSION = '3';

const VIA_SCORE: Record<Hit['via'], number> = { full: 1, short: 0.7 };

/**
 * The knowledge base: entities from `data/kb/*.jsonl`, one matcher over all their generated
 * name variants, a fuzzy index for misspellings, and offices over time. See src/kb/README.md.
 */
export class KnowledgeBase {
  private readonly byId = new Map<string, KbEntity>();
  private readonly matcher: NameMatcher;
  private readonly offices = new OfficeIndex();
  private fuzzyIndex: FuzzyIndex | null = null;
  private rolePhrases: RolePhrases | null = null;

  constructor(
    entities: KbEntity[],
    private readonly lexicons: Map<string, NameLexicon>,
    state?: MatcherState,
  ) {
    for (const e of entities) this.byId.set(e.id, e);
    for (const e of entities) this.offices.add(e);
    if (state) {
      this.matcher = NameMatcher.fromState(state);
      return;
    }
    this.matcher = new NameMatcher();
    const langs = [...lexicons.keys()];
    const rulesId = new Map<object, number>();
    for (const e of entities) {
      // Languages sharing inflection rules (sr, hr, bs, cnr) and a name are indexed once, for all of them.
      const groups = new Map<string, { lex: NameLexicon | undefined; langs: string[] }>();
      for (const [lang, names] of Object.entries(e.names)) {
        const lex = lexicons.get(lang);
        const rules: object = lex?.inflections ?? lexicons;
        if (!rulesId.has(rules)) rulesId.set(rules, rulesId.size);
        for (const n of names) {
          const k = `${rulesId.get(rules)}\u0000${n}`;
          const g = groups.get(k);
          if (g) g.langs.push(lang);
          else groups.set(k, { lex, langs: [lang] });
        }
      }
      for (const [k, { lex, langs }] of groups) {
        const n = k.slice(k.indexOf('\u0000') + 1);
        const hitLang = langs.join(',');
        this.matcher.add(n, e, langs[0]!, lex, 'full', hitLang);
        if (e.type === 'PER') for (const s of shortForms(n)) this.matcher.add(s, e, langs[0]!, lex, 'short', hitLang);
      }
      for (const a of e.aliases ?? []) for (const lang of langs) this.matcher.add(a, e, lang, lexicons.get(lang), 'full', '*');
      for (const w of e.commonWords ?? []) this.matcher.markCommonWord(w);
    }
  }

  /** The built matcher index, for caching. */
  matcherState(): MatcherState {
    return this.matcher.toState();
  }

  /** Where the fuzzy index is cached between processes (set by loadKnowledgeBase), or null. */
  fuzzyCache: string | null = null;

  /** The fuzzy index over full names, read from its cache or built on the first fuzzy look-up. */
  private get fuzzy(): FuzzyIndex {
    if (!this.fuzzyIndex) {
      const state = this.fuzzyCache ? readCache<FuzzyState>(this.fuzzyCache) : null;
      if (state) return (this.fuzzyIndex = FuzzyIndex.fromState(state));
      this.fuzzyIndex = new FuzzyIndex();
      for (const e of this.byId.values()) for (const names of Object.values(e.names)) for (const n of names) this.fuzzyIndex.add(e.id, tokenKeys(n));
      if (this.fuzzyCache) writeCache(this.fuzzyCache, this.fuzzyIndex.toState());
    }
    return this.fuzzyIndex;
  }

  private get roles(): RolePhrases {
    return (this.rolePhrases ??= new RolePhrases(this.lexicons, this));
  }

  get size(): number {
    return this.byId.size;
  }

  get stats(): { entities: number; forms: number; firstTokens: number } {
    return { entities: this.byId.size, ...this.matcher.size };
  }

  get(id: string): KbEntity | undefined {
    return this.byId.get(id);
  }

  *entities(): IterableIterator<KbEntity> {
    yield* this.byId.values();
  }

  /**
   * Candidate spans of a text: whole tokens as written, each with its candidate entities (best
   * first). Candidates named in `lang` rank first. `all` returns nested and overlapping matches too.
   */
  match(text: string, lang?: string, opts: { all?: boolean } = {}): KbMatch[] {
    return this.matcher.scan(text, opts).map((m) => this.toMatch(text, m, lang));
  }

  /** Candidates for one name as written (`Stoltenbergut`, `Millojko Spajiq`): exact variants first, else fuzzy. */
  lookupName(surface: string, lang?: string): Candidate[] {
    const trimmed = surface.trim();
    if (!trimmed) return [];
    const whole = this.matcher.scan(trimmed, { all: true, anyCase: true }).find((m) => m.start === 0 && m.end === trimmed.length);
    if (whole) return this.toMatch(trimmed, whole, lang).candidates;
    const keys = tokenKeys(trimmed);
    const tries = [keys];
    // An inflected last token: try each base it may stand for.
    const last = keys[keys.length - 1];
    if (last) for (const b of this.matcher.basesOf(last)) if (b !== last) tries.push([...keys.slice(0, -1), b]);
    const best = new Map<string, number>();
    for (const t of tries) for (const h of this.fuzzy.search(t)) if ((best.get(h.id) ?? 0) < h.score) best.set(h.id, h.score);
    return [...best.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, score]) => {
        const e = this.byId.get(id)!;
        return { id, type: e.type, name: e.name, via: 'fuzzy' as const, score };
      });
  }

  /** The person holding an office on a date: `holderOf({role: 'secretary-general', org: 'kb:nato'}, '2023-11-22')`. */
  holderOf(office: { role: string; org: string }, date: string): KbEntity | null {
    const org = this.byId.get(office.org);
    const role = office.role === 'head' ? (org?.head ?? 'president') : office.role;
    const id = this.offices.holderOn(role, office.org, date);
    return id ? (this.byId.get(id) ?? null) : null;
  }

  /** Everyone who held an office, in order. */
  holdersOf(office: { role: string; org: string }): { person: KbEntity; from: string | null; to: string | null }[] {
    return this.offices.termsOf(office.role, office.org).map((t) => ({ person: this.byId.get(t.person)!, from: t.from, to: t.to }));
  }

  /** `kreu i NATO-s`, `генсек НАТО`, `president i Kroacisë` on a date (today when null) → role, organisation and holder. */
  resolveRolePhrase(text: string, lang: string, date: string | null): RoleResolution | null {
    const r = this.roles.parse(text, lang);
    if (!r) return null;
    const org = this.byId.get(r.org);
    const role = r.role === 'head' ? (org?.head ?? 'president') : r.role;
    const on = date ?? new Date().toISOString().slice(0, 10);
    return { role, org: r.org, holder: this.holderOf({ role, org: r.org }, on) };
  }

  private toMatch(text: string, m: RawMatch, lang?: string): KbMatch {
    const best = new Map<string, Candidate>();
    for (const h of m.hits) {
      const e = this.byId.get(h.id);
      if (!e) continue;
      const score = VIA_SCORE[h.via] * (!lang || h.lang === '*' || namedIn(h, lang) ? 1 : 0.95);
      const prev = best.get(h.id);
      if (!prev || prev.score < score) best.set(h.id, { id: e.id, type: e.type, name: e.name, via: h.via, score });
    }
    const candidates = [...best.values()].sort((a, b) => b.score - a.score);
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), candidates };
  }
}

const hitLangs = new WeakMap<Hit, readonly string[]>();

/** Whether a hit's name was given in `lang` (its languages split once per hit). */
function namedIn(h: Hit, lang: string): boolean {
  let langs = hitLangs.get(h);
  if (!langs) hitLangs.set(h, (langs = h.lang.split(',')));
  return langs.includes(lang);
}

function tokenKeys(name: string): string[] {
  return nameWords(name).map(nameKey);
}

/** A person's short forms: the surname alone, and first + last name when there are middle names. */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  // Very short surnames alone (`Han`, `Li`) would name too many things.
  const out = last.length >= 4 ? [last] : [];
  if (words.length > 2) out.push(`${words[0]} ${words[words.length - 1]}`);
  return out;
}

/** Reads every `*.jsonl` file of a folder; a bad line throws an error naming file, line and field. */
export function readEntities(dir = KB_DIR, hash?: ReturnType<typeof createHash>): KbEntity[] {
  const out: KbEntity[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const path = join(dir, f);
    const text = readFileSync(path, 'utf8');
    hash?.update(text);
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      out.push(parseEntityLine(line, `${path}:${i + 1}`));
    }
  }
  return out;
}

let cached: Promise<KnowledgeBase> | null = null;

/** The knowledge base, loaded once per process. */
export function loadKnowledgeBase(): Promise<KnowledgeBase> {
  cached ??= (async () => {
    const packs = await loadLanguagePacks();
    const lexicons = new Map<string, NameLexicon>();
    for (const p of packs.values()) if (p.names) lexicons.set(p.code, p.names);
    const hash = createHash('sha1').update(INDEX_VERSION);
    const entities = readEntities(KB_DIR, hash);
    for (const [code, l] of lexicons) hash.update(JSON.stringify([code, l.inflections, l.acronymSuffixes, l.alternations]));
    const digest = hash.digest('hex').slice(0, 16);
    const cache = join(CACHE_DIR, `kb-index-${digest}.json`);
    const state = readCache<MatcherState>(cache);
    const kb = new KnowledgeBase(entities, lexicons, state ?? undefined);
    if (!state) writeCache(cache, kb.matcherState());
    kb.fuzzyCache = join(CACHE_DIR, `kb-fuzzy-${fuzzyDigest(digest)}.json`);
    return kb;
  })();
  return cached;
}

/**
 * The fuzzy index's cache key: the knowledge base's, and the code its keys come from (this module,
 * the fuzzy index, the keys, the tokeniser), so that a change to any of them rebuilds it.
 */
function fuzzyDigest(kbDigest: string): string {
  const ext = extname(fileURLToPath(import.meta.url));
  const hash = createHash('sha1').update(kbDigest);
  for (const f of [`index${ext}`, `fuzzy${ext}`, `key${ext}`, join('..', 'text', `segment${ext}`)]) {
    try {
      hash.update(readFileSync(join(here, f)));
    } catch {
      hash.update(f);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** A cached index, or null when absent or unreadable (then it is rebuilt). */
function readCache<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Best effort: a read-only checkout just builds the index each time. Older caches of the same kind (`kb-index-`, `kb-fuzzy-`) are removed. */
function writeCache(path: string, state: unknown): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const name = basename(path);
    const kind = name.slice(0, name.lastIndexOf('-') + 1);
    for (const f of readdirSync(dirname(path))) if (f.startsWith(kind) && f !== name) unlinkSync(join(dirname(path), f));
    writeFileSync(path, JSON.stringify(state));
  } catch {
    // no cache
  }
}
