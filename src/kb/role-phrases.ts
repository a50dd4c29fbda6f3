import type { NameLexicon } from '../lang/types/names.js';
import { tokenize } from '../text/segment.js';
import { nameWords } from './key.js';
import type { KbEntity, KbMatch } from './types.js';

/**
 * Role phrases: a title from a language's `roleTitles` and an organisation or country the
 * knowledge base recognises, in either order, optionally joined by the language's `roleLinks`:
 * `kreu i NATO-s`, `Sekretari i Përgjithshëm i NATO-s`, `generalni sekretar Alijanse`,
 * `генсек НАТО`, `president i Kroacisë`, `NATO chief`.
 */
interface Title {
  role: string;
  words: string[];
}

interface Lookup {
  match(text: string, lang?: string): KbMatch[];
  get(id: string): KbEntity | undefined;
}

const fold = (w: string): string => w.toLowerCase().replace(/[’ʼ]/g, "'");

export class RolePhrases {
  private readonly titles = new Map<string, Title[]>();
  private readonly links = new Map<string, string[][]>();

  constructor(
    lexicons: Map<string, NameLexicon>,
    private readonly kb: Lookup,
  ) {
    for (const [lang, lex] of lexicons) {
      const list: Title[] = [];
      for (const t of lex.roleTitles ?? []) for (const p of t.phrases) list.push({ role: t.role, words: nameWords(p).map(fold) });
      list.sort((a, b) => b.words.length - a.words.length);
      this.titles.set(lang, list);
      this.links.set(lang, (lex.roleLinks ?? []).map((l) => nameWords(l).map(fold)).sort((a, b) => b.length - a.length));
    }
  }

  /** The role and organisation a phrase names, or null. Tries `lang` first, then every language. */
  parse(text: string, lang: string): { role: string; org: string } | null {
    const langs = [lang, ...[...this.titles.keys()].filter((l) => l !== lang)];
    const toks = tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(text.slice(t.start, t.end)));
    const ws = toks.map((t) => fold(text.slice(t.start, t.end)));
    // Organisation first (`NATO chief`, `NATO's Secretary General`): the organisation opening the text and the
    // token after it, the same in every language, looked up once and only when a title-first reading fails.
    let orgFirst: { org: string; after: number } | null | undefined;
    const orgFirstOf = () => {
      if (orgFirst !== undefined) return orgFirst;
      const first = this.kb.match(text, lang)[0];
      const org = first && first.start === (toks[0]?.start ?? -1) ? this.orgOf(first) : null;
      const after = first ? toks.findIndex((x) => x.start >= first.end) : -1;
      return (orgFirst = org && after >= 0 ? { org, after } : null);
    };
    for (const l of langs) {
      const titles = this.titles.get(l) ?? [];
      const links = this.links.get(l) ?? [];
      // Title first: `kreu i NATO-s`.
      const t = titles.find((x) => startsWith(ws, 0, x.words));
      if (t) {
        let i = t.words.length;
        const link = links.find((x) => startsWith(ws, i, x));
        if (link) i += link.length;
        if (i < toks.length) {
          const org = this.orgAt(text.slice(toks[i]!.start), lang);
          if (org) return { role: t.role, org };
        }
      }
      const of = orgFirstOf();
      const t2 = of && titles.find((x) => startsWith(ws, of.after, x.words));
      if (t2) return { role: t2.role, org: of.org };
    }
    return null;
  }

  private orgAt(text: string, lang: string): string | null {
    const m = this.kb.match(text, lang)[0];
    return m && m.start === 0 ? this.orgOf(m) : null;
  }

  private orgOf(m: KbMatch): string | null {
    for (const c of m.candidates) {
      if (c.type === 'ORG') return c.id;
      if (c.type === 'LOC' && this.kb.get(c.id)?.kind === 'country') return c.id;
    }
    return null;
  }
}

function startsWith(ws: string[], at: number, seq: string[]): boolean {
  if (at + seq.length > ws.length) return false;
  for (let j = 0; j < seq.length; j++) if (ws[at + j] !== seq[j]) return false;
  return true;
}
