import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGold } from '../../src/cli/commands/eval/gold.js';
import { formatGoldTable, quoteKey, scoreGold } from '../../src/eval/gold.js';
import type { Article } from '../../src/model/index.js';
import { fixture } from '../helpers/shared.js';

/** A hand-built analysis output: exactly what the scorer reads. */
function article(over: Partial<Article>): Article {
  return {
    id: 'x', source: { kind: 'file', uri: 'x', name: 'x', outlet: null }, title: null, text: '', language: 'sq', languageConfidence: 1,
    script: 'Latn', date: null, sentences: [], entities: [], mentions: [], times: [], quotes: [], events: [], story: null, view: '',
    paragraphs: [], tokens: [], repairs: [], ...over,
  };
}

const text = 'Sot në Bruksel. “Ne do të diskutojmë sot”, tha Rutte. "NATO mbështet dialogun", zyrtari i NATO-s. Liderët e “koalicionit të vullnetit” dje.';
const speaker = (name: string | null, org: string | null = null) => ({ entity: name ? 'kb:mark-rutte' : null, name, named: !!name, org, via: 'name' as const });
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

test('gold scorer: every field of the gold format, on a tiny hand-made gold file', () => {
  const gold = readGold(fixture('quotes', 'scorer', 'gold.json'));
  const a = article({
    text,
    date: { value: '2026-02-12', precision: 'day', source: 'header', evidence: 'header' },
    entities: [{ id: 'kb:mark-rutte', name: 'Mark Rutte', type: 'PER', aliases: ['Rutte'], wikidata: null }, { id: 'kb:nato', name: 'NATO', type: 'ORG', aliases: [], wikidata: null }, { id: 'kb:brussels', name: 'Brussels', type: 'LOC', aliases: [], wikidata: null }],
    mentions: [{ ...at('Rutte'), type: 'PER', base: 'Rutte', entity: 'kb:mark-rutte', confidence: 1 }],
    times: [{ ...at('sot'), value: '2026-02-12', kind: 'date' }, { ...at('dje'), value: '2026-02-10', kind: 'date' }],
    quotes: [
      { ...at('Ne do të diskutojmë sot'), kind: 'direct', speaker: speaker('Mark Rutte'), cue: at('tha Rutte'), confidence: 0.9 },
      { ...at('NATO mbështet dialogun'), kind: 'direct', speaker: speaker(null, 'NATO'), cue: null, confidence: 0.8 },
      { ...at('koalicionit të vullnetit'), kind: 'partial', speaker: speaker('Mark Rutte'), cue: null, confidence: 0.3 },
      { ...at('Liderët'), kind: 'indirect', speaker: speaker('Mark Rutte'), cue: null, confidence: 0.3 },
    ],
    events: [{ type: 'meeting', cameo: null, participants: ['kb:nato'], place: 'kb:brussels', time: '2026-02-12', quantity: null, modality: 'reported', evidence: { start: 0, end: 5 } }],
    story: 'st:1',
  });
  const b = article({ language: 'bs', date: { value: '2024-05', precision: 'month', source: 'text', evidence: null }, story: 'st:1' });
  const s = scoreGold(gold, new Map([['a', a], ['b', b]]));
  assert.deepEqual(s.language, { hit: 2, total: 2 });
  assert.deepEqual(s.script, { hit: 2, total: 2 });
  assert.deepEqual(s.date, { hit: 2, total: 2 });
  assert.deepEqual(s.mentions, { hit: 1, total: 2 }); // 'Rutte' linked; 'Mark Rutte' not in the output
  assert.deepEqual(s.entities, { hit: 1, total: 1 });
  assert.deepEqual(s.quoteRecall, { hit: 2, total: 3 });
  assert.deepEqual(s.quotePrecision, { hit: 2, total: 3 }); // the indirect quote is not scored
  assert.deepEqual(s.attribution, { hit: 2, total: 2 });
  assert.deepEqual(s.notQuotesOutput, { hit: 1, total: 1 });
  assert.equal(s.indirect, 1);
  assert.deepEqual(s.times, { hit: 1, total: 2 }); // 'dje' has the wrong value
  assert.deepEqual(s.events, { hit: 1, total: 1 });
  assert.deepEqual(s.stories, { hit: 1, total: 1 });
  assert.match(formatGoldTable(s), /quotes\s+recall\s+66\.7%/);
});

test('gold scorer: quote keys trim marks, a wrong speaker is a miss, a missing document is named', () => {
  assert.equal(quoteKey(' “Ne  do të” '), 'Ne do të');
  const gold = readGold(fixture('quotes', 'scorer', 'gold.json'));
  const a = article({ text, quotes: [{ ...at('Ne do të diskutojmë sot'), kind: 'direct', speaker: { entity: null, name: 'Edi Rama', named: true, org: null, via: 'name' }, cue: null, confidence: 1 }] });
  const s = scoreGold(gold, new Map([['a', a]]));
  assert.deepEqual(s.attribution, { hit: 0, total: 1 });
  assert.deepEqual(s.missingDocuments, ['b']);
  assert.equal(s.errors.misattributed[0]!.got, 'Edi Rama');
});

test('gold scorer: a malformed gold file names the field', () => {
  assert.throws(() => readGold(fixture('quotes', 'scorer', 'bad.json')), /documents\.a\.quotes\[0\]\.starts/);
});
