import type { Entity, EntityType, Mention } from '../../model/index.js';
import type { Candidate, KbEntity } from '../../kb/types.js';
import type { KbTokenSpan } from './gazetteer.js';
import type { EntityKb } from './kb-port.js';
import type { NameSpan } from './recognise.js';
import { foldKey, translitKey } from './translit-key.js';

/** A recognised name with its base form, ready to link. */
export interface BasedName extends NameSpan {
  text: string;
  /** The span as the stages read it (doc.view). */
  view: string;
  base: string;
  sentence: number;
}

/** How far (in mentions of the same sentence) a role-confirming organisation or country may be. */
const FUZZY_MIN_SCORE = 0.5;

/**
 * Links names to entities: a knowledge-base match covering the name, or a lookup of its surface
 * and base form; later short forms (`Rutte`, `Stoltenbergut`) attach to a person met earlier in
 * the article; a fuzzy match (`Zoran Milovanoviq`) is taken only when an office of the candidate
 * is confirmed by an organisation or country named in the same sentence (`president i Kroacisë`);
 * anything else becomes an article-local entity with an id stable for the same name.
 */
export class ArticleLinker {
  readonly entities = new Map<string, Entity>();
  private readonly kbEntity = new Map<string, KbEntity>();
  /** Token keys of the names of people met so far → entity id. */
  private readonly personTokens = new Map<string, string>();
  private readonly localByKey = new Map<string, string>();
  /** The knowledge-base match covering each token, by token index. */
  private readonly kbAt = new Map<number, KbTokenSpan>();

  constructor(
    private readonly kb: EntityKb | null,
    private readonly lang: string,
    kbSpans: readonly KbTokenSpan[],
  ) {
    for (const k of kbSpans) for (let t = k.t0; t < k.t1; t++) this.kbAt.set(t, k);
  }

  /** Links every name (in text order) and returns the mentions. */
  link(names: readonly BasedName[]): Mention[] {
    const mentions: Mention[] = [];
    const pendingFuzzy: { i: number; name: BasedName; cands: Candidate[] }[] = [];
    const linkedInSentence = new Map<number, Set<string>>();
    const resolved: (string | null)[] = [];
    names.forEach((n, i) => {
      const id = this.resolve(n);
      // a name nobody knows becomes an article-local entity now, so its later short forms find it
      resolved.push(id.id ?? (id.fuzzy ? null : this.local(n)));
      if (id.fuzzy) pendingFuzzy.push({ i, name: n, cands: id.fuzzy });
      if (id.id?.startsWith('kb:') || (id.id && this.kbEntity.has(id.id))) {
        const set = linkedInSentence.get(n.sentence) ?? new Set<string>();
        set.add(id.id);
        linkedInSentence.set(n.sentence, set);
      }
    });
    // fuzzy candidates confirmed by an office held in an organisation/country named nearby
    for (const p of pendingFuzzy) {
      const near = new Set<string>([...(linkedInSentence.get(p.name.sentence) ?? []), ...(linkedInSentence.get(p.name.sentence - 1) ?? []), ...(linkedInSentence.get(p.name.sentence + 1) ?? [])]);
      // the office confirms the person even where the recogniser mistook the type
      const hit = p.cands.find((c) => c.score >= FUZZY_MIN_SCORE && (c.type === p.name.type || c.type === 'PER') && (this.kb!.get(c.id)?.offices ?? []).some((o) => near.has(o.org)));
      if (hit) resolved[p.i] = this.useKb(hit.id, p.name);
    }
    names.forEach((n, i) => {
      const id = resolved[i] ?? this.local(n);
      const e = this.entities.get(id)!;
      addAlias(e, n.text);
      if (n.base !== n.text) addAlias(e, n.base);
      mentions.push({ start: n.start, end: n.end, text: n.text, type: e.type, base: n.base, entity: id, confidence: n.confidence });
    });
    return mentions;
  }

