import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { formatGoldTable, scoreGold, type GoldFile } from '../../../eval/gold.js';
import { readInputs } from '../../../ingest/index.js';
import type { Article } from '../../../model/index.js';
import { analyze } from '../../../pipeline.js';
import { finishRun } from '../../../run.js';

/** Analyse the files of a folder whose names (without extension) are gold keys. */
export async function analyzeFolder(dir: string, keys: ReadonlySet<string>): Promise<Map<string, Article>> {
  const ctx = await loadContext();
  const out = new Map<string, Article>();
  for await (const item of readInputs([dir])) {
    if (!item.ok) {
      if (!item.warning) process.stderr.write(`${item.error.where}: ${item.error.reason}\n`);
      continue;
    }
    const key = item.raw.source.name ?? '';
    if (!keys.has(key)) continue;
    try {
      out.set(key, await analyze(item.raw, ctx));
    } catch (e) {
      process.stderr.write(`${item.raw.source.uri}: analysis failed: ${(e as Error).message}\n`);
    }
  }
  finishRun([...out.values()], ctx);
  return out;
}

/** Read and check a gold file; a malformed one is an error naming the file and the field. */
export function readGold(path: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
  const docs = (data as { documents?: unknown }).documents;
  if (!docs || typeof docs !== 'object') throw new Error(`${path}: no 'documents' object`);
  for (const [k, d] of Object.entries(docs as Record<string, Record<string, unknown>>)) {
    const qs = d.quotes;
    if (qs !== undefined && qs !== null && !Array.isArray(qs)) throw new Error(`${path}: documents.${k}.quotes is not a list`);
    for (const [i, q] of ((qs as unknown[]) ?? []).entries()) {
      const qq = q as Record<string, unknown>;
      if (typeof qq.starts !== 'string') throw new Error(`${path}: documents.${k}.quotes[${i}].starts is not a string`);
      if (qq.speaker !== null && typeof qq.speaker !== 'string') throw new Error(`${path}: documents.${k}.quotes[${i}].speaker must be a string or null`);
    }
  }
  return data as GoldFile;
}

/** `kronika eval gold --gold FILE --docs DIR`: every field of the gold format, scored. */
export function registerEvalGold(evalCmd: Command): void {
  evalCmd
    .command('gold')
    .description('Score the analysis of a folder of articles against a gold file (../shared/gold/README.md format)')
    .requiredOption('--gold <file>', 'gold JSON file')
    .requiredOption('--docs <dir>', 'folder of the articles; keys are file names without extension')
    .option('--errors', 'list missed, misattributed and spurious quotes')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { gold: string; docs: string; errors?: boolean; json?: boolean }) => {
      const gold = readGold(opts.gold);
      const outputs = await analyzeFolder(opts.docs, new Set(Object.keys(gold.documents)));
      const scores = scoreGold(gold, outputs);
      if (opts.json) {
        process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
        return;
      }
      process.stdout.write(formatGoldTable(scores));
      if (opts.errors) {
        for (const m of scores.errors.missed) process.stdout.write(`missed      ${m.doc}: ${m.starts} (${m.want})\n`);
        for (const m of scores.errors.misattributed) process.stdout.write(`misattrib.  ${m.doc}: ${m.starts}: want ${m.want}, got ${m.got}\n`);
        for (const m of scores.errors.spurious) process.stdout.write(`spurious    ${m.doc}: ${m.text}\n`);
      }
    });
}
