import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFolder, readGold } from '../../src/cli/commands/eval/gold.js';
import { scoreGold } from '../../src/eval/gold.js';
import { fixture } from '../helpers/shared.js';
import { eventPrecision, missedEvents } from './score.js';

const GROUP: Record<string, string> = { sr: 'sh', bs: 'sh', hr: 'sh', cnr: 'sh', uk: 'uk/ru', ru: 'uk/ru' };

test('events gold set (test/fixtures/events): recall and precision through kronika eval gold', async (t) => {
  const gold = readGold(fixture('events', 'gold.json'));
  const outputs = await analyzeFolder(fixture('events', 'docs'), new Set(Object.keys(gold.documents)));
  assert.equal(outputs.size, Object.keys(gold.documents).length, 'every gold document has its article');
  // at least three articles per language group
  const groups = new Map<string, number>();
  for (const d of Object.values(gold.documents)) {
    const g = GROUP[d.language!] ?? d.language!;
    groups.set(g, (groups.get(g) ?? 0) + 1);
  }
  for (const g of ['sq', 'sh', 'uk/ru', 'mk', 'en']) assert.ok((groups.get(g) ?? 0) >= 3, `${g}: ${groups.get(g)} articles`);

  const s = scoreGold(gold, outputs);
  const p = eventPrecision(gold, outputs);
  const recall = s.events.hit / s.events.total;
  const precision = p.hit / p.total;
  t.diagnostic(`events recall ${s.events.hit}/${s.events.total} (${recall.toFixed(3)}), precision ${p.hit}/${p.total} (${precision.toFixed(3)})`);
  assert.ok(recall >= 0.8, `recall ${recall}; missed:\n${missedEvents(gold, outputs).join('\n')}`);
  assert.ok(precision >= 0.7, `precision ${precision}; spurious:\n${p.spurious.join('\n')}`);

  // every event is well formed: spans index the text, ids are the article's entities
  for (const doc of outputs.values()) {
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const e of doc.events) {
      assert.ok(e.evidence.start >= 0 && e.evidence.end <= doc.text.length && e.evidence.start < e.evidence.end);
      for (const id of [...e.participants, ...(e.place ? [e.place] : [])]) assert.ok(ids.has(id), `${id} is an entity of the article`);
      assert.ok(e.participants.length > 0);
      assert.ok(['reported', 'planned', 'denied'].includes(e.modality));
      assert.match(e.cameo ?? '', /^\d{3}$/);
    }
  }
});

test('events held-out gold set (written after tuning, never tuned on): recall and precision', async (t) => {
  const gold = readGold(fixture('events', 'heldout', 'gold.json'));
  const outputs = await analyzeFolder(fixture('events', 'heldout', 'docs'), new Set(Object.keys(gold.documents)));
  const s = scoreGold(gold, outputs);
  const p = eventPrecision(gold, outputs);
  t.diagnostic(`held-out: events recall ${s.events.hit}/${s.events.total}, precision ${p.hit}/${p.total}`);
  assert.ok(s.events.hit / s.events.total >= 0.6, `recall; missed:\n${missedEvents(gold, outputs).join('\n')}`);
  assert.ok(p.hit / p.total >= 0.6, `precision; spurious:\n${p.spurious.join('\n')}`);
});
