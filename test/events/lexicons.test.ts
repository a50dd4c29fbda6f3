import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { compileEventLexicon, normalise } from '../../src/nlp/events/lexicon.js';

const TYPES = ['meeting', 'visit', 'summit', 'press_conference', 'statement', 'deployment', 'commitment'];

test('events lexicons: every language Kronika reads has triggers of every type, in lower case, compiled once', async () => {
  const packs = await loadLanguagePacks();
  for (const code of ['sq', 'sr', 'hr', 'bs', 'cnr', 'mk', 'bg', 'uk', 'ru', 'en']) {
    const lex = packs.get(code)?.events;
    assert.ok(lex, `${code} has an events lexicon`);
    for (const type of TYPES) assert.ok((lex.triggers as Record<string, string[]>)[type]?.length, `${code}: ${type} triggers`);
    for (const xs of [...Object.values(lex.triggers), lex.locatives, lex.future, lex.negation, lex.approximate, lex.gdp, ...Object.values(lex.units)])
      for (const x of xs ?? []) {
        assert.equal(normalise(x), x.replace(/[’]/g, "'").toLowerCase(), `${code}: ${x} is lower case`);
        assert.ok(!/\*./.test(x), `${code}: ${x}: an open ending only on the last word`);
      }
    assert.equal(compileEventLexicon(lex), compileEventLexicon(lex), 'compiled once');
  }
  // the Serbian group's knowledge reads both scripts
  const sr = packs.get('sr')!.events!;
  assert.ok(sr.triggers.meeting!.includes('sastan*') && sr.triggers.meeting!.includes('састан*'));
});
