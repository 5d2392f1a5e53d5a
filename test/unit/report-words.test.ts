/**
 * Showing a report's figures (ranking them, printing a unit without its scale) uses two of the
 * figure reader's lists and must not build the others: the popup and the panel load only
 * report-words.ts. The lists are the reader's own, not copies.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { rankFigures } from '../../src/core/figures/figure-rank.ts';
import { unitWithoutScale } from '../../src/core/figures/figure-units.ts';
import { lexicon, lexiconBuilt } from '../../src/core/figures/lexicon.ts';
import { multiplierWords, totalWords } from '../../src/core/figures/report-words.ts';
import { phraseKey } from '../../src/core/figures/syllable-key.ts';

function figure(label: string, start: number, kind: Figure['kind'] = 'count'): Figure {
  return {
    value: 5,
    values: [5],
    text: '5',
    label,
    kind,
    sentence: label,
    start,
    end: start + 1,
    mentions: 1,
    at: [{ start, end: start + 1 }],
  };
}

describe('the words a report is shown with', () => {
  it('rank figures and print units without building the figure reader lexicon', () => {
    const { key } = rankFigures([figure('xã đạt chuẩn nông thôn mới', 40), figure('tổng số hộ nghèo', 90)]);
    expect(key.map((f) => f.label)).toEqual(['tổng số hộ nghèo']);
    expect(unitWithoutScale('triệu đồng')).toBe('đồng');
    expect(unitWithoutScale('tỷ đồng/năm')).toBe('đồng/năm');
    expect(lexiconBuilt()).toBe(false);
  });

  it('are the very lists the figure reader reads with', () => {
    expect(lexicon().TOTALS).toBe(totalWords());
    expect(lexicon().MULTIPLIERS).toBe(multiplierWords());
    expect(totalWords().size).toBeGreaterThan(0);
    expect(multiplierWords().get(phraseKey('triệu'))).toBe(1_000_000);
  });
});
