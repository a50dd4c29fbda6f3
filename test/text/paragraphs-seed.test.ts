import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContext } from '../../src/context.js';
import { normalise } from '../../src/text/normalise.js';
import { detectScript } from '../../src/text/script.js';
import { identifyParagraphs } from '../../src/text/paragraphs.js';
import { sharedPath } from '../helpers/shared.js';

const seed = sharedPath('seeds/000_bba563f3cdaaf79a.txt');
test('paragraphs: the English quotation of seed 000 is marked inside the Albanian article', { skip: seed.skip }, async () => {
  const ctx = await loadContext();
  const { text, repaired } = normalise(readFileSync(seed.path, 'utf8'));
  const article = await ctx.languageId.identify(repaired, detectScript(repaired));
  assert.equal(article.language, 'sq');
  const paras = await identifyParagraphs(text, repaired, article, ctx.languageId);
  const english = paras.filter((p) => p.language === 'en');
  assert.equal(english.length, 1);
  assert.ok(paras.filter((p) => p.language === 'sq').length > 5);
});
