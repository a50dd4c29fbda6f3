import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { charEntitiesToSentences, type CharEntity } from './char-spans.js';
import { asDocument, type GoldSentence } from './types.js';
import { mapType } from './type-map.js';

/**
 * Entities of one brat `.ann` file (text-bound `T` lines; discontinuous spans take their outer
 * edges). The type and offsets are separated by spaces (brat) or tabs (ner-uk's files).
 */
export function readBratAnn(path: string): CharEntity[] {
  const out: CharEntity[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('T')) continue;
    const m = /^T\S+\t(\S+)[ \t](\d+(?:[ \t;]\d+)*)\t/.exec(line);
    if (!m) throw new Error(`${path}:${i + 1}: malformed brat text-bound annotation`);
    const type = mapType(m[1]!);
    if (!type) continue;
    const nums = m[2]!.split(/[ \t;]/).map(Number);
    out.push({ start: Math.min(...nums), end: Math.max(...nums), type });
  }
  return out;
}

/** Every `.txt`+`.ann` pair of a brat folder, sorted by name, as tokenised gold sentences. */
export function readBratDir(dir: string, lang?: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ann')).sort()) {
    const text = readFileSync(join(dir, f.replace(/\.ann$/, '.txt')), 'utf8');
    out.push(...asDocument(charEntitiesToSentences(text, readBratAnn(join(dir, f)), lang)));
  }
  return out;
}
