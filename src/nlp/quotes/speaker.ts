import type { Gender } from '../../lang/types/quotes.js';
import type { CompiledQuoteLexicon } from './lexicon.js';
import type { Words } from './words.js';

export type PhraseKind = 'name' | 'pronoun' | 'possessive' | 'role' | 'unnamed';
export type Range = [number, number];

/** A phrase that can name a speaker, as token ranges: `kreu i Aleancës`, `një zyrtar i NATO-s`, `ai`, `Mark Rutte`. */
export interface SpeakerPhrase {
  from: number;
  to: number;
  kind: PhraseKind;
  gender: Gender | null;
  /** The name, for a name or for a role followed by its holder's name (`kryeministri shqiptar Rama`). */
  name: Range | null;
  org: Range | null;
  role: Range | null;
  /** The role's head word(s), lower case (`kreu`, `predsjednik`). */
  head?: string;
}

const isAcronym = (w: string) => /^\p{Lu}{2,}(?:[-‐'’]\p{Ll}{1,4})?$/u.test(w);

/**
 * The speaker phrase starting at token `i` (not reaching `end`), or null. Tries a pronoun, a
 * possessive, an unnamed source, a role, then a name.
 */
export function parseSpeaker(w: Words, lex: CompiledQuoteLexicon, i: number, end: number): SpeakerPhrase | null {
  if (i >= end) return null;
  const word = w.lower[i]!;
  if (lex.pronouns.has(word)) return { from: i, to: i + 1, kind: 'pronoun', gender: lex.pronouns.get(word) ?? null, name: null, org: null, role: null };
  if (lex.possessives.has(word)) return { from: i, to: i + 1, kind: 'possessive', gender: null, name: null, org: null, role: null };
  if (lex.roles.match(w.lower, i)) return role(w, lex, i, end) ?? unnamed(w, lex, i, end) ?? name(w, lex, i, end);
  return unnamed(w, lex, i, end) ?? role(w, lex, i, end) ?? name(w, lex, i, end);
}

/** `një zyrtar i NATO-s`, `zyrtarët e NATO-s`, `neimenovani zvaničnik NATO-a`, `a senior NATO official`. */
function unnamed(w: Words, lex: CompiledQuoteLexicon, i: number, end: number): SpeakerPhrase | null {
  let j = i;
  if (lex.determiners.has(w.lower[j]!)) j++;
  for (let k = j; k < Math.min(end, j + 4); k++) {
    const head = lex.unnamed.match(w.lower, k);
    if (head) {
      let org: Range | null = null;
      for (let q = j; q < k; q++) {
        if (!w.isWord(q)) return null;
        if (w.isCap(q) && q > i) org = org ? [org[0], q + 1] : [q, q + 1];
      }
      let to = k + head.length;
      const after = orgAfter(w, lex, to, end);
      if (after && !lex.orgLinks.has(w.lower[to]!) && personInRun(w, after.org)) return null;
      if (after) {
        org = after.org;
        to = after.to;
      }
      return { from: i, to, kind: 'unnamed', gender: head.gender, name: null, org, role: null };
    }
    if (!w.isWord(k) || lex.verbs.match(w.lower, k)) return null;
  }
  return null;
}

/** An organisation after a head: `i NATO-s`, `i lartë i NATO-s`, `NATO-a`, `of NATO`. */
function orgAfter(w: Words, lex: CompiledQuoteLexicon, q: number, end: number): { org: Range; to: number } | null {
  let p = q;
  for (let hops = 0; hops < 3 && p < end; hops++) {
    if (lex.orgLinks.has(w.lower[p]!)) {
      if (p + 1 < end && w.isCap(p + 1)) {
        const r = capRun(w, lex, p + 1, end);
        return { org: r, to: r[1] };
      }
      // a linked adjective (`i lartë`) before the organisation
      if (p + 2 < end && w.isWord(p + 1) && !w.isCap(p + 1) && !lex.verbs.match(w.lower, p + 1)) {
        p += 2;
        continue;
      }
      return null;
    }
    if (w.isCap(p) && !lex.verbs.match(w.lower, p)) {
      const r = capRun(w, lex, p, end);
      return { org: r, to: r[1] };
    }
    return null;
  }
  return null;
}

/**
 * `kreu i Aleancës Veri-Atlantike`, `Sekretari i Përgjithshëm i NATO-s, Mark Rutte`, `генсек НАТО
 * Єнс Столтенберг`, `Глава Офиса президента Андрей Ермак`, `kryeministri shqiptar Rama`: a role
 * head (after up to two adjectives), then links, capitalised runs and a few lower-case words. A
 * capitalised run after a link word is the organisation; the last run not after a link (or a
 * person the Entities stage marked) is the holder's name.
 */
function role(w: Words, lex: CompiledQuoteLexicon, i: number, end: number): SpeakerPhrase | null {
  let k = i;
  let head = lex.roles.match(w.lower, k);
  while (!head && k < Math.min(end - 1, i + 2) && w.isWord(k) && !lex.verbs.match(w.lower, k) && !lex.pronouns.has(w.lower[k]!)) {
    k++;
    head = lex.roles.match(w.lower, k);
  }
  if (!head) return null;
  const headText = w.lower.slice(k, k + head.length).join(' ');
  let q = k + head.length;
  let org: Range | null = null;
  let nm: Range | null = null;
  let phraseEnd = q;
  let lowers = 0;
  let linked = false;
  const stop = (p: number) => !!lex.verbs.match(w.lower, p) || !!lex.complementizers.match(w.lower, p) || !!lex.outletCues.match(w.lower, p) || lex.pronouns.has(w.lower[p]!);
  while (q < end && q - k < 12 && !nm) {
    const t = w.text(q);
    if (stop(q)) break;
    if (lex.orgLinks.has(w.lower[q]!)) {
      linked = true;
      q++;
      continue;
    }
    if (w.isCap(q)) {
      const r = capRun(w, lex, q, end);
      const split = personInRun(w, r);
      const apposition = w.text(r[1]) === ',' && w.isCap(r[1] + 1) && !stop(r[1] + 1);
      if ((linked || apposition) && !split) org = r; // `ambassador to Libya, Richard Norland,`
      else if (split) {
        if (split[0] > r[0]) org = [r[0], split[0]];
        nm = split;
      } else if (isAcronym(w.text(r[0])) || (!org && r[1] - r[0] === 1 && w.isWord(r[1]) && !w.isCap(r[1]) && !stop(r[1]))) org = r;
      else nm = r;
      q = r[1];
      phraseEnd = q;
      linked = false;
      lowers = 0;
      continue;
    }
    if (t === ',' && q + 1 < end && w.isCap(q + 1) && !stop(q + 1)) {
      // apposition: `Sekretari i Përgjithshëm i NATO-s, Mark Rutte, ka deklaruar`
      const r = capRun(w, lex, q + 1, end);
      const next = w.text(r[1]);
      if (r[1] - r[0] <= 4 && (next === ',' || r[1] >= end || stop(r[1]) || next === '.' || next === ':')) nm = r;
      break;
    }
    if (w.isWord(q) && !w.isCap(q) && lowers < 3) {
      lowers++; // `kryeministri shqiptar Rama`, `Ministar spoljnih poslova Marko Đurić`, `i Përgjithshëm`
      q++;
      continue;
    }
    break;
  }
  const to = nm ? nm[1] : phraseEnd;
  return { from: i, to, kind: nm ? 'name' : 'role', gender: head.gender, name: nm, org, role: [i, nm ? nm[0] : phraseEnd], head: headText };
}

/** The person's name at the end of a run of capitalised words, when the Entities stage marked one. */
function personInRun(w: Words, r: Range): Range | null {
  for (let p = r[0]; p < r[1]; p++) {
    const m = w.mentionAt.get(p);
    if (m && m.mention.type === 'PER') return [p, Math.min(m.to, r[1])];
  }
  // without mentions: an acronym or a genitive organisation first, then a two-word name
  if (r[1] - r[0] >= 3 || (r[1] - r[0] === 2 && isAcronym(w.text(r[0])))) return [r[1] - Math.min(2, r[1] - r[0] - 1), r[1]];
  return null;
}

/** A name: a run of capitalised words (or the Entities stage's mention there). */
function name(w: Words, lex: CompiledQuoteLexicon, i: number, end: number): SpeakerPhrase | null {
  if (!w.isCap(i) || lex.verbs.match(w.lower, i) || lex.accordingTo.match(w.lower, i) || lex.complementizers.match(w.lower, i) || lex.notNames.has(w.lower[i]!)) return null;
  const m = w.mentionAt.get(i);
  const r: Range = m ? [i, Math.min(m.to, end)] : capRun(w, lex, i, end);
  if (r[1] - r[0] > 4) return null;
  return { from: i, to: r[1], kind: 'name', gender: null, name: r, org: null, role: null };
}

/** Consecutive capitalised words from `i` (hyphenated parts included), at most five. */
export function capRun(w: Words, lex: CompiledQuoteLexicon, i: number, end: number): Range {
  let j = i;
  while (j < end && j - i < 5 && w.isCap(j) && !(j > i && (lex.verbs.match(w.lower, j) || lex.roles.match(w.lower, j) || lex.pronouns.has(w.lower[j]!)))) {
    if (j > i && w.tokens[j - 1]!.end !== w.tokens[j]!.start && /\n/.test(w.view.slice(w.tokens[j - 1]!.end, w.tokens[j]!.start))) break;
    j++;
  }
  return [i, Math.max(j, i + 1)];
}
