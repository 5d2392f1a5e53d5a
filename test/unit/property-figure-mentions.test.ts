/**
 * Properties of merging repeated figures: no mention is ever lost, every position lies in the
 * text and reads back as the figure's text, and the first position is the figure's own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { mergeMentions } from '../../src/core/figures/figure-mentions.ts';
import { scanFigures } from '../../src/core/figures/figure-scanner.ts';
import { INVISIBLES, SEED, vietnameseText } from './arbitraries.ts';

/** Sentences written for this test, repeated and shuffled by the generator. */
const SENTENCES = [
  'Toàn huyện có 1.245 hộ nghèo.',
  'Thu ngân sách đạt 412 tỷ đồng, tăng 12% so với cùng kỳ.',
  'Xã có 22/23 thôn đạt chuẩn.',
  'Huyện gieo cấy 3.450 ha lúa.',
  'Ngày 25/10/2017, hội nghị khai mạc.',
  'Hai đồng chí được bầu bổ sung.',
  'Nhiệm kỳ 2020-2025, đã kết nạp 206 đảng viên.',
  'Khách quốc tế 9.800 lượt.',
];

const article = fc
  .array(fc.oneof(fc.constantFrom(...SENTENCES), vietnameseText(8)), { minLength: 1, maxLength: 30 })
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', '\n', '\n\n', ` ${INVISIBLES[0]}`), {
        minLength: pieces.length,
        maxLength: pieces.length,
      })
      .map((gaps) => pieces.map((piece, i) => `${piece}${gaps[i] ?? ' '}`).join('')),
  );

function mentionsOf(figures: readonly Figure[]): number {
  return figures.reduce((sum, figure) => sum + figure.mentions, 0);
}

describe('merged figures', () => {
  it('never lose a mention, and every position reads back as the figure', () => {
    fc.assert(
      fc.property(article, (text) => {
        const figures = extractFigures(text);
        const visible = [...text].every((char) => !INVISIBLES.includes(char as never));
        if (visible) expect(mentionsOf(figures)).toBe(scanFigures(text).length);
        const seen = new Set<number>();
        for (const figure of figures) {
          expect(figure.mentions).toBe(figure.at.length);
          expect(figure.at[0]).toEqual({ start: figure.start, end: figure.end });
          let previous = -1;
          for (const span of figure.at) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(span.start, span.end)).toBe(figure.text);
            expect(span.start).toBeGreaterThan(previous);
            expect(seen.has(span.start)).toBe(false);
            seen.add(span.start);
            previous = span.start;
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('merge what they merge once: merging again changes nothing', () => {
    fc.assert(
      fc.property(article, (text) => {
        const figures = extractFigures(text);
        expect(mergeMentions(figures)).toEqual(figures);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
