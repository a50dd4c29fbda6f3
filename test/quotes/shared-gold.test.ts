import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFolder, readGold } from '../../src/cli/commands/eval/gold.js';
import { loadContext } from '../../src/context.js';
import { prf, readAdaq, scoreAdaq } from '../../src/eval/adaq.js';
import { scoreGold } from '../../src/eval/gold.js';
import type { Article } from '../../src/model/index.js';
import { quoteKb } from '../../src/nlp/quotes/kb.js';
import { quotesStage } from '../../src/nlp/quotes/index.js';
import { analyze } from '../../src/pipeline.js';
import { sharedPath } from '../helpers/shared.js';

const seeds = sharedPath('seeds');
const gold = sharedPath('gold/seeds.json');
const adaq = sharedPath('data/news/adaq-quotes');

test('seeds: every gold quote found with its speaker, no non-quote output', { skip: seeds.skip || gold.skip }, async () => {
  const g = readGold(gold.path);
  const s = scoreGold(g, await analyzeFolder(seeds.path, new Set(Object.keys(g.documents))));
  assert.deepEqual(s.quoteRecall, { hit: 19, total: 19 }, JSON.stringify(s.errors.missed));
  assert.equal(s.notQuotesOutput.hit, 0);
  assert.equal(s.quotePrecision.hit, s.quotePrecision.total, JSON.stringify(s.errors.spurious));
  // the Ukrainian seed names Stoltenberg in Cyrillic: its canonical name comes from the knowledge base
  const want = quoteKb(await loadContext()) ? 19 : 17;
  assert.ok(s.attribution.hit >= want, JSON.stringify(s.errors.misattributed));
});

test('ADAQ Russian sentences: quotation detection and content', { skip: adaq.skip }, async () => {
  const ctx = await loadContext();
  const sentences = readAdaq(adaq.path, 'ru');
  assert.ok(sentences.length > 200);
  const docs: Article[] = [];
  for (const s of sentences) {
    const doc = await analyze({ source: { kind: 'file', uri: s.id, name: s.id, outlet: null }, title: null, body: s.text, date: null, declaredLanguage: 'ru' }, ctx);
    if (doc.language !== 'ru') {
      doc.language = 'ru';
      quotesStage(doc, ctx);
    }
    docs.push(doc);
  }
  const sc = scoreAdaq(sentences, docs);
  const d = prf(sc.detection);
  const c = prf(sc.content);
  assert.ok(d.p >= 0.9 && d.f >= 0.8, `detection ${JSON.stringify(d)}`);
  assert.ok(c.f >= 0.75, `content ${JSON.stringify(c)}`);
});
