import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { nerCorpora } from '../../../nlp/entities/gold/corpora.js';
import { readGoldSentences, scoreBsnlp, scoreSentences, type GoldFormat } from '../../../nlp/entities/evaluate.js';
import { entityResources } from '../../../nlp/entities/stage.js';
import { loadEntityResources, taggerFor } from '../../../nlp/entities/resources.js';
import { formatScores, type NerScores } from '../../../nlp/entities/score.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/**
 * `kronika eval ner`: exact-span precision/recall/F1 (CoNLL rules) per type (PER, ORG, LOC) and
 * overall. Gold types are mapped to PER/ORG/LOC by src/nlp/entities/gold/type-map.ts; the others
 * (UNER OTH, ner-uk MISC/JOB/..., NEREL EVENT/PROFESSION/FACILITY/..., BSNLP PRO/EVT) are ignored.
 * `--dev` scores every dev part under ../shared/data/ner (ner-uk and factRuEval: every 10th text, held out from training).
 * `--models DIR` scores the models of another folder (a train-only build, `npm run train -- --out DIR`);
 * a dev part the scored model was trained on (a `--with-dev` release build) is marked as such.
 */
export function registerEvalNer(evalCmd: Command): void {
  evalCmd
    .command('ner')
    .description('Score named-entity recognition (exact spans, PER/ORG/LOC) on gold data')
    .option('--gold <path>', 'gold file (iob2, ner-uk) or folder (brat, factrueval, bsnlp topic or topics)')
    .option('--format <f>', 'iob2 | ner-uk | brat | factrueval | bsnlp', 'iob2')
    .option('--lang <code>', 'language of the gold text', 'sr')
    .option('--dev', 'score every dev part of ../shared/data/ner')
    .option('--data <dir>', 'the shared data folder', join(SHARED_DEFAULT, 'data'))
    .option('--models <dir>', 'score the NER models of this folder instead of models/')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { gold?: string; format: string; lang: string; dev?: boolean; data: string; models?: string; json?: boolean }) => {
      const ctx = await loadContext();
      const res = opts.models ? loadEntityResources(ctx.packs, ctx.entities.kb, opts.models) : entityResources(ctx);
      const results: Record<string, NerScores> = {};
      if (opts.dev) {
        for (const part of nerCorpora(join(opts.data, 'ner')).filter((p) => p.role === 'dev')) {
          const trained = taggerFor(res, part.lang)?.meta.trained;
          const seen = Array.isArray(trained) && trained.includes(part.name) ? ' (the model was trained on this part: not a held-out score)' : '';
          results[`${part.lang} ${part.name}${seen}`] = scoreSentences(res, part.read(), part.lang);
        }
      } else {
        if (!opts.gold) throw new Error('eval ner: give --gold PATH or --dev');
        const format = opts.format as GoldFormat;
        if (!['iob2', 'ner-uk', 'brat', 'factrueval', 'bsnlp'].includes(format)) throw new Error(`eval ner: unknown --format ${opts.format}`);
        results[`${opts.lang} ${opts.gold}`] =
          format === 'bsnlp' ? scoreBsnlp(res, opts.gold, opts.lang) : scoreSentences(res, readGoldSentences(opts.gold, format, opts.lang), opts.lang);
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
      else for (const [k, v] of Object.entries(results)) process.stdout.write(`${k}\n${formatScores(v)}\n\n`);
    });
}
