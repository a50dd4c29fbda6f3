import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/index.js';

const kb = await loadKnowledgeBase();
const count = (pred: (e: { id: string; type: string; kind: string; country: string | null }) => boolean): number => {
  let n = 0;
  for (const e of kb.entities()) if (pred(e)) n++;
  return n;
};
const municipalities = (cc: string): number => count((e) => e.country === cc && (e.kind === 'municipality' || e.kind === 'capital' || (e.kind === 'city' && !e.id.endsWith(`-${cc.toLowerCase()}`))));

test('the KB holds several thousand entities', () => {
  assert.ok(kb.size >= 4000, `size ${kb.size}`);
  assert.ok(count((e) => e.type === 'PER') >= 900);
});

test('municipalities are complete for Kosovo, Montenegro, North Macedonia and Albania', () => {
  assert.ok(municipalities('XK') >= 38, `XK ${municipalities('XK')}`);
  assert.ok(municipalities('ME') >= 25, `ME ${municipalities('ME')}`);
  assert.ok(municipalities('MK') >= 81, `MK ${municipalities('MK')}`);
  assert.ok(municipalities('AL') >= 61, `AL ${municipalities('AL')}`);
  assert.ok(municipalities('BA') >= 140, `BA ${municipalities('BA')}`);
  assert.equal(count((e) => e.country === 'UA' && e.kind === 'oblast'), 24);
});

test('new places resolve through generated variants in every script', () => {
  assert.equal(kb.lookupName('Бахмутського району', 'uk')[0]?.id, 'kb:bakhmut-raion');
  assert.equal(kb.lookupName('Gjorçe Petrovit', 'sq')[0]?.id, 'kb:gjorce-petrov');
  assert.equal(kb.lookupName('Domaljevcu', 'bs')[0]?.id, 'kb:domaljevac-samac');
  assert.equal(kb.lookupName('Краматорськ', 'uk')[0]?.id, 'kb:kramatorsk');
});

test('offices of the new people resolve to their holder on a date', () => {
  assert.equal(kb.holderOf({ role: 'saceur', org: 'kb:nato' }, '2020-01-01')?.id, 'kb:tod-wolters');
  assert.equal(kb.holderOf({ role: 'foreign-minister', org: 'kb:bulgaria' }, '2018-03-01')?.id, 'kb:ekaterina-zaharieva');
  assert.equal(kb.holderOf({ role: 'interior-minister', org: 'kb:ukraine' }, '2022-05-01')?.id, 'kb:denys-monastyrskyi');
  assert.equal(kb.holderOf({ role: 'defence-minister', org: 'kb:poland' }, '2019-06-01')?.id, 'kb:mariusz-blaszczak');
  // Serbian, Ukrainian and Bulgarian people come out in the other scripts and spellings
  assert.equal(kb.lookupName('Janukoviča', 'sr')[0]?.id, 'kb:viktor-yanukovych');
  assert.equal(kb.lookupName('Radonçiq', 'sq')[0]?.id, 'kb:fahrudin-radoncic');
  assert.ok(kb.get('kb:ekaterina-zaharieva')!.names.ru!.includes('Екатерина Захариева'));
});

test('a one-word place name that is also a common word is not matched alone at a sentence start', () => {
  const ids = (t: string): string[] => kb.match(t, 'sr').flatMap((m) => m.candidates.map((c) => c.id));
  assert.ok(!ids('Bor je rekao da dolazi.').includes('kb:bor'));
  assert.ok(ids('Rudnik u gradu Bor radi.').includes('kb:bor'));
});
