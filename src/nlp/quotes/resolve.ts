import type { Article, QuoteSpeaker } from '../../model/index.js';
import type { Gender } from '../../lang/types/quotes.js';
import type { QuoteKb } from './kb.js';
import type { CompiledQuoteLexicon } from './lexicon.js';
import { capRun, type Range, type SpeakerPhrase } from './speaker.js';
import type { Words } from './words.js';

/** A resolved speaker, with what the resolver keeps to resolve later pronouns. */
export interface Speaker extends QuoteSpeaker {
  gender: Gender | null;
  confidence: number;
}

interface Person {
  name: string;
  entity: string | null;
  last: string;
  pos: number;
}

/**
 * Turns speaker phrases into speakers: names through the Entities stage's mentions (or the
 * article's own fuller spelling of the name), pronouns to the most recent compatible speaker,
 * roles through the knowledge base on the article's date, unnamed sources with their organisation.
 * Remembers speakers in text order.
 */
export class SpeakerResolver {
  private readonly speakers: { s: Speaker; pos: number }[] = [];
  private readonly persons: Person[] = [];
  private readonly entityNames = new Map<string, string>();

  constructor(
    private readonly doc: Article,
    private readonly w: Words,
    private readonly lex: CompiledQuoteLexicon,
    private readonly kb: QuoteKb | null,
  ) {
    for (const e of doc.entities) this.entityNames.set(e.id, e.name);
    const per = doc.mentions.filter((m) => m.type === 'PER');
    if (per.length) {
      for (const m of per) {
        const name = m.entity ? this.entityName(m.entity) ?? m.base : m.base;
        this.persons.push({ name, entity: m.entity, last: lastWord(m.base || m.text), pos: m.start });
      }
    } else this.personsFromCapitals();
  }

  /** Without an Entities stage: two-word capitalised runs are the article's people (`Mark Rutte`). */
  private personsFromCapitals(): void {
    const w = this.w;
    for (let i = 0; i < w.length; i++) {
      if (!w.isCap(i) || (i > 0 && w.isCap(i - 1) && !w.breakBefore(i))) continue;
      const r = capRun(w, this.lex, i, w.length);
      const n = r[1] - r[0];
      if (n >= 2) {
        const from = n >= 3 ? r[1] - 2 : r[0];
        if (/^\p{Lu}{2,}/u.test(w.text(from)) || w.text(from).length < 2) continue;
        const name = w.slice(from, r[1]);
        this.persons.push({ name, entity: null, last: lastWord(name), pos: w.tokens[from]!.start });
      }
      i = r[1] - 1;
    }
  }

  private entityName(id: string): string | null {
    return this.entityNames.get(id) ?? this.kb?.get(id)?.name ?? null;
  }

  remember(s: Speaker, pos: number): void {
    if (s.named || s.org) this.speakers.push({ s, pos });
  }

  /** The most recent speaker before `pos` compatible with `gender`. */
  lastSpeaker(pos: number, gender: Gender | null = null): Speaker | null {
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const { s, pos: p } = this.speakers[k]!;
      if (p > pos) continue;
      if (gender && s.gender && s.gender !== gender) continue;
      if (gender === 'pl' && s.named) continue;
      return s;
    }
    return null;
  }

  /** The most recent person mentioned before `pos`. */
  lastPerson(pos: number): Person | null {
    let best: Person | null = null;
    for (const p of this.persons) if (p.pos < pos && (!best || p.pos > best.pos)) best = p;
    return best;
  }

  resolve(ph: SpeakerPhrase, pos: number, lang: string, date: string | null): Speaker | null {
    const w = this.w;
    switch (ph.kind) {
      case 'pronoun':
      case 'possessive': {
        const s = this.lastSpeaker(pos, ph.gender);
        if (s) return { ...s, gender: ph.gender ?? s.gender, via: 'pronoun', confidence: 0.85 };
        const p = this.lastPerson(pos);
        return p ? { entity: p.entity, name: p.name, named: true, org: null, via: 'pronoun', gender: ph.gender, confidence: 0.6 } : null;
      }
      case 'unnamed':
        return { entity: null, name: null, named: false, org: ph.org ? this.orgName(ph.org) : null, via: 'name', gender: ph.gender, confidence: 0.85 };
      case 'name': {
        const s = this.byName(ph.name!, pos);
        const org = ph.org ? this.orgName(ph.org) : null;
        return { ...s, org: s.org ?? org, gender: ph.gender, via: 'name', confidence: 0.95 };
      }
      case 'role': {
        const org = ph.org ? this.orgName(ph.org) : null;
        const text = w.slice(ph.role![0], ph.role![1]);
        const res = this.kb?.resolveRolePhrase(text, lang, date) ?? null;
        if (res?.holder) {
          const name = this.entityName(res.holder) ?? res.holder;
          return { entity: res.holder, name, named: true, org: res.org ?? org, via: 'role', gender: ph.gender, confidence: 0.9 };
        }
        // no knowledge base answer: the office's holder is the last named speaker (or person) of the article
        const s = this.lastSpeaker(pos, ph.gender);
        if (s && s.named) return { ...s, org: s.org ?? org, via: 'role', confidence: 0.6 };
        const p = this.lastPerson(pos);
        if (p) return { entity: p.entity, name: p.name, named: true, org, via: 'role', gender: ph.gender, confidence: 0.5 };
        return { entity: null, name: null, named: false, org, via: 'role', gender: ph.gender, confidence: 0.4 };
      }
    }
  }

  /** A name's speaker: its mention's entity, or the article's fuller spelling of it. */
  private byName(r: Range, pos: number): Omit<Speaker, 'via' | 'confidence' | 'gender'> {
    const w = this.w;
    const m = w.mentionAt.get(r[0]);
    if (m && m.mention.entity) {
      const name = this.entityName(m.mention.entity) ?? m.mention.base;
      return { entity: m.mention.entity, name, named: true, org: m.mention.type === 'PER' ? null : null };
    }
    const surface = m ? m.mention.base || m.mention.text : w.slice(r[0], r[1]);
    const last = lastWord(surface);
    let best: Person | null = null;
    for (const p of this.persons) {
      if (p.name.split(/\s+/).length <= surface.split(/\s+/).length && p.name !== surface) continue;
      if (sameStem(p.last, last) && (!best || Math.abs(p.pos - pos) < Math.abs(best.pos - pos))) best = p;
    }
    if (best) return { entity: best.entity, name: best.name, named: true, org: null };
    return { entity: null, name: surface, named: true, org: null };
  }

  /** An organisation's name: its entity's canonical name, or its head word (`NATO-s` → `NATO`). */
  orgName(r: Range): string {
    const w = this.w;
    const m = w.mentionAt.get(r[0]);
    if (m && m.mention.entity) return this.entityName(m.mention.entity) ?? m.mention.base;
    if (m) return m.mention.base || m.mention.text;
    if (r[1] - r[0] === 1) return w.base(r[0]);
    return w.slice(r[0], r[1]);
  }
}

const lastWord = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();

/** Two spellings of a surname, one possibly inflected (`Stoltenberg`, `Stoltenbergut`, `Столтенберга`). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 4) return false;
  const stem = s.length > 5 ? s.slice(0, s.length - 1) : s;
  return l.startsWith(stem) && l.length - s.length <= 4;
}
