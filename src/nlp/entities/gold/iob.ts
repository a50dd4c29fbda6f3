import { readFileSync } from 'node:fs';
import { asDocument, bioToSpans, type GoldSentence } from './types.js';
import { mapType } from './type-map.js';

/** Sentences taken as one document where a file marks none (ner-uk's train.iob): consecutive sentences of one text, mostly. */
const DOC_WINDOW = 20;

/**
 * Reads IOB2 gold. `iob2`: UNER's CoNLL-U-like layout (comment lines `#`, tab columns: index,
 * word, tag, ...). `ner-uk`: one `word tag` pair per line separated by a space. Blank lines end
 * sentences. Types are mapped through TYPE_MAP; others become O. A malformed line throws an error
 * naming the file and line. Documents: UNER's `# newdoc` comments, else windows of DOC_WINDOW
 * sentences.
 */
export function readIob(path: string, format: 'iob2' | 'ner-uk', lang?: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let doc: GoldSentence[] = [];
  let marked = false;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) doc.push({ words, spans: bioToSpans(tags), ...(lang ? { lang } : {}) });
    words = [];
    tags = [];
  };
  const endDoc = () => {
    flush();
    if (doc.length) out.push(...asDocument(doc));
    doc = [];
  };
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      flush();
      if (!marked && doc.length >= DOC_WINDOW) endDoc();
      continue;
    }
    if (format === 'iob2' && line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) { endDoc(); marked = true; }
      continue;
    }
    const cols = format === 'iob2' ? line.split('\t') : line.split(/\s+/);
    const word = format === 'iob2' ? cols[1] : cols[0];
    const tag = format === 'iob2' ? cols[2] : cols[1];
    if (word === undefined || tag === undefined || !/^(O|[BI]-.+)$/.test(tag)) {
      throw new Error(`${path}:${i + 1}: expected a word and an IOB2 tag, got ${JSON.stringify(line.slice(0, 80))}`);
    }
    words.push(word);
    if (tag === 'O') tags.push('O');
    else {
      const t = mapType(tag.slice(2));
      tags.push(t ? `${tag[0]}-${t}` : 'O');
    }
  }
  endDoc();
  return out;
}
