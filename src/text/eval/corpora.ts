import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Readers for the labelled corpora under `../shared/data` that the text layer is measured on:
 * CoNLL-U and IOB2 files (sentences with `# text =` and `# newdoc`), BSNLP raw news, CSV and
 * JSON Lines. They return plain text only; nothing here is shipped with an article.
 */

/** A document of a sentence-level corpus: its sentences in order. */
export interface SentenceDoc {
  id: string;
  sentences: string[];
  /** Indexes of the sentences that start a paragraph (`# newpar`), when the corpus marks them. */
  paragraphStarts: Set<number>;
}

/**
 * Documents of a CoNLL-U or IOB2 file: `# newdoc` starts a document, `# newpar` a paragraph, each
 * `# text =` line is a sentence. A file without `# newdoc` is one document.
 */
export function readSentenceDocs(path: string): SentenceDoc[] {
  const docs: SentenceDoc[] = [];
  let cur: SentenceDoc | null = null;
  let newpar = false;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('#')) continue;
    const nd = /^#\s*newdoc(?:\s+id\s*=\s*(.*))?/.exec(line);
    if (nd) {
      cur = { id: (nd[1] ?? `${path}:${i + 1}`).trim(), sentences: [], paragraphStarts: new Set() };
      docs.push(cur);
      continue;
    }
    if (/^#\s*newpar\b/.test(line)) {
      newpar = true;
      continue;
    }
    const t = /^#\s*text\s*=\s?(.*)$/.exec(line);
    if (t) {
      if (!cur) {
        cur = { id: path, sentences: [], paragraphStarts: new Set() };
        docs.push(cur);
      }
      if (newpar) cur.paragraphStarts.add(cur.sentences.length);
      newpar = false;
      cur.sentences.push(t[1]!.trim());
    }
  }
  return docs.filter((d) => d.sentences.length > 0);
}

/** Consecutive sentences of each document joined into pseudo-documents of `size` sentences (the last may be shorter). */
export function pseudoDocuments(docs: SentenceDoc[], size: number): string[] {
  const out: string[] = [];
  for (const d of docs) for (let i = 0; i < d.sentences.length; i += size) out.push(d.sentences.slice(i, i + size).join(' '));
  return out;
}

/** Body texts of BSNLP raw files (`<topic>/raw/<lang>/*`): lines 1-4 are id, language, date and URL. */
export function readBsnlpRaw(root: string, lang: string): string[] {
  const out: string[] = [];
  if (!existsSync(root)) return out;
  for (const topic of readdirSync(root).sort()) {
    const dir = join(root, topic, 'raw', lang);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
      const body = lines.slice(4).join('\n').trim();
      if (body) out.push(body);
    }
  }
  return out;
}

/** Records of a CSV file with a header row, as objects keyed by column name. */
export function readCsv(path: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, delimiter, skip_empty_lines: true, relax_quotes: true, relax_column_count: true });
}

/** Records of a JSON Lines file; a malformed line is an error naming the file and line. */
export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    try {
      out.push(JSON.parse(l) as T);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: malformed JSON (${(e as Error).message})`);
    }
  }
  return out;
}

/** Plain text files of a folder, sorted by name. */
export function readTextFiles(dir: string, suffix = '.txt'): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** At most `n` items spread evenly over `items` (deterministic), so a limit samples a whole corpus, not its start. */
export function spread<T>(items: T[], n: number): T[] {
  if (n <= 0 || items.length <= n) return items;
  const out: T[] = [];
  const step = items.length / n;
  for (let i = 0; i < n; i++) out.push(items[Math.floor(i * step)]!);
  return out;
}
