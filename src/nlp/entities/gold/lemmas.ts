import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mapType } from './type-map.js';
import type { NerType } from './types.js';

/** A gold name with its base form; `context` is the sentence's words when the source has them. */
export interface GoldLemma {
  lang: string;
  form: string;
  lemma: string;
  /** The entity type when the source gives it (BSNLP); UD names get the recogniser's type. */
  type: NerType | null;
  /** Sentence words and the index of the form's word (UD). */
  words?: string[];
  index?: number;
  source: string;
}

/** Proper nouns (PROPN) of a CoNLL-U file with their lemmas, and their sentences. */
export function readConlluPropn(path: string, lang: string): GoldLemma[] {
  const out: GoldLemma[] = [];
  let words: string[] = [];
  let pending: { form: string; lemma: string; index: number; line: number }[] = [];
  const flush = () => {
    for (const p of pending) out.push({ lang, form: p.form, lemma: p.lemma, type: null, words, index: p.index, source: `${path}:${p.line}` });
    words = [];
    pending = [];
  };
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    if (line.startsWith('#')) return;
    const c = line.split('\t');
    if (c.length < 4) throw new Error(`${path}:${i + 1}: expected CoNLL-U columns`);
    if (!/^\d+$/.test(c[0]!)) return; // multiword ranges and empty nodes
    if (c[3] === 'PROPN' && c[2] !== '_') pending.push({ form: c[1]!, lemma: c[2]!, index: words.length, line: i + 1 });
    words.push(c[1]!);
  });
  flush();
  return out;
}

/** BSNLP annotated names (`form<TAB>base<TAB>TYPE<TAB>id`) of every topic, for one language folder name. */
export function readBsnlpLemmas(dir: string, lang: string): GoldLemma[] {
  const out: GoldLemma[] = [];
  for (const topic of readdirSync(dir).sort()) {
    const d = join(dir, topic, 'annotated', lang);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      const lines = readFileSync(join(d, f), 'utf8').split(/\r?\n/);
      lines.forEach((line, i) => {
        const c = line.split('\t');
        if (c.length < 3) return; // the document id line
        const type = mapType(c[2]!.trim());
        if (!type) return;
        out.push({ lang, form: c[0]!.trim(), lemma: c[1]!.trim(), type, source: `${join(d, f)}:${i + 1}` });
      });
    }
  }
  return out;
}
