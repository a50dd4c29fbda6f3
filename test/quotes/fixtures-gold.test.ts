import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFolder, readGold } from '../../src/cli/commands/eval/gold.js';
import { loadContext } from '../../src/context.js';
import { scoreGold, type Ratio } from '../../src/eval/gold.js';
import { quoteKb } from '../../src/nlp/quotes/kb.js';
import { fixture } from '../helpers/shared.js';

const rate = (r: Ratio) => (r.total ? r.hit / r.total : 1);
const GROUP: Record<string, string> = { sr: 'sh', bs: 'sh', hr: 'sh' };

test('quotes gold set (test/fixtures/quotes): precision, recall and attribution per language', async (t) => {
  const gold = readGold(fixture('quotes', 'gold.json'));
  const outputs = await analyzeFolder(fixture('quotes', 'docs'), new Set(Object.keys(gold.documents)));
  assert.equal(outputs.size, Object.keys(gold.documents).length, 'every gold document has its article');
  const s = scoreGold(gold, outputs);
  // at least 30 quotes per language group, as the gold set promises
  const per = new Map<string, { p: Ratio; r: Ratio; a: Ratio }>();
  for (const [lang, b] of Object.entries(s.byLanguage)) {
    const g = GROUP[lang] ?? lang;
    const x = per.get(g) ?? { p: { hit: 0, total: 0 }, r: { hit: 0, total: 0 }, a: { hit: 0, total: 0 } };
    for (const [k, v] of [['p', b.quotePrecision], ['r', b.quoteRecall], ['a', b.attribution]] as const) {
      x[k].hit += v.hit;
      x[k].total += v.total;
    }
    per.set(g, x);
  }
  assert.deepEqual([...per.keys()].sort(), ['en', 'mk', 'ru', 'sh', 'sq', 'uk']);
  const kb = quoteKb(await loadContext());
  for (const [g, x] of per) {
    t.diagnostic(`${g}: precision ${rate(x.p).toFixed(3)} recall ${rate(x.r).toFixed(3)} attribution ${rate(x.a).toFixed(3)}`);
    assert.ok(x.r.total >= 30, `${g}: ${x.r.total} gold quotes`);
    assert.ok(rate(x.p) >= 0.95, `${g}: precision ${rate(x.p)}`);
    assert.ok(rate(x.r) >= 0.95, `${g}: recall ${rate(x.r)}`);
    // speakers are canonical names: Cyrillic ones (and surnames alone) need the knowledge base
    if (kb) assert.ok(rate(x.a) >= 0.9, `${g}: attribution ${rate(x.a)}`);
  }
  if (!kb) t.diagnostic('attribution not asserted: no knowledge base in this checkout');
  assert.equal(s.notQuotesOutput.hit, 0, 'no name or term in quotation marks comes out as a quote');
});

test('quotes held-out gold set (written after tuning, never tuned on): precision and recall', async (t) => {
  const gold = readGold(fixture('quotes', 'heldout', 'gold.json'));
  const s = scoreGold(gold, await analyzeFolder(fixture('quotes', 'heldout', 'docs'), new Set(Object.keys(gold.documents))));
  t.diagnostic(`held-out: precision ${rate(s.quotePrecision).toFixed(3)} recall ${rate(s.quoteRecall).toFixed(3)} attribution ${rate(s.attribution).toFixed(3)}`);
  assert.ok(rate(s.quotePrecision) >= 0.9 && rate(s.quoteRecall) >= 0.9, JSON.stringify(s.errors));
  assert.equal(s.notQuotesOutput.hit, 0);
});
