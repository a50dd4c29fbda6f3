import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { charEntitiesToSentences, type CharEntity } from './char-spans.js';
import { asDocument, type GoldSentence } from './types.js';
import { mapType } from './type-map.js';

/**
 * factRuEval-2016 (`book_N.txt`, `.spans`, `.objects`): an object (Person, Org, Location,
 * LocOrg) covers the characters of its spans; Project objects are ignored.
 */
export function readFactRuEvalDir(dir: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.objects')).sort()) {
    const base = join(dir, f.replace(/\.objects$/, ''));
    const spans = new Map<string, [number, number]>();
    const spanLines = readFileSync(`${base}.spans`, 'utf8').split(/\r?\n/);
    spanLines.forEach((line, i) => {
      if (!line.trim()) return;
      const c = line.split(/\s+/);
      const start = Number(c[2]);
      const len = Number(c[3]);
      if (!c[0] || Number.isNaN(start) || Number.isNaN(len)) throw new Error(`${base}.spans:${i + 1}: malformed span line`);
      spans.set(c[0], [start, start + len]);
    });
    const ents: CharEntity[] = [];
    const objLines = readFileSync(`${base}.objects`, 'utf8').split(/\r?\n/);
    objLines.forEach((line, i) => {
      const body = line.split('#')[0]!.trim();
      if (!body) return;
      const [, typeName, ...ids] = body.split(/\s+/);
      const type = mapType(typeName ?? '');
      if (!type) return;
      let s = Infinity;
      let e = -Infinity;
      for (const id of ids) {
        const sp = spans.get(id);
        if (!sp) throw new Error(`${base}.objects:${i + 1}: unknown span ${id}`);
        s = Math.min(s, sp[0]);
        e = Math.max(e, sp[1]);
      }
      if (ids.length) ents.push({ start: s, end: e, type });
    });
    out.push(...asDocument(charEntitiesToSentences(readFileSync(`${base}.txt`, 'utf8'), ents, 'ru')));
  }
  return out;
}
