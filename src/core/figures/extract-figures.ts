/**
 * Key figures of an article: counts, ratios, percentages, measures and money, then dates,
 * periods and ordinals, each with the words as written, a label readable on its own and
 * the sentence it comes from.
 *
 * Decisions where Vietnamese usage leaves a choice:
 * - Approximators written right before a number ("trên 1.200 hộ", "gần 3 tỷ đồng", "hơn 500
 *   người") are kept in the figure's text, so that the popup never shows an exact-looking
 *   number the article did not claim; the value is the number itself.
 * - "84 tổ/498 thành viên" gives two counts (tổ, thành viên); "22/23 xã" is one ratio.
 * - A year is a date when "năm" precedes it, or when it stands bare (no thousands dot)
 *   without a counted noun after it ("đến 2030,"): Vietnamese writes 4-digit counts with a
 *   dot ("2.030 hộ").
 * - Landmark and unit numbers are names ("Mốc 42", "Sư đoàn 316"), clock times are not
 *   figures, "Thứ 2" with a capital is a weekday, "Thứ nhất" (a word) is never a figure.
 * - A count with no noun to name it is dropped: a lone number is not a key figure.
 */

import type { Figure } from '../analysis-types.ts';
import { isInvisible } from '../normalize.ts';
import { leadEnd, markLead, mergeMentions } from './figure-mentions.ts';
import { scanFigures } from './figure-scanner.ts';

export function extractFigures(text: string): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const read = hasInvisible(text) ? scanWithoutInvisibles(text) : scanFigures(text);
    const figures = mergeMentions(read);
    markLead(figures, leadEnd(text));
    return figures;
  } catch {
    // A figure list is a convenience: a rule failing on strange input must not break the page.
    return [];
  }
}

function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isInvisible(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Reads the figures of a text with its invisible characters taken out (they would split
 * "đồng\u200b chí" or "1.\u00ad200" into pieces), then points every figure back at the exact
 * characters of the original text.
 */
function scanWithoutInvisibles(text: string): Figure[] {
  const kept: number[] = [];
  let visible = '';
  for (let i = 0; i < text.length; i++) {
    if (isInvisible(text.charCodeAt(i))) continue;
    kept.push(i);
    visible += text[i];
  }
  const original = (from: number, to: number): string =>
    to <= from ? '' : text.slice(kept[from] ?? text.length, (kept[to - 1] ?? text.length - 1) + 1);
  return scanFigures(visible).map((figure) => {
    const start = kept[figure.start] ?? text.length;
    const end = (kept[figure.end - 1] ?? text.length - 1) + 1;
    // The sentence as written too (a long one is a window marked with "…" at its cut ends).
    const core = figure.sentence.replace(/^…/, '').replace(/…$/, '');
    const at = visible.lastIndexOf(core, figure.start);
    const sentence =
      at === -1 ? figure.sentence : figure.sentence.replace(core, () => original(at, at + core.length));
    return { ...figure, start, end, text: text.slice(start, end), sentence, at: [{ start, end }] };
  });
}
