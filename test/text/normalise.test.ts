import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalise } from '../../src/text/normalise.js';
import { sharedPath } from '../helpers/shared.js';

test('normalise: NFC, line breaks, invisible and control characters, spaces', () => {
  const { text } = normalise('\uFEFF\r\n  Cafe\u0301  i\u00A0\tkafa\u200B\u00AD.\u0007\r\nDrugi   red \r\n\r\nTreći\n\n');
  assert.equal(text, 'Café i kafa.\nDrugi red\n\nTreći');
  assert.equal(text.normalize('NFC'), text);
});

test('normalise: paragraphs and every inner line break are kept', () => {
  const { text } = normalise('Prvi pasus.\n\n\nDrugi pasus.\nTreći red.');
  assert.equal(text, 'Prvi pasus.\n\n\nDrugi pasus.\nTreći red.');
});

test('homoglyphs: the Cyrillic Е in a Latin `ЕU` is repaired in the view and recorded', () => {
  const input = 'Dijalog uz posredovanje ЕU se nastavlja.';
  const { text, repaired, repairs } = normalise(input);
  assert.equal(text, input, 'the output text keeps the letters as written');
  assert.equal(repaired.length, text.length);
  assert.equal(repaired, 'Dijalog uz posredovanje EU se nastavlja.');
  assert.equal(repairs.length, 1);
  const r = repairs[0]!;
  assert.deepEqual({ from: r.from, to: r.to, reason: r.reason }, { from: 'ЕU', to: 'EU', reason: 'homoglyph' });
  assert.equal(text.slice(r.start, r.end), 'ЕU');
});

test('homoglyphs: Latin letters inside Cyrillic words are repaired to Cyrillic', () => {
  // Latin `o`, `a` and `M` typed into Cyrillic words.
  const { repaired, repairs } = normalise('Президент je стигао у Mоскву и Бeоград.'.replace('je', 'је'));
  assert.equal(repaired, 'Президент је стигао у Москву и Београд.');
  assert.deepEqual(repairs.map((r) => r.to), ['Москву', 'Београд']);
  for (const r of repairs) assert.equal(/\p{Script=Latin}/u.test(r.to), false);
});

test('homoglyphs: words that must not be touched', () => {
  const cases = [
    // all-Cyrillic words in a Latin text (a quoted name), all-Latin words in a Cyrillic text
    'Lider stranke Єдина Україна, Путин i Зеленски su pomenuti u tekstu.',
    'Компанија Microsoft и NATO су поменути.',
    // a Latin brand with a Cyrillic case ending in a Cyrillic text
    'Он је то објавио на Twitterу и Facebookу.',
    // a Cyrillic letter with no Latin look-alike keeps the word as written
    'Riječ Жuto ostaje.',
    // URLs and e-mail addresses are plain Latin
    'Vidi https://example.com/vesti/2023-11-22 ili pisi na info@example.com.',
  ];
  for (const c of cases) {
    const { repaired, repairs } = normalise(c);
    assert.equal(repaired, c, c);
    assert.equal(repairs.length, 0, c);
  }
});

const seed = sharedPath('seeds');
test('homoglyphs: seed 003 has its `ЕU` repaired', { skip: seed.skip }, () => {
  const raw = readFileSync(`${seed.path}/003_9d79371e2d62a488.txt`, 'utf8');
  const { text, repaired, repairs } = normalise(raw);
  assert.ok(repairs.length >= 1);
  for (const r of repairs) assert.equal(text.slice(r.start, r.end), r.from);
  assert.ok(!repaired.includes('ЕU'));
  assert.ok(repaired.includes('posredovanje EU'));
});
