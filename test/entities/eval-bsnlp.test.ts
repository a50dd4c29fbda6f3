import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../../src/context.js';
import { scoreBsnlp } from '../../src/nlp/entities/evaluate.js';
import { tempDir } from '../cli/helpers.js';

test('eval ner --format bsnlp: raw files found under both namings (2017 `file_1.txt` + `file_1.txt`/`.out`, 2019 `x.txt_file_1.txt` + `x.txt_file_1.out`)', async () => {
  const ctx = await loadContext();
  const dir = tempDir();
  const header = (n: number) => `${n}\nuk\n2024-03-05\nhttp://example.org/${n}\n`;
  mkdirSync(join(dir, 'topic', 'raw', 'uk'), { recursive: true });
  mkdirSync(join(dir, 'topic', 'annotated', 'uk'), { recursive: true });
  writeFileSync(join(dir, 'topic', 'raw', 'uk', 'news_uk.txt_file_1.txt'), `${header(1)}Президент прибув до Києва у вівторок.\n`);
  writeFileSync(join(dir, 'topic', 'annotated', 'uk', 'news_uk.txt_file_1.out'), '1\nКиєва\tКиїв\tLOC\tGPE-Kyiv\n');
  writeFileSync(join(dir, 'topic', 'raw', 'uk', 'file_2.txt'), `${header(2)}Делегація поїхала до Львова.\n`);
  writeFileSync(join(dir, 'topic', 'annotated', 'uk', 'file_2.txt'), '2\nЛьвова\tЛьвів\tLOC\tGPE-Lviv\n');
  const s = scoreBsnlp(ctx.entities, dir, 'uk');
  assert.equal(s.ALL.tp + s.ALL.fn, 2, 'both documents scored');
  assert.equal(s.LOC.tp, 2);
});
