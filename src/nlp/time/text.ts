import type { TimeValue } from '../../model/index.js';
import type { CompiledTime } from './compile.js';
import { formatAnchor, parseAnchor } from './calendar.js';
import { resolveInOrder } from './resolve.js';
import { tagTimes, type TimeMention } from './tag.js';

/**
 * The time expressions of a plain text in one language, resolved against a given date: what the
 * examples test, the gold sets and `kronika eval times` use where there is no article around
 * the text. Each result keeps the rule that found it.
 */
export function timesInText(text: string, c: CompiledTime, anchor: string | null, focusYear: number | null = null): (TimeValue & { rule: string; mention: TimeMention })[] {
  const a = parseAnchor(anchor);
  const mentions = tagTimes(text, c);
  const resolved = resolveInOrder(mentions, () => c, { anchor: a, focusYear, previous: null });
  return mentions.map((m, i) => {
    const r = resolved[i];
    return { start: m.start, end: m.end, text: m.text, value: r?.value ?? '', kind: r?.kind ?? 'date', anchor: a ? formatAnchor(a) : null, rule: m.rule, mention: m };
  });
}
