import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from '../../src/nlp/quotes/marks.js';
import type { Span } from '../../src/model/index.js';

/** Paragraphs of a text: its lines, as the pipeline makes them. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
const quoted = (text: string) => findQuotations(text, paragraphs(text)).map((q) => text.slice(q.start, q.end));

test('marks: every convention of our languages', () => {
  assert.deepEqual(quoted('“Kur udhëheqësit të mblidhen”, tha ai.'), ['Kur udhëheqësit të mblidhen']);
  assert.deepEqual(quoted('„Hrvatska ne smije“, poručio je. „Hrvatska je partner”, rekao je.'), ['Hrvatska ne smije', 'Hrvatska je partner']);
  assert.deepEqual(quoted('«Ми не торгуємо», – сказав він.'), ['Ми не торгуємо']);
  assert.deepEqual(quoted('»Nema mira bez pravde«, dodao je.'), ['Nema mira bez pravde']);
  assert.deepEqual(quoted('"Nobody should underestimate us," he said.'), ['Nobody should underestimate us']);
  assert.deepEqual(quoted('‹Das ist gut›, sagte er.'), ['Das ist gut']);
});

test('marks: apostrophes inside words are not marks', () => {
  assert.deepEqual(quoted('“Ministrave do t’u bashkohet Ministri”, tha ai.'), ['Ministrave do t’u bashkohet Ministri']);
  assert.deepEqual(quoted('Генсек заявив у Скоп’є у зв’язку з візитом: «Ми підтримуємо Скоп’є».'), ['Ми підтримуємо Скоп’є']);
  assert.deepEqual(quoted('The minister’s plan, it’s said, won’t work.'), []);
});

test('marks: nested quotes give the outermost quotation', () => {
  assert.deepEqual(quoted('«Програма "Армія дронів" довела свою ефективність», – сказав він.'), ['Програма "Армія дронів" довела свою ефективність']);
  assert.deepEqual(quoted('„Rekao je „da je „sve“ u redu“ i otišao“, navodi se.'), ['Rekao je „da je „sve“ u redu“ i otišao']);
});

test('marks: a paragraph that reopens the mark continues the quotation', () => {
  const text = '“Rusia po rindërton ushtrinë. Nuk mund të presim.\n“Prandaj duhet të investojmë tani”, theksoi Rutte.';
  const qs = findQuotations(text, paragraphs(text));
  assert.equal(qs.length, 1);
  assert.ok(text.slice(qs[0]!.start, qs[0]!.end).startsWith('Rusia po rindërton'));
  assert.ok(text.slice(qs[0]!.start, qs[0]!.end).endsWith('investojmë tani'));
  assert.ok(qs[0]!.closed);
});

test('marks: dialogue dashes', () => {
  const text = '— Мы не отступим, — сказал он.\n– Nema predaje – rekao je.';
  assert.deepEqual(quoted(text), ['Мы не отступим', 'Nema predaje']);
});

test('marks: bad input never crashes and never runs past its paragraph', () => {
  // a quote that never closes stops at its paragraph's end; the next paragraph's quotes still come out
  const text = '“Ky citat nuk mbyllet kurrë dhe vazhdon\nKjo është një paragraf tjetër. “Ky mbyllet”, tha ai.';
  const qs = quoted(text);
  assert.equal(qs[0], 'Ky citat nuk mbyllet kurrë dhe vazhdon');
  assert.ok(qs.includes('Ky mbyllet'));
  // text that is all quotation marks
  assert.deepEqual(quoted('“”„“«»"""""»«‹›“““”””'), []);
  assert.deepEqual(quoted('"'), []);
  // unbalanced marks
  assert.doesNotThrow(() => quoted('„a“ ” ” “ b « c » » « d'));
  // a 5 000-word quote, and quotes in quotes in quotes, deep
  const long = '“' + 'fjalë '.repeat(5000) + 'fund”, tha ai.';
  assert.equal(quoted(long)[0]!.split(' ').length, 5001);
  const deep = '“a „b «c ‹d “e „f «g ‹h “i” h› g» f“ e” d› c» b“ a”';
  assert.equal(quoted(deep).length, 1);
});
