import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognise } from '../../src/nlp/entities/recognise.js';
import { trainPerceptron, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { wordsAsText } from '../../src/nlp/entities/gazetteer.js';

const S = (text: string, tags: string): TrainSentence => ({ words: text.split(' '), tags: tags.split(' ') });
// a tiny model that knows people only: every knowledge-base place below is left to the knowledge base
const tagger = trainPerceptron(
  [
    S('Ministar Ivan Horvat je rekao da je sastanak važan .', 'O B-PER I-PER O O O O O O O'),
    S('Premijer Ana Kovač je otputovala .', 'O B-PER I-PER O O O'),
    S('Novi ministar obrane je došao .', 'O O O O O O'),
  ],
  { epochs: 5, seed: 1, minCount: 1, pruneBelow: 0 },
);

/** `type:text` of the names in one sentence, the knowledge base matching `kb` (token ranges). */
function names(sentence: string, kb: [number, number][], kbFillsGaps: boolean): string[] {
  const words = sentence.split(' ');
  const { text, tokens } = wordsAsText(words);
  const spans = recognise({ text, tokens, sentences: [{ start: 0, end: text.length }], tagger, gazetteer: null, kbSpans: kb.map(([t0, t1]) => ({ t0, t1, type: 'LOC' as const })), kbFillsGaps, cues: null });
  return spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

test('recognise: with the language\'s own model, a knowledge-base word alone at a sentence\'s start that the model left alone is no name', () => {
  // `Hrvatski` (an adjective) matches a case form of a place in the knowledge base
  assert.deepEqual(names('Hrvatski ministar je došao u Zagreb .', [[0, 1], [5, 6]], false), ['LOC:Zagreb']);
  // a longer name there is still a name, and so is every one where the fallback model tags
  assert.deepEqual(names('Novi Sad je domaćin .', [[0, 2]], false).map((x) => x.split(':')[1]), ['Novi Sad']);
  assert.deepEqual(names('Hrvatski ministar je došao u Zagreb .', [[0, 1], [5, 6]], true), ['LOC:Hrvatski', 'LOC:Zagreb']);
});

test('recognise: a name\'s quotation marks are balanced whatever the model says', () => {
  // a model that learnt to take the closing mark after a name in quotes, and to stop before the one after a prefixed name
  const quoting = trainPerceptron(
    [
      S('Firma « Alfa Beta » je otvorena .', 'O O B-ORG I-ORG I-ORG O O O'),
      S('Društvo DOO « Gama Delta » posluje .', 'O B-ORG I-ORG I-ORG I-ORG O O O'),
    ],
    { epochs: 6, seed: 1, minCount: 1, pruneBelow: 0 },
  );
  const tag = (sentence: string) => {
    const words = sentence.split(' ');
    const { text, tokens } = wordsAsText(words);
    return recognise({ text, tokens, sentences: [{ start: 0, end: text.length }], tagger: quoting, gazetteer: null, kbSpans: [], kbFillsGaps: false, cues: null }).map((s) => text.slice(s.start, s.end));
  };
  assert.deepEqual(tag('Firma « Alfa Beta » je otvorena .'), ['Alfa Beta']);
  assert.deepEqual(tag('Društvo DOO « Gama Delta » posluje .'), ['DOO « Gama Delta »']);
});

test('recognise: with the language\'s own model, a knowledge-base match over the same words does not retype its name', () => {
  const words = 'Premijer Ana Kovač je otputovala .'.split(' ');
  const { text, tokens } = wordsAsText(words);
  const run = (kbFillsGaps: boolean) =>
    recognise({ text, tokens, sentences: [{ start: 0, end: text.length }], tagger, gazetteer: null, kbSpans: [{ t0: 1, t1: 3, type: 'LOC' }], kbFillsGaps, cues: null }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  assert.deepEqual(run(false), ['PER:Ana Kovač']);
  assert.deepEqual(run(true), ['LOC:Ana Kovač']);
});

test('recognise: a two-letter name keeps its place in a name; a lower-case preposition at its edge does not', () => {
  const short = trainPerceptron(
    [S('Pjevač Li Harris je došao .', 'O B-PER I-PER O O O'), S('Koncert u Londonu je bio dobar .', 'O B-LOC I-LOC O O O O')],
    { epochs: 6, seed: 1, minCount: 1, pruneBelow: 0 },
  );
  const tag = (sentence: string) => {
    const words = sentence.split(' ');
    const { text, tokens } = wordsAsText(words);
    return recognise({ text, tokens, sentences: [{ start: 0, end: text.length }], tagger: short, gazetteer: null, kbSpans: [], kbFillsGaps: false, cues: null }).map((s) => text.slice(s.start, s.end));
  };
  assert.deepEqual(tag('Pjevač Li Harris je došao .'), ['Li Harris']);
  assert.deepEqual(tag('Koncert u Londonu je bio dobar .'), ['Londonu']);
});
