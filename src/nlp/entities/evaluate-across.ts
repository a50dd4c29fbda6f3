/**
 * Measuring entity linking over a whole run, the way an analyst uses it: every BSNLP article is
 * analysed (recognition, linking to the knowledge base, article-local entities, then linking across
 * the run's articles), and each annotated name of an article (`surface TAB base TAB type TAB
 * cross-lingual id`) takes the entity Kronika gave the mentions written that way in that article.
 * Scored pairwise over the names found: two names Kronika put in one entity should share a gold
 * id (precision), two names sharing a gold id should be one entity (recall), across articles and
 * languages. Names Kronika did not find as written are counted, not scored.
 */
import { bsnlpRawFiles } from '../../eval/bsnlp.js';
import type { Article, RawArticle } from '../../model/index.js';
import { readBsnlp, type LinkMention } from '../../kb/link-eval.js';

export interface BsnlpArticle {
  raw: RawArticle;
  /** `topic/lang/file.out`: the key of its annotations in readBsnlp. */
  key: string;
}

/** The BSNLP raw articles (their date given), keyed like their annotations. */
export function* bsnlpArticles(dir: string): Generator<BsnlpArticle> {
  for (const f of bsnlpRawFiles(dir)) {
    yield {
      raw: {
        source: { kind: 'file', uri: f.path, name: f.file, outlet: null },
        title: null,
        body: f.body,
        date: f.date ? { value: f.date, precision: 'day', source: 'header', evidence: null } : null,
        declaredLanguage: f.lang,
      },
      key: f.key,
    };
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
