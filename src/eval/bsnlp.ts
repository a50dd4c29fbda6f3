/**
 * The raw articles of the BSNLP shared task (`<topic>/raw/<lang>/<file>`): four header lines (id,
 * language, date, URL), then the text. One reader for every evaluation that uses them (dating,
 * stories, linking across a run).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BsnlpRawFile {
  topic: string;
  /** The language folder. */
  lang: string;
  /** The language the file's second line declares, or null. */
  declared: string | null;
  path: string;
  /** The file name (`brexit_ru.txt_file_10.txt`). */
  file: string;
  /** The key of its annotations as `readBsnlp` (src/kb/link-eval.ts) names them: `topic/lang/<file>.out`. */
  key: string;
  /** The date of the third line (`YYYY-MM-DD`), or null. */
  date: string | null;
  /** The text after the four header lines. */
  body: string;
}

/** Every raw file, sorted by topic, language and file name. */
export function* bsnlpRawFiles(dir: string): Generator<BsnlpRawFile> {
  for (const topic of readdirSync(dir).sort()) {
    const raw = join(dir, topic, 'raw');
    if (!existsSync(raw)) continue;
    for (const lang of readdirSync(raw).sort()) {
      for (const file of readdirSync(join(raw, lang)).sort()) {
        const path = join(raw, lang, file);
        const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
        yield {
          topic,
          lang,
          declared: lines[1]?.trim() || null,
          path,
          file,
          key: `${topic}/${lang}/${file.replace(/\.txt$/, '.out')}`,
          date: /^\d{4}-\d{2}-\d{2}/.exec(lines[2]?.trim() ?? '')?.[0] ?? null,
          body: lines.slice(4).join('\n'),
        };
      }
    }
  }
}
