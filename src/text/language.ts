import cld from 'cld';
import type { Script } from '../model/index.js';
import type { LanguagePack, LexicalMarker } from '../lang/types.js';

export interface LanguageGuess {
  language: string;
  confidence: number;
  /** How the decision was made: the detector alone, lexical markers on top of it, or letters alone. */
  method: 'detector' | 'markers' | 'letters' | 'none';
}

interface CompiledMarker {
  re: RegExp;
  weight: number;
}

/** Language identification: CLD2 first, then each group's lexical markers (sr/bs/hr/cnr), then letters. */
export class LanguageIdentifier {
  private byDetectorCode = new Map<string, LanguagePack>();
  private groups = new Map<string, { pack: LanguagePack; markers: CompiledMarker[] }[]>();

  constructor(private packs: Map<string, LanguagePack>) {
    for (const p of packs.values()) {
      for (const c of p.detectorCodes) this.byDetectorCode.set(c.toLowerCase(), p);
      if (p.group) {
        const list = this.groups.get(p.group) ?? [];
        list.push({ pack: p, markers: (p.markers ?? []).map(compileMarker) });
        this.groups.set(p.group, list);
      }
    }
  }

  async identify(text: string, script: Script): Promise<LanguageGuess> {
    const letters = countLetters(text);
    let guess: LanguageGuess = { language: 'und', confidence: 0, method: 'none' };
    if (letters >= 12) {
      try {
        const r = await cld.detect(text, { isHTML: false });
        const top = r.languages[0];
        if (top) {
          const pack = this.byDetectorCode.get(top.code.toLowerCase()) ?? this.byDetectorCode.get(top.name.toLowerCase());
          const conf = (top.percent / 100) * (r.reliable ? 1 : 0.6);
          guess = { language: pack?.code ?? top.code, confidence: round(conf), method: 'detector' };
        }
      } catch {
        // CLD2 refuses texts it cannot judge; the letter fallback below decides.
      }
    }
    if (guess.method === 'none') guess = this.byLetters(text, script);
    const pack = this.packs.get(guess.language);
    if (pack?.group) guess = this.withinGroup(text, script, pack.group, guess);
    return guess;
  }

  /** Tell close relatives apart (sr/bs/hr/cnr) by their lexical markers. */
  private withinGroup(text: string, script: Script, group: string, detector: LanguageGuess): LanguageGuess {
    const members = this.groups.get(group)!;
    const scores = members.map(({ pack, markers }) => {
      let s = 0;
      for (const mk of markers) {
        if (mk.weight === 0) continue;
        mk.re.lastIndex = 0;
        let n = 0;
        while (mk.re.exec(text) && n < 5) n++;
        s += n * mk.weight;
      }
      return { code: pack.code, score: s * (pack.markerPrior ?? 1) };
    });
    scores.sort((a, b) => b.score - a.score);
    const [best, second] = scores;
    if (!best || best.score < 1) {
      // No lexical evidence: Cyrillic text of this group is Serbian by default; Latin is the group.
      if (script === 'Cyrl') return { language: 'sr', confidence: round(detector.confidence * 0.8), method: 'markers' };
      return { language: group, confidence: round(detector.confidence), method: 'markers' };
    }
    const margin = (best.score - (second?.score ?? 0)) / best.score;
    return { language: best.code, confidence: round(Math.min(0.99, 0.5 + margin / 2)), method: 'markers' };
  }

  /** For very short texts: the language whose distinctive letters occur most, within the script. */
  private byLetters(text: string, script: Script): LanguageGuess {
    let best: LanguagePack | null = null;
    let bestN = 0;
    for (const p of this.packs.values()) {
      if (!p.distinctiveLetters || !p.scripts.includes(script)) continue;
      let n = 0;
      for (const ch of text.toLowerCase()) if (p.distinctiveLetters.includes(ch)) n++;
      if (n > bestN) {
        best = p;
        bestN = n;
      }
    }
    if (best) return { language: best.code, confidence: 0.3, method: 'letters' };
    return { language: 'und', confidence: 0, method: 'none' };
  }
}

function compileMarker(m: LexicalMarker): CompiledMarker {
  return { re: new RegExp(`(?<![\\p{L}\\p{M}])(?:${m.pattern})(?![\\p{L}\\p{M}])`, 'giu'), weight: m.weight };
}

function countLetters(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) n += m[0].length;
  return n;
}

const round = (x: number) => Math.round(x * 100) / 100;
