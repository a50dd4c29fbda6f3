import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognise } from '../../src/nlp/entities/recognise.js';
import { trainPerceptron, type PerceptronTagger, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { wordsAsText } from '../../src/nlp/entities/gazetteer.js';
import type { NerType } from '../../src/nlp/entities/gold/types.js';

const S = (text: string, tags: string): TrainSentence => ({ words: text.split(' '), tags: tags.split(' ') });
const train = (data: TrainSentence[]) => trainPerceptron(data, { epochs: 6, seed: 1, minCount: 1, pruneBelow: 0 });
// a tiny model that knows people only: every knowledge-base place below is left to the knowledge base
const people = train([
  S('Ministar Ivan Horvat je rekao da je sastanak važan .', 'O B-PER I-PER O O O O O O O'),
  S('Premijer Ana Kovač je otputovala .', 'O B-PER I-PER O O O'),
  S('Novi ministar obrane je došao .', 'O O O O O O'),
]);

/** `type:text` of the names a model and the knowledge base (matches as token ranges) find in one sentence. */
function names(tagger: PerceptronTagger, sentence: string, kb: [number, number, NerType][] = [], kbFillsGaps = false): string[] {
  const { text, tokens } = wordsAsText(sentence.split(' '));
  const kbSpans = kb.map(([t0, t1, type]) => ({ t0, t1, type }));
  return recognise({ text, tokens, sentences: [{ start: 0, end: text.length }], tagger, gazetteer: null, kbSpans, kbFillsGaps, cues: null }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

test('recognise: with the language\'s own model, a knowledge-base word alone at a sentence\'s start that the model left alone is no name', () => {
  // `Hrvatski` (an adjective) matches a case form of a place in the knowledge base
  const places: [number, number, NerType][] = [[0, 1, 'LOC'], [5, 6, 'LOC']];
  assert.deepEqual(names(people, 'Hrvatski ministar je došao u Zagreb .', places), ['LOC:Zagreb']);
  // a longer name there is still a name, and so is every one where the fallback model tags
  assert.deepEqual(names(people, 'Novi Sad je domaćin .', [[0, 2, 'LOC']]).map((x) => x.split(':')[1]), ['Novi Sad']);
  assert.deepEqual(names(people, 'Hrvatski ministar je došao u Zagreb .', places, true), ['LOC:Hrvatski', 'LOC:Zagreb']);
});

test('recognise: a name\'s quotation marks are balanced whatever the model says', () => {
  // a model that learnt to take the closing mark after a name in quotes, and to stop before the one after a prefixed name
  const quoting = train([
    S('Firma « Alfa Beta » je otvorena .', 'O O B-ORG I-ORG I-ORG O O O'),
    S('Društvo DOO « Gama Delta » posluje .', 'O B-ORG I-ORG I-ORG I-ORG O O O'),
  ]);
  assert.deepEqual(names(quoting, 'Firma « Alfa Beta » je otvorena .'), ['ORG:Alfa Beta']);
  assert.deepEqual(names(quoting, 'Društvo DOO « Gama Delta » posluje .'), ['ORG:DOO « Gama Delta »']);
});

test('recognise: a two-letter name keeps its place in a name; a lower-case preposition at its edge does not', () => {
  const short = train([S('Pjevač Li Harris je došao .', 'O B-PER I-PER O O O'), S('Koncert u Londonu je bio dobar .', 'O B-LOC I-LOC O O O O')]);
  assert.deepEqual(names(short, 'Pjevač Li Harris je došao .'), ['PER:Li Harris']);
  assert.deepEqual(names(short, 'Koncert u Londonu je bio dobar .'), ['LOC:Londonu']);
});
