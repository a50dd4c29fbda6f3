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
  /** Role heads seen with their holder's name (`Президент России Владимир Путин`), in text order. */
  private readonly holders: { head: string; name: Range; pos: number }[] = [];

  constructor(
    private readonly doc: Article,
    private readonly w: Words,
    private readonly lex: CompiledQuoteLexicon,
    private readonly kb: QuoteKb | null,
  ) {
    for (const e of doc.entities) this.entityNames.set(e.id, e.name);
    for (const [i, { mention: m }] of w.mentionAt) {
      // a mention that starts with a cue word (`Sipas Trumpit`, `Chancellor Olaf Scholz`) is not a spelling of a name
      if (m.type !== 'PER' || lex.accordingTo.match(w.lower, i) || lex.roles.match(w.lower, i) || lex.verbs.match(w.lower, i)) continue;
      const name = (m.entity && this.entityName(m.entity)) || m.base || m.text;
      this.persons.push({ name, entity: m.entity, last: lastWord(m.base || m.text), pos: m.start });
    }
    this.personsFromCapitals();
  }

  /** Note a role phrase with its holder's name, so that the bare role later (`Президент заявил`) points back to them. */
  noteHolder(ph: SpeakerPhrase): void {
    if (ph.head && ph.name) this.holders.push({ head: ph.head, name: ph.name, pos: this.w.tokens[ph.from]!.start });
  }

  private holderOf(head: string, pos: number): Range | null {
    for (let k = this.holders.length - 1; k >= 0; k--) {
      const h = this.holders[k]!;
      if (h.pos < pos && (h.head === head || sameStem(h.head, head))) return h.name;
    }
    return null;
  }

  /** Two-word capitalised runs are people too (`Mark Rutte`): the Entities stage may have missed them. */
  private personsFromCapitals(): void {
    const w = this.w;
    for (let i = 0; i < w.length; i++) {
      if (!w.isCap(i) || (i > 0 && w.isCap(i - 1) && !w.breakBefore(i))) continue;
      const r = capRun(w, this.lex, i, w.length);
      // leading cue words are not part of a name: `Sipas Haziri`, `Kreu Rutte`
      while (r[0] < r[1] && isCueWord(this.lex, w, r[0])) r[0]++;
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

  /** The gender a speaker was last seen with (from a verb or pronoun), by entity or name. */
  private genderOf(entity: string | null, name: string | null): Gender | null {
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const s = this.speakers[k]!.s;
      if (s.gender && ((entity && s.entity === entity) || (name && s.name === name))) return s.gender;
    }
    return null;
  }

  remember(s: Speaker, pos: number): void {
    if (s.named || s.org) this.speakers.push({ s, pos });
  }

  /** The most recent speaker before `pos` compatible with `gender`. */
  lastSpeaker(pos: number, gender: Gender | null = null, named = false): Speaker | null {
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const { s, pos: p } = this.speakers[k]!;
      if (p > pos || (named && !s.named)) continue;
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
        if (p) return { entity: p.entity, name: p.name, named: true, org: null, via: 'pronoun', gender: ph.gender, confidence: 0.6 };
        // nobody to point back to: the words are still somebody's, speaker unknown
        return { entity: null, name: null, named: false, org: null, via: 'pronoun', gender: ph.gender, confidence: 0.3 };
      }
      case 'unnamed': {
        // `the diplomat` after `an EU diplomat`: the organisation carries over from the last unnamed speaker
        const last = ph.org ? null : this.lastSpeaker(pos);
        const org = ph.org ? this.orgName(ph.org) : last && !last.named ? last.org : null;
        return { entity: null, name: null, named: false, org, via: 'name', gender: ph.gender, confidence: 0.85 };
      }
      case 'name': {
        const [a, b] = ph.name!;
        // a capitalised word before the name may be its first part (`Gordan` of `Gordan Grlić Radman`)
        const wider = a > 0 && w.isCap(a - 1) && !w.breakBefore(a) ? this.linked({ entity: null, name: w.slice(a - 1, b) }, lang, w.slice(a - 1, b)) : null;
        const s = wider?.entity ? { ...this.byName(ph.name!, pos), ...wider } : this.linked(this.byName(ph.name!, pos), lang, w.slice(a, b));
        const org = ph.org ? this.orgName(ph.org) : null;
        return { ...s, org: s.org ?? org, gender: ph.gender ?? this.genderOf(s.entity, s.name), via: 'name', confidence: 0.95 };
      }
      case 'role': {
        const org = ph.org ? this.orgName(ph.org) : null;
        const text = w.slice(ph.role![0], ph.role![1]);
        const res = this.kb?.resolveRolePhrase(text, lang, date) ?? null;
        if (res?.holder) {
          const id = typeof res.holder === 'string' ? res.holder : res.holder.id;
          const name = (typeof res.holder === 'string' ? null : res.holder.name) ?? this.entityName(id) ?? id;
          const resOrg = res.org ? (this.entityName(res.org) ?? res.org) : null;
          return { entity: id, name, named: true, org: resOrg ?? org, via: 'role', gender: ph.gender, confidence: 0.9 };
        }
        // no knowledge base answer: the holder named with this role earlier, else the last named speaker
        const held = ph.head ? this.holderOf(ph.head, pos) : null;
        if (held) return { ...this.linked(this.byName(held, pos), lang, w.slice(held[0], held[1])), org, via: 'role', gender: ph.gender, confidence: 0.75 };
        const s = this.lastSpeaker(pos, ph.gender, true);
        if (s) return { ...s, org: s.org ?? org, via: 'role', confidence: 0.6 };
        const p = this.lastPerson(pos);
        if (p) return { entity: p.entity, name: p.name, named: true, org, via: 'role', gender: ph.gender, confidence: 0.5 };
        return { entity: null, name: null, named: false, org, via: 'role', gender: ph.gender, confidence: 0.4 };
      }
    }
  }

  /**
   * A name's speaker: its mention's entity, or the article's fuller spelling of it (`Rutte` after
   * `Mark Rutte`, `Stoltenbergut` after `Jens Stoltenberg`) when the name is one word.
   */
  private byName(r: Range, pos: number): Omit<Speaker, 'via' | 'confidence' | 'gender'> {
    const w = this.w;
    const at = w.mentionAt.get(r[0]);
    const m = at && at.to === r[1] ? at : undefined;
    const entity = m?.mention.entity ?? null;
    const written = w.slice(r[0], r[1]);
    const surface = m ? m.mention.base || m.mention.text : written;
    // a knowledge-base entity's canonical name; else a full name as written (a subject is in its base form)
    const known = entity && this.kb?.get(entity) ? this.entityName(entity) : null;
    const name = known || (/\s/.test(written) ? written : (entity && this.entityName(entity)) || surface);
    if (/\s/.test(name.trim())) return { entity, name, named: true, org: null };
    const last = lastWord(surface);
    let best: Person | null = null;
    for (const p of this.persons) {
      if (!/\s/.test(p.name.trim())) continue;
      if (sameStem(p.last, last) && (!best || Math.abs(p.pos - pos) < Math.abs(best.pos - pos))) best = p;
    }
    if (!best) return { entity, name, named: true, org: null };
    const bestName = (best.entity && this.entityName(best.entity)) || best.name;
    return { entity: best.entity ?? entity, name: bestName, named: true, org: null };
  }

  /** A speaker without a knowledge-base entity, linked by the knowledge base's name look-up when it is sure. */
  private linked<T extends { entity: string | null; name: string | null }>(s: T, lang: string, surface: string): T {
    if (!this.kb?.lookupName || !s.name || (s.entity && this.kb.get(s.entity))) return s;
    for (const n of new Set([s.name, surface])) {
      const people = this.kb.lookupName(n, lang).filter((c) => c.type === 'PER');
      const best = people[0];
      // a sure match, or the only person the knowledge base knows by this surname
      if (best && (best.score >= 0.8 || (best.score >= 0.6 && people.length === 1))) return { ...s, entity: best.id, name: best.name };
    }
    return s;
  }

  /** An organisation's name: its entity's canonical name, or its head word (`NATO-s` → `NATO`). */
  orgName(r: Range): string {
    const w = this.w;
    const m = w.anyMentionAt.get(r[0]);
    if (m && m.mention.entity) return this.entityName(m.mention.entity) ?? m.mention.base;
    if (m) return m.mention.base || m.mention.text;
    if (r[1] - r[0] === 1) return w.base(r[0]);
    return w.slice(r[0], r[1]);
  }
}

/** A word the lexicon knows as a cue (source cue, verb, role, pronoun, determiner, link): never part of a name. */
function isCueWord(lex: CompiledQuoteLexicon, w: Words, i: number): boolean {
  const x = w.lower[i]!;
  return !!(lex.accordingTo.match(w.lower, i) || lex.verbs.match(w.lower, i) || lex.roles.match(w.lower, i) || lex.unnamed.match(w.lower, i)) ||
    lex.pronouns.has(x) || lex.determiners.has(x) || lex.orgLinks.has(x) || lex.possessives.has(x);
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
