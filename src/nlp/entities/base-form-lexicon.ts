import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The words of hunspell dictionaries (npm `dictionary-<code>` packages), used to check candidate
 * base forms: a stem of the dictionary is a base form (`Брюссель`, `Пакистан`). Read once per
 * process on first use; a package that is not installed gives an empty lexicon.
 */
export class BaseFormLexicon {
  private words: Set<string> | null = null;

  constructor(private readonly packages: readonly string[]) {}

  /** Is `word` a dictionary word as written (a capitalised name only as a capitalised entry)? */
  has(word: string): boolean {
    return this.load().has(word);
  }

  /** A capitalised word is known in lower case too (the first word of `Съд на ЕС`). */
  hasAnyCase(word: string): boolean {
    const w = this.load();
    return w.has(word) || w.has(word.toLowerCase());
  }

  get size(): number {
    return this.load().size;
  }

  private load(): Set<string> {
    if (this.words) return this.words;
    const words = new Set<string>();
    for (const pkg of this.packages) {
      let text: string;
      try {
        text = readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');
      } catch {
        continue;
      }
      const lines = text.split('\n');
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        let end = line.length;
        for (let k = 0; k < line.length; k++) {
          const c = line.charCodeAt(k);
          if (c === 47 /* / */ || c === 9 || c === 32 || c === 13) { end = k; break; }
        }
        if (end > 1) words.add(line.slice(0, end));
      }
    }
    this.words = words;
    return words;
  }
}

const shared = new Map<string, BaseFormLexicon>();

/** One lexicon per set of packages per process. */
export function baseFormLexicon(packages: readonly string[]): BaseFormLexicon {
  const key = packages.join('\u0000');
  let l = shared.get(key);
  if (!l) shared.set(key, (l = new BaseFormLexicon(packages)));
  return l;
}
