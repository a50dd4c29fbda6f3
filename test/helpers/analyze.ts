import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { readInputs } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** Read one article file through the ingesters and analyse it (the first article it holds). */
export async function analyzeFile(path: string): Promise<Article> {
  const ctx = await loadContext();
  for await (const item of readInputs([path])) {
    assert.ok(item.ok || item.warning, item.ok ? '' : item.error.reason);
    if (item.ok) return analyze(item.raw, ctx);
  }
  throw new Error(`nothing read from ${path}`);
}
