import { readdir, stat, readFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { glob } from 'tinyglobby';
import { decodeBytes, DecodeError } from './decode.js';
import { fileSource, textArticle } from './text.js';
import { DEFAULT_INGEST_OPTIONS, type IngestItem, type IngestOptions } from './types.js';

export type { IngestItem, IngestOptions } from './types.js';

const fail = (where: string, reason: string): IngestItem => ({ ok: false, error: { where, reason } });

/**
 * Read every input named on a command line: files, folders (recursive, sorted), globs, `-` for
 * standard input. Yields articles and errors in input order; never throws for one bad input.
 */
export async function* readInputs(args: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = { ...DEFAULT_INGEST_OPTIONS, ...options };
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdin(opts);
      continue;
    }
    let paths: string[];
    try {
      paths = await expand(arg);
    } catch (e) {
      yield fail(arg, (e as Error).message);
      continue;
    }
    if (paths.length === 0) yield fail(arg, 'no such file, folder or matching glob');
    for (const p of paths) yield* readFileInput(p, opts);
  }
}

/** A path, folder or glob → the files it names, sorted. */
async function expand(arg: string): Promise<string[]> {
  let st;
  try {
    st = await stat(arg);
  } catch {
    if (/[*?[{]/.test(arg)) {
      const out = await glob(arg, { onlyFiles: false, expandDirectories: false });
      const files: string[] = [];
      for (const p of out.sort()) files.push(...(await expand(p)));
      return files;
    }
    throw new Error('no such file or folder');
  }
  if (!st.isDirectory()) return [arg];
  const out: string[] = [];
  const entries = (await readdir(arg, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(arg, e.name);
    if (e.isDirectory()) out.push(...(await expand(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function* readFileInput(path: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let buf: Buffer;
  try {
    const st = await stat(path);
    if (st.size > opts.maxBytes) {
      yield fail(path, `file is ${(st.size / 1048576).toFixed(1)} MB, over the ${(opts.maxBytes / 1048576).toFixed(1)} MB limit (--max-bytes)`);
      return;
    }
    buf = await readFile(path);
  } catch (e) {
    yield fail(path, (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message);
    return;
  }
  yield* fromBytes(buf, path, extname(path).toLowerCase());
}

async function* readStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > opts.maxBytes) {
      yield fail('-', `standard input is over the ${(opts.maxBytes / 1048576).toFixed(1)} MB limit`);
      return;
    }
    chunks.push(c as Buffer);
  }
  yield* fromBytes(Buffer.concat(chunks), '-', '');
}

/** Decoded bytes of one input → its articles, by format. */
async function* fromBytes(buf: Buffer, where: string, ext: string): AsyncGenerator<IngestItem> {
  let text: string;
  try {
    text = decodeBytes(buf).text;
  } catch (e) {
    if (e instanceof DecodeError) {
      yield fail(where, e.message);
      return;
    }
    throw e;
  }
  if (!text.trim()) {
    yield fail(where, 'empty file (no text)');
    return;
  }
  const source = fileSource(where, where === '-' ? 'stdin' : 'file');
  yield* textArticle(text, source);
}

