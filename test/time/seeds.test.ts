import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Article } from '../../src/model/index.js';
import { finishRun } from '../../src/run.js';
import { loadGold, sharedPath } from '../helpers/shared.js';

const seeds = sharedPath('seeds');
const gold = sharedPath('gold/seeds.json');

interface GoldTime {
  text: string;
  value: string;
}

/**
 * The seeds are analysed as one run, as `kronika analyze` does: in 001 the header gives only
 * `2023-11`, and which Wednesday of November the meeting was comes from the same story told in
 * 004 (src/stories/dates.ts); analysed alone, 001's weekdays and `sot` stay at month precision.
 */
test('seeds: every gold time is found with its value, and every date is right', { skip: seeds.skip || gold.skip }, async (t) => {
  const ctx = await loadContext();
  const g = loadGold(gold.path).documents;
  const docs: Article[] = [];
  for await (const item of readInputs([seeds.path])) if (item.ok) docs.push(await analyze(item.raw, ctx));
  finishRun(docs, ctx);
  for (const doc of docs) {
    const name = doc.source.name!;
    const want = g[name]!;
    await t.test(name, () => {
      const accept = [want.date!.value, ...(want.date!.accept ?? [])];
      assert.ok(doc.date && accept.includes(doc.date.value), `date ${doc.date?.value}, want one of ${accept}`);
      for (const time of (want.times as GoldTime[] | undefined) ?? []) {
        const at = doc.text.indexOf(time.text);
        assert.ok(at >= 0, `'${time.text}' not in the text`);
        const found = doc.times.filter((x) => x.start < at + time.text.length && at < x.end);
        assert.ok(found.some((x) => x.value === time.value), `'${time.text}': want ${time.value}, got ${found.map((x) => x.value).join(', ') || 'nothing'}`);
      }
    });
  }
});
