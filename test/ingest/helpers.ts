import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readInputs, type IngestItem, type IngestOptions } from '../../src/ingest/index.js';
import type { RawArticle } from '../../src/model/index.js';
import { ROOT, fixture } from '../helpers/shared.js';

export const ingestFixture = (...p: string[]) => fixture('ingest', ...p);

/** Everything readInputs yields for these arguments. */
export async function readAll(args: string[], opts: Partial<IngestOptions> = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of readInputs(args, opts)) out.push(x);
  return out;
}

export const articles = (items: IngestItem[]): RawArticle[] => items.flatMap((x) => (x.ok ? [x.raw] : []));
export const errors = (items: IngestItem[]) => items.flatMap((x) => (!x.ok && !x.warning ? [`${x.error.where}: ${x.error.reason}`] : []));
export const warnings = (items: IngestItem[]) => items.flatMap((x) => (!x.ok && x.warning ? [`${x.error.where}: ${x.error.reason}`] : []));

/** Run `node bin/kronika.js ARGS` (optionally with standard input) and collect what it printed. */
export function cli(args: string[], stdin?: Buffer | string): Promise<{ code: number | null; stdout: string; stderr: string; lines: any[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'kronika.js'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) }));
    child.stdin.end(stdin ?? '');
  });
}
