import { readdir, stat, readFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { glob } from 'tinyglobby';
import { readBytes, readUrl } from './dispatch.js';
import { formatBytes, isHttpUrl } from './fetch.js';
import { DEFAULT_INGEST_OPTIONS, failure, type IngestItem, type IngestOptions } from './types.js';

export type { IngestItem, IngestOptions } from './types.js';

/**
 * Read every input named on a command line: files, folders (recursive, sorted), globs, http(s)
 * URLs, `-` for standard input. Each is read by its format (plain text or the seed format,
 * JSON Lines, HTML, RSS/Atom). Yields articles, errors and warnings in input order; never throws
 * for one bad input.
 */
export async function* readInputs(args: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = { ...DEFAULT_INGEST_OPTIONS, ...options };
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdin(opts);
      continue;
    }
    if (isHttpUrl(arg)) {
      yield* readUrl(arg, opts);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      yield failure(arg, 'unsupported URL scheme (http and https only)');
      continue;
    }
    let paths: string[];
    try {
      paths = await expand(arg);
    } catch (e) {
      yield failure(arg, (e as Error).message);
      continue;
    }
    if (paths.length === 0) yield failure(arg, 'no such file, folder or matching glob');
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
      yield failure(path, `file is ${formatBytes(st.size)}, over the ${formatBytes(opts.maxBytes)} limit (--max-bytes)`);
      return;
    }
    buf = await readFile(path);
  } catch (e) {
    yield failure(path, (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message);
    return;
  }
  yield* readBytes(buf, { where: path, kind: 'file', ext: extname(path).toLowerCase() }, opts);
}

async function* readStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > opts.maxBytes) {
      process.stdin.destroy();
      yield failure('-', `standard input is over the ${formatBytes(opts.maxBytes)} limit (--max-bytes)`);
      return;
    }
    chunks.push(c as Buffer);
  }
  yield* readBytes(Buffer.concat(chunks), { where: '-', kind: 'stdin' }, opts);
}
