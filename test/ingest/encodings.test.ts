import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs, type IngestItem } from '../../src/ingest/index.js';
import { HERE, VARIANTS, fileName, representable } from '../fixtures/ingest/encodings/generate.js';

async function all(args: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of readInputs(args)) out.push(x);
  return out;
}

for (const [name, encodings] of Object.entries(VARIANTS)) {
  const source = readFileSync(join(HERE, 'source', `${name}.txt`), 'utf8');
  for (const enc of encodings) {
    test(`encodings: ${name} in ${enc} is read back exactly`, async () => {
      const items = await all([join(HERE, fileName(name, enc))]);
      assert.equal(items.length, 1, JSON.stringify(items));
      const it = items[0]!;
      assert.ok(it.ok, it.ok ? '' : it.error.reason);
      const got = it.raw.title ? `${it.raw.title}\n${it.raw.body}` : it.raw.body;
      assert.equal(got, representable(source, enc));
    });
  }
}

test('encodings: a declared charset is used for bytes that are not UTF-8 (HTML <meta charset>)', async () => {
  const items = await all([join(HERE, '..', 'html', 'uk-windows-1251.html')]);
  const it = items.find((x) => x.ok);
  assert.ok(it?.ok);
  assert.match(it.raw.body, /Зеленський/);
  assert.equal(it.raw.title, 'Зеленський зустрівся з прем’єром Польщі у Варшаві');
});

test('encodings: short legacy texts go to the region’s pages (1250 over 1252, 1251 over KOI8)', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'kronika-enc-'));
  const cases: [string, string][] = [
    ['Šta je rekao Đorđe Šarić?', 'windows-1250'],
    ['Žena iz Čačka', 'iso-8859-2'],
    ['Ђорђе и Љиљана', 'windows-1251'],
    ['Привет из Киева', 'koi8-r'],
  ];
  for (const [i, [text, enc]] of cases.entries()) await writeFile(join(dir, `${i}.txt`), iconv.encode(text, enc));
  const items = await all([dir]);
  assert.deepEqual(items.map((x) => (x.ok ? x.raw.body : x.error.reason)), cases.map(([t]) => t));
});
