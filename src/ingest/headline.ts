/**
 * Does a line read like a headline? The rule (documented in the README):
 * a headline does not end like a sentence (no final `.`, `…`, `:` or `;`, with or without closing
 * quotes after it) and has at most 30 words. `?` and `!` endings are headlines when short
 * (at most 15 words). A first line that reads like a sentence is the article's first paragraph
 * and stays in the text, so no name, quote or date in it is lost.
 */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  const words = s.split(/\s+/).length;
  const core = s.replace(/[”“"»«’')\]]+$/u, '');
  if (/[.…:;,]$/.test(core)) return false;
  if (/[?!]$/.test(core)) return words <= 15;
  return words <= 30;
}
