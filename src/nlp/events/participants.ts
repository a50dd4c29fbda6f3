import type { Mention, Span } from '../../model/index.js';
import type { EventType } from '../../lang/types/events.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { CompiledEventLexicon } from './lexicon.js';
import { wordsApart, type EventText, type Trigger } from './context.js';

/** Entity types that take part in events. */
export const ACTORS = new Set(['PER', 'ORG']);
/** Places that act as subjects: a country, a capital standing for its government. */
const STATES = new Set(['country', 'capital']);
/** Acts whose reporter is not their actor. */
const REPORTED_ACTS = new Set<EventType>(['deployment', 'commitment']);
/** Sentences back in which a person stays the subject when a sentence names none (`Ai u takua…`). */
const CARRY_SENTENCES = 2;
/** A participant further from the trigger than this many words is another clause's. */
const PARTICIPANT_WINDOW = 25;
/** Words between a country as subject and its verb (`has`, `did not`). */
const SUBJECT_GAP = 3;

/**
 * Who takes part in the event of a trigger: the quotation's speaker, the people and organisations
 * of the trigger's clause, a country as subject, else the person of the sentences before.
 */
export function participantsOf(
  t: EventText,
  sentences: readonly Span[],
  si: number,
  inSentence: EventText['mentions'],
  offset: number,
  voice: Span | null,
  pronouns: ReadonlyMap<string, unknown>,
  lex: CompiledEventLexicon,
  kb: KnowledgeBase,
  trig: Trigger,
): string[] {
  const sentence = sentences[si]!;
  const out: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id && !out.includes(id)) out.push(id);
  };
  // the speaker of a quotation the trigger stands in, or whose cue is in this sentence; but who
  // reports a deployment or a commitment of others is not its actor (`allies pledged…, Rubio said`)
  const reported = REPORTED_ACTS.has(trig.type);
  const cues: Span[] = [];
  for (const q of t.doc.quotes) {
    const cueHere = q.cue && q.cue.start >= sentence.start && q.cue.end <= sentence.end;
    const around = q.start <= offset && offset < q.end;
    if (reported && around) {
      if (q.cue) cues.push(q.cue);
      continue;
    }
    if ((cueHere || around) && q.speaker.entity) add(q.speaker.entity);
  }
  const inCue = (m: Mention) => cues.some((c) => c.start <= m.start && m.end <= c.end);
  // the people and organisations of the trigger's clause: a long sentence tells more than one thing
  for (const m of inSentence) if (ACTORS.has(m.mention.type) && wordsApart(m, trig) <= PARTICIPANT_WINDOW && !inCue(m.mention)) add(m.mention.entity);
  // a country (or its capital for its government) as the subject right before the verb
  // (`Germany has deployed`, `Србија неће распоредити`, `Москва не будет размещать`)
  for (const m of inSentence) {
    const gap = trig.at - m.to;
    if (m.mention.type === 'LOC' && m.mention.entity && gap >= 0 && gap <= SUBJECT_GAP && STATES.has(kb.get(m.mention.entity)?.kind ?? '') && !lex.locatives.has(t.words[m.from - 1] ?? '')) add(m.mention.entity);
  }
  const hasPerson = out.some((id) => t.entityType.get(id) === 'PER');
  const [first] = t.tokenRange(sentence);
  const pronoun = pronouns.has(t.words[first] ?? '') || pronouns.has(t.words[first + 1] ?? '');
  if ((!hasPerson || pronoun) && !voice && !cues.length) {
    // no person named, or a pronoun subject: the person of the sentences before (`Ai u takua me…`)
    for (let k = si - 1; k >= Math.max(0, si - CARRY_SENTENCES); k--) {
      const s = sentences[k]!;
      const people = t.mentionsIn(s).filter(({ mention: m }) => m.type === 'PER' && m.entity && !t.quoteAt(m.start));
      if (!people.length) continue;
      // a pronoun stands for the earlier sentence's subject, an unnamed subject (`the two`) for its people
      for (const m of pronoun ? people.slice(0, 1) : people) add(m.mention.entity);
      break;
    }
  }
  return out;
}

/**
 * The peace mission a sentence names by a noun (`u misiju`, `місії`): the mission entity the article
 * named last up to the sentence's end (`Kfor`, `KFOR`, `EUFOR`). Null when the sentence has no such noun.
 */
export function missionIn(lex: CompiledEventLexicon, t: EventText, kb: KnowledgeBase, from: number, to: number, sentence: Span): string | null {
  let noun = false;
  for (let k = from; k < to && !noun; k++) noun = !!lex.missionNouns.match(t.words, k);
  if (!noun) return null;
  for (let k = t.mentions.length - 1; k >= 0; k--) {
    const m = t.mentions[k]!.mention;
    if (m.start < sentence.end && m.entity && kb.get(m.entity)?.kind === 'mission') return m.entity;
  }
  return null;
}