  private resolve(n: BasedName): { id: string | null; fuzzy?: Candidate[] } {
    // 1. a person's short form met earlier in the article
    if (n.type === 'PER' && n.t1 - n.t0 === 1) {
      const earlier = this.personTokens.get(translitKey(n.base)) ?? this.personTokens.get(translitKey(n.view));
      if (earlier) return { id: earlier };
    }
    if (!this.kb) return { id: null };
    // 2. a knowledge-base match over exactly these tokens (or containing them)
    const at = this.kbAt.get(n.t0);
    const m = at && at.t1 >= n.t1 ? at : undefined;
    const exact = m && m.t0 === n.t0 && m.t1 === n.t1;
    let cands: Candidate[] = exact ? m.match.candidates : [];
    // the matcher pass saw every name written in full: a look-up (and its costly fuzzy search) is
    // for people, whose misspellings matter, and for names the matcher saw part of
    let lookUp = n.type === 'PER' || !!m;
    for (let t = n.t0; t < n.t1 && !lookUp; t++) lookUp = this.kbAt.has(t);
    if (!cands.length && lookUp) cands = this.kb.lookupName(n.view, this.lang);
    if (!cands.some((c) => c.via !== 'fuzzy') && n.base !== n.view && lookUp) {
      const byBase = this.kb.lookupName(n.base, this.lang);
      if (byBase.some((c) => c.via !== 'fuzzy')) cands = byBase;
    }
    const sure = pickCandidate(cands.filter((c) => c.via !== 'fuzzy'), n.type, n.via === 'kb');
    if (sure) return { id: this.useKb(sure.id, n) };
    const fuzzy = cands.filter((c) => c.via === 'fuzzy');
    return { id: null, ...(fuzzy.length ? { fuzzy } : {}) };
  }

  private useKb(id: string, n: BasedName): string {
    if (!this.entities.has(id)) {
      const e = this.kb!.get(id)!;
      this.kbEntity.set(id, e);
      const aliases = [...(e.aliases ?? []), ...(e.names[this.lang] ?? []), ...(e.names.en ?? [])].filter((a) => a !== e.name);
      this.entities.set(id, { id, name: e.name, type: e.type, aliases: [...new Set(aliases)], wikidata: e.wikidata });
      if (e.type === 'PER') for (const nm of [e.name, ...(e.names[this.lang] ?? [])]) this.rememberPerson(nm, id);
    }
    if (this.entities.get(id)!.type === 'PER') this.rememberPerson(n.base, id);
    return id;
  }

  private local(n: BasedName): string {
    const key = `${n.type}:${translitKey(n.base)}`;
    const have = this.localByKey.get(key);
    if (have) return have;
    const id = localId(n.type, n.base);
    this.localByKey.set(key, id);
    this.entities.set(id, { id, name: latinName(n.base), type: n.type, aliases: [], wikidata: null });
    if (n.type === 'PER') this.rememberPerson(n.base, id);
    return id;
  }

  private rememberPerson(name: string, id: string): void {
    const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 2) return;
    for (const w of words.slice(1)) if (!this.personTokens.has(translitKey(w))) this.personTokens.set(translitKey(w), id);
  }
}

/** The best sure candidate: the recogniser's type first; a name found only by the KB takes the KB's type. */
function pickCandidate(cands: Candidate[], type: EntityType, fromKb: boolean): Candidate | null {
  if (!cands.length) return null;
  const same = cands.filter((c) => c.type === type);
  if (same.length) return same[0]!;
  // the model's type may be wrong where the KB is sure (a full name or alias): LOC/ORG swap mostly
  const full = cands.find((c) => c.via === 'full');
  if (full && (fromKb || type !== 'PER')) return full;
  return null;
}

function addAlias(e: Entity, alias: string): void {
  if (foldKey(alias) === foldKey(e.name)) return;
  if (!e.aliases.includes(alias)) e.aliases.push(alias);
}

function slug(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}

/** The prefix of the ids of entities found only in the texts. */
export const LOCAL_PREFIX = 'local:';

/** The id of an entity found only in the texts: its type and its name's Latin key (`local:per:dragan-petkovic`), stable for the same name. */
export function localId(type: EntityType, name: string): string {
  return `${LOCAL_PREFIX}${type.toLowerCase()}:${slug(translitKey(name))}`;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether a name is written in Cyrillic. */
export const isCyrillic = (name: string) => CYRILLIC.test(name);

/** A canonical Latin-script name for an entity found only in the text. */
export function latinName(base: string): string {
  if (!isCyrillic(base)) return base;
  return translitKey(base).replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
