/**
 * Which figures the popup leads with. A reporter's summary of an article gives the numbers of
 * its title and lead, then totals, sums of money, percentages and ratios: they carry the
 * news, while the counts of the body illustrate it. So those figures come first, in article
 * order, at most KEY_LIMIT of them; the others follow under "more", in article order too.
 * When none qualifies, the article's first figures lead.
 */

import type { Figure } from '../analysis-types.ts';
import { totalWords } from './report-words.ts';
import { phraseKey } from './syllable-key.ts';

export const KEY_LIMIT = 8;
const FALLBACK_KEY = 5;
const TELLING_KINDS: ReadonlySet<Figure['kind']> = new Set(['money', 'percent', 'ratio']);

/** Whether the label names a total: "tổng thu ngân sách", "toàn tỉnh có". */
function isTotal(figure: Figure): boolean {
  const words = phraseKey(`${figure.label}`).split(' ');
  const totals = totalWords();
  return totals.has(words[0] ?? '') || totals.has(words.slice(0, 2).join(' '));
}

export function isTelling(figure: Figure): boolean {
  return figure.lead === true || TELLING_KINDS.has(figure.kind) || isTotal(figure);
}

/** Quantities split into the key ones and the rest, each in article order. */
export function rankFigures(figures: readonly Figure[]): { key: Figure[]; more: Figure[] } {
  const ordered = [...figures].sort((a, b) => a.start - b.start || a.end - b.end);
  const telling = ordered.filter(isTelling);
  const keySet = new Set(telling.length > 0 ? telling.slice(0, KEY_LIMIT) : ordered.slice(0, FALLBACK_KEY));
  return {
    key: ordered.filter((figure) => keySet.has(figure)),
    more: ordered.filter((figure) => !keySet.has(figure)),
  };
}
