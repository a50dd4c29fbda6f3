/**
 * Measuring entity linking over a whole run, the way an analyst uses it: every BSNLP article is
 * analysed (recognition, linking to the knowledge base, article-local entities, then linking across
 * the run's articles), and each annotated name of an article (`surface TAB base TAB type TAB
 * cross-lingual id`) takes the entity Kronika gave the mentions written that way in that article.
 * Scored pairwise over the names found: two names Kronika put in one entity should share a gold
 * id (precision), two names sharing a gold id should be one entity (recall), across articles and
 * languages. Names Kronika did not find as written are counted, not scored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawArticle } from '../../model/index.js';
import { readBsnlp, type LinkMention } from '../../kb/link-eval.js';

export interface BsnlpArticle {
  raw: RawArticle;
  /** `topic/lang/file.out`: the key of its annotations in readBsnlp. */
  key: string;
}

/** The BSNLP raw articles (their date given, the four header lines removed), keyed like their annotations. */
export function* bsnlpArticles(dir: string): Generator<BsnlpArticle> {
  for (const topic of readdirSync(dir).sort()) {
    const rawDir = join(dir, topic, 'raw');
    if (!existsSync(rawDir)) continue;
    for (const lang of readdirSync(rawDir).sort()) {
      for (const f of readdirSync(join(rawDir, lang)).sort()) {
        const p = join(rawDir, lang, f);
        const lines = readFileSync(p, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
        const date = /^\d{4}-\d{2}-\d{2}/.exec(lines[2]?.trim() ?? '')?.[0] ?? null;
        yield {
          raw: {
            source: { kind: 'file', uri: p, name: f, outlet: null },
            title: null,
            body: lines.slice(4).join('\n'),
            date: date ? { value: date, precision: 'day', source: 'header', evidence: null } : null,
            declaredLanguage: lang,
          },
          key: `${topic}/${lang}/${f.replace(/\.txt$/, '.out')}`,
        };
      }
    }
  }
}

export interface AcrossItem {
  gold: string;
  /** The entity Kronika gave the name in that article, or null when it found no mention written that way. */
  ours: string | null;
  lang: string;
}

/** Pair each annotated name with the entity of the article's mentions written that way (the most frequent one). */
export function alignNames(dir: string, docs: Map<string, Article>): AcrossItem[] {
  const { mentions } = readBsnlp(dir);
  const byDoc = new Map<string, LinkMention[]>();
  for (const m of mentions) (byDoc.get(m.file) ?? byDoc.set(m.file, []).get(m.file)!).push(m);
  const items: AcrossItem[] = [];
  for (const [key, names] of byDoc) {
    const doc = docs.get(key);
    if (!doc) continue;
    const bySurface = new Map<string, Map<string, number>>();
    for (const m of doc.mentions) {
      if (!m.entity) continue;
      const c = bySurface.get(m.text) ?? bySurface.set(m.text, new Map()).get(m.text)!;
      c.set(m.entity, (c.get(m.entity) ?? 0) + 1);
    }
    for (const n of names) {
      const c = bySurface.get(n.surface);
      const ours = c ? [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : null;
      items.push({ gold: n.gold, ours, lang: n.lang });
    }
  }
  return items;
}
