import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { compileLexicon, PhraseSet } from '../../src/nlp/quotes/lexicon.js';

const GENDERS = new Set(['m', 'f', 'n', 'pl']);

test('quote lexicons: every language pack with quotes has well-formed data that compiles', async () => {
  const packs = await loadLanguagePacks();
  const withQuotes = [...packs.values()].filter((p) => p.quotes);
  assert.ok(withQuotes.length >= 9, `${withQuotes.map((p) => p.code)}`);
  for (const p of withQuotes) {
    const q = p.quotes!;
    for (const [field, list] of Object.entries(q) as [string, string[]][]) {
      for (const entry of list) {
        const [body, g] = entry.split(':');
        assert.ok(body && body.trim() === body && !/\s{2}/.test(body), `${p.code}.${field}: '${entry}'`);
        assert.equal(body, body.toLowerCase(), `${p.code}.${field}: '${entry}' is lower case`);
        if (g !== undefined) assert.ok(GENDERS.has(g), `${p.code}.${field}: gender of '${entry}'`);
      }
    }
    assert.ok(q.reportingVerbs.length >= 10 && q.pronouns.length >= 2 && q.complementizers.length >= 1, `${p.code}: verbs, pronouns, complementizers`);
    // every reporting verb is found as written
    const verbs = new PhraseSet(q.reportingVerbs);
    for (const v of q.reportingVerbs) {
      const words = v.split(':')[0]!.replace(/\*$/, 'x').split(' ');
      assert.ok(verbs.match(words, 0), `${p.code}: '${v}' matches itself`);
    }
    assert.ok(compileLexicon(q, p.time).pronouns.size >= 2);
  }
});
