import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Word clusters learnt from unlabelled text (`npm run build-clusters`, scripts/build-clusters.ts):
 * transliteration key → bit path of its cluster (`0110…`; a prefix is a coarser cluster). The NER
 * models use the path prefixes as features. Loaded once per file per process.
 */
export type WordClusters = ReadonlyMap<string, string>;

const loaded = new Map<string, WordClusters>();

/** Reads a clusters file (gzipped `key<TAB>path` lines). */
export function loadClusters(path: string): WordClusters {
  let c = loaded.get(path);
  if (!c) {
    const m = new Map<string, string>();
    const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line) return;
      const tab = line.indexOf('\t');
      if (tab <= 0) throw new Error(`${path}:${i + 1}: expected "key<TAB>path"`);
      const p = line.slice(tab + 1);
      if (p !== '-') m.set(line.slice(0, tab), p);
    });
    c = m;
    loaded.set(path, c);
  }
  return c;
}
