/**
 * The two word lists that showing a report's figures needs, apart from reading them: the words
 * that name a total (the popup leads with those figures) and the scale words (a unit is printed
 * without its scale once the value is scaled). Both are in lexicon/report-words.json, apart from
 * the figure reader's other lists (lexicon.ts), so that the popup and the panel, which show
 * figures the background has read, load neither those lists nor the reader.
 */
import lists from './lexicon/report-words.json' with { type: 'json' };
import { keySet, valuesByKey } from './syllable-key.ts';

let totals: ReadonlySet<string> | undefined;
let multipliers: ReadonlyMap<string, number> | undefined;

/** Phrase keys of the words that name a total: "tổng", "toàn tỉnh". */
export function totalWords(): ReadonlySet<string> {
  totals ??= keySet(lists.TOTALS.phrases);
  return totals;
}

/** Scale words by phrase key, with their factors: "triệu" → 1 000 000. */
export function multiplierWords(): ReadonlyMap<string, number> {
  multipliers ??= valuesByKey(lists.MULTIPLIERS.values);
  return multipliers;
}
