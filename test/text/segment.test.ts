import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { splitSentences, tokenize } from '../../src/text/segment.js';
import { SENTENCE_SOURCES, scoreSentences } from '../../src/text/eval/sentences.js';
import { sharedPath } from '../helpers/shared.js';

async function sentences(lang: string, text: string): Promise<string[]> {
  const ctx = await loadContext();
  return splitSentences(text, tokenize(text), { abbreviations: ctx.abbreviations.get(lang)! }).map((s) => text.slice(s.start, s.end));
}

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

test('sentences: abbreviations of each language do not end a sentence', async () => {
  assert.deepEqual(await sentences('sq', 'Kjo, p.sh. qeveria, ka nr. 5 anëtarë. Dr. Rama tha se prof. Hoxha do të vijë. Pastaj u largua.'), [
    'Kjo, p.sh. qeveria, ka nr. 5 anëtarë.',
    'Dr. Rama tha se prof. Hoxha do të vijë.',
    'Pastaj u largua.',
  ]);
  assert.deepEqual(await sentences('uk', 'Це т.зв. «революція гідності». У с. Іванівка живе 200 осіб. Наступне речення.'), [
    'Це т.зв. «революція гідності».',
    'У с. Іванівка живе 200 осіб.',
    'Наступне речення.',
  ]);
  assert.deepEqual(await sentences('bg', 'Живее в с. Иваново от 2020 г. насам. Следващо изречение.'), ['Живее в с. Иваново от 2020 г. насам.', 'Следващо изречение.']);
  assert.deepEqual(await sentences('sr', 'Govorio je dr. Petrović, a potom prof. Jovanović. Kraj.'), ['Govorio je dr. Petrović, a potom prof. Jovanović.', 'Kraj.']);
  assert.deepEqual(await sentences('en', 'Mr. Smith met Dr. Jones in the U.S. on Monday. Then he left.'), ['Mr. Smith met Dr. Jones in the U.S. on Monday.', 'Then he left.']);
});

test('sentences: ordinal dates and years are not split', async () => {
  assert.deepEqual(await sentences('sr', 'Sastanak je održan 22. novembra 2023. godine u Beogradu. Do 31. decembra ostaje malo vremena.'), [
    'Sastanak je održan 22. novembra 2023. godine u Beogradu.',
    'Do 31. decembra ostaje malo vremena.',
  ]);
});

test('sentences: initials, including digraph letters, are not sentence ends', async () => {
  assert.deepEqual(await sentences('sr', 'Potom je J. Stoltenberg otišao. Dž. Bajden je stigao.'), ['Potom je J. Stoltenberg otišao.', 'Dž. Bajden je stigao.']);
  assert.deepEqual(await sentences('sq', 'E tha Xh. Hoxha. Pastaj foli.'), ['E tha Xh. Hoxha.', 'Pastaj foli.']);
});

test('sentences: a quotation over several sentence marks stays in one sentence', async () => {
  assert.deepEqual(await sentences('sr', '„Ovo je prva rečenica. Ovo je druga rečenica!“ rekao je on. Sledeća rečenica.'), [
    '„Ovo je prva rečenica. Ovo je druga rečenica!“ rekao je on.',
    'Sledeća rečenica.',
  ]);
  assert.deepEqual(await sentences('sq', '"Jemi gati. Do të vijmë nesër", tha ai. Pastaj u largua.'), ['"Jemi gati. Do të vijmë nesër", tha ai.', 'Pastaj u largua.']);
  // a quotation that ends the sentence ends it after its closing mark
  assert.deepEqual(await sentences('sr', 'On je rekao: "Nikada se nije dogodilo." Nakon toga je otišao.'), ['On je rekao: "Nikada se nije dogodilo."', 'Nakon toga je otišao.']);
  // a quotation left open does not run past the end of its paragraph
  assert.deepEqual(await sentences('sr', '"Ovo je početak. Bez kraja.\nNovi pasus. Druga rečenica.'), ['"Ovo je početak. Bez kraja.', 'Novi pasus.', 'Druga rečenica.']);
});

test('sentences: ellipsis, decimal numbers and thousands', async () => {
  assert.deepEqual(await sentences('sr', 'Čekali smo... I onda je došao. Rast je bio 3.5 odsto, a broj 4.700 ljudi. Cena je 2,5 evra… Kraj.'), [
    'Čekali smo...',
    'I onda je došao.',
    'Rast je bio 3.5 odsto, a broj 4.700 ljudi.',
    'Cena je 2,5 evra…',
    'Kraj.',
  ]);
  assert.deepEqual(await sentences('sr', 'Čekali smo... i ništa.'), ['Čekali smo... i ništa.']);
});

test('tokens: inner hyphens and apostrophes keep a word whole, with its parts', () => {
  const text = 'NATO-s dhe BE-së t’u tha. Скоп’є, зв’язку, країн-членів 4.700 i 3,5 i 22.11.2023.';
  const toks = tokenize(text);
  assert.deepEqual(words(text), ['NATO-s', 'dhe', 'BE-së', 't’u', 'tha', '.', 'Скоп’є', ',', 'зв’язку', ',', 'країн-членів', '4.700', 'i', '3,5', 'i', '22.11.2023', '.']);
  const parts = (w: string) => toks.find((t) => text.slice(t.start, t.end) === w)!.parts!.map((p) => text.slice(p.start, p.end));
  assert.deepEqual(parts('NATO-s'), ['NATO', 's']);
  assert.deepEqual(parts('BE-së'), ['BE', 'së']);
  assert.deepEqual(parts('t’u'), ['t', 'u']);
  assert.deepEqual(parts('Скоп’є'), ['Скоп', 'є']);
  assert.deepEqual(parts('зв’язку'), ['зв', 'язку']);
  assert.deepEqual(parts('країн-членів'), ['країн', 'членів']);
  for (const t of toks) assert.ok(t.end > t.start && text.slice(t.start, t.end).trim() === text.slice(t.start, t.end));
});

const ud = sharedPath('data/ud');
test('sentences: boundaries of the UD treebanks are found with high precision', { skip: ud.skip }, async () => {
  const ctx = await loadContext();
  for (const src of SENTENCE_SOURCES.filter((s) => ['sr', 'hr', 'mk', 'ru'].includes(s.lang))) {
    const s = scoreSentences(src, ud.path.replace(/\/ud$/, ''), ctx.abbreviations.get(src.lang)!);
    assert.ok(s, `${src.name} absent`);
    const p = s.correct / s.predicted;
    const r = s.correct / s.gold;
    assert.ok(p >= 0.97, `${src.name}: precision ${p}`);
    assert.ok(r >= 0.8, `${src.name}: recall ${r}`);
  }
});
