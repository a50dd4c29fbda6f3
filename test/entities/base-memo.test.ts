import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { BaseFormer } from '../../src/nlp/entities/base-form.js';
import { ArticleWords, baseForm } from '../../src/nlp/entities/base-memo.js';
import { foldKey } from '../../src/nlp/entities/translit-key.js';
import { tokenize } from '../../src/text/segment.js';
import type { NameSpan } from '../../src/nlp/entities/recognise.js';

const packs = await loadLanguagePacks();
const former = new BaseFormer(packs.get('sr')!.baseForms!);
const noKb = () => false;

/** The base form of the first occurrence of `name` in `text`, through the memo, the article being `text`. */
function baseIn(text: string, name: string): string {
  const tokens = tokenize(text);
  const start = text.indexOf(name);
  const t0 = tokens.findIndex((t) => t.start === start);
  const t1 = tokens.findIndex((t) => t.end === start + name.length) + 1;
  const span: NameSpan = { start, end: start + name.length, t0, t1, type: 'PER', confidence: 1, via: 'model' };
  return baseForm(former, text, tokens, span, noKb, new ArticleWords(text, tokens));
}

test('base memo: a remembered base form is reused only where the article answers its questions alike', () => {
  // `Novaka` is a genitive of `Novak` only where the article writes `Novak`
  const withNominative = 'Novak je pobedio u finalu. Trener je pohvalio Novaka posle meča.';
  const without = 'Trener je pohvalio Novaka posle meča.';
  const direct = (text: string) => former.base(['Novaka'], 'PER', { kb: noKb, seen: (s) => new ArticleWords(text, tokenize(text)).has(foldKey(s)) });
  assert.equal(direct(withNominative), 'Novak');
  assert.equal(direct(without), 'Novaka');
  // in either order, and again: the memo never carries one article's answer into another
  for (const [a, b] of [[withNominative, without], [without, withNominative], [withNominative, without]] as const) {
    assert.equal(baseIn(a, 'Novaka'), direct(a));
    assert.equal(baseIn(b, 'Novaka'), direct(b));
  }
});

test('base memo: the article words match as foldKey does (case, diacritics and apostrophes aside; `đ` is a letter of its own)', () => {
  const text = "Đoković i ĐOKOVIĆ, O'Brien, Σ, i̇stanbul, e\u0301, 한국";
  const words = new ArticleWords(text, tokenize(text));
  for (const w of ['đokovic', 'Đoković', 'obrien', "O'Brien", 'σ', 'istanbul', 'e', '한국']) assert.equal(words.has(foldKey(w)), true, w);
  for (const w of ['dokovic', 'okovic', 'brien', 'ς', 'ist']) assert.equal(words.has(foldKey(w)), false, w);
});
