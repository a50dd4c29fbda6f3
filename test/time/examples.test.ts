import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { compileTime } from '../../src/nlp/time/compile.js';
import { timesInText } from '../../src/nlp/time/text.js';

const DEFAULT_ANCHOR = '2023-11-22';

test('every time rule of every language matches its examples and gives their values', async () => {
  const ctx = await loadContext();
  let checked = 0;
  const packs = [...ctx.packs.values()].filter((p) => p.time);
  assert.ok(packs.length >= 8, `time lexicons in ${packs.map((p) => p.code)}`);
  const failures: string[] = [];
  for (const pack of packs) {
    const c = compileTime(pack.time!, pack.code);
    for (const rule of pack.time!.rules) {
      assert.ok(rule.examples.length > 0, `${pack.code} ${rule.name} has no example`);
      for (const ex of rule.examples) {
        const found = timesInText(ex.text, c, ex.anchor ?? DEFAULT_ANCHOR);
        const hit = found.find((t) => t.rule === rule.name && t.value === ex.value);
        if (!hit) failures.push(`${pack.code} ${rule.name}: '${ex.text}' → want ${ex.value}, got ${JSON.stringify(found.map((t) => [t.rule, t.text, t.value]))}`);
        checked++;
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 200, `${checked} examples`);
});
