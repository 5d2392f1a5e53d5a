import { SEED_TEXT } from './seed-text.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { groupFigures } from '../../src/core/figures/figure-groups.ts';

const seed = SEED_TEXT;

const PIECES = [
  ' ',
  ' ',
  ' ',
  '\n',
  ',',
  '.',
  ';',
  '/',
  '-',
  '–',
  '%',
  '(',
  ')',
  ':',
  '"',
  '²',
  '0',
  '1',
  '2',
  '22',
  '2.866',
  '265,165',
  '2015',
  '2020',
  '07',
  'XII',
  'XIII',
  'I',
  'ngày',
  'tháng',
  'năm',
  'thứ',
  'Thứ',
  'lần',
  'khóa',
  'quý',
  'triệu',
  'tỷ',
  'nghìn',
  'đồng',
  'chí',
  'km',
  'ha',
  'kg',
  'xã',
  'bản',
  'hộ',
  'đảng',
  'viên',
  'kết',
  'nạp',
  'được',
  'và',
  'so',
  'với',
  'tăng',
  'đạt',
  'NQ',
  'TW',
  'Hotline',
  'Điều',
  'số',
  'Sư',
  'đoàn',
  'http://a.vn/1',
  'Covid',
  'U',
  'h',
  'giờ',
  'trên',
  'gần',
];

function checkInvariants(text: string, figures: readonly Figure[]): void {
  let previousEnd = 0;
  for (const figure of figures) {
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    expect(figure.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.values.every((value) => Number.isFinite(value))).toBe(true);
    expect(figure.value === null || Number.isFinite(figure.value)).toBe(true);
    expect(typeof figure.label).toBe('string');
    previousEnd = figure.end;
  }
}

describe('robustness of figure extraction', () => {
  it('never throws and keeps offsets exact on random Vietnamese-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        checkInvariants(text, extractFigures(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        checkInvariants(text, extractFigures(text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns nothing for empty or number-free text', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('Tăng cường củng cố hệ thống chính trị cơ sở.')).toEqual([]);
  });

  it('reads decomposed (NFD) text the same way, with offsets into that text', () => {
    const decomposed = seed.normalize('NFD');
    const figures = extractFigures(decomposed);
    checkInvariants(decomposed, figures);
    expect(figures.map((figure) => figure.values)).toEqual(
      extractFigures(seed).map((figure) => figure.values),
    );
    expect(figures.map((figure) => figure.kind)).toEqual(extractFigures(seed).map((figure) => figure.kind));
  });

  // Speed is measured by `npm run bench`, not asserted here: a timed test flakes on a busy machine.
  it('handles a 1 MB article: every repetition of the seed is a mention of the seed figures', () => {
    let text = '';
    let copies = 0;
    while (text.length < 1_000_000) {
      text += `${seed}\n`;
      copies++;
    }
    const figures = extractFigures(text);
    const once = extractFigures(seed);
    expect(figures.map((figure) => figure.text)).toEqual(once.map((figure) => figure.text));
    const mentions = (list: typeof figures): number => list.reduce((sum, figure) => sum + figure.mentions, 0);
    expect(mentions(figures)).toBe(mentions(once) * copies);
    checkInvariants(text, figures);
  });

  it('survives pathological runs of digits and separators', () => {
    for (const text of [
      '1'.repeat(100_000),
      '2.'.repeat(50_000),
      '3/'.repeat(50_000),
      `${'trên '.repeat(20_000)}5 ${'xã, '.repeat(20_000)}`,
    ]) {
      checkInvariants(text, extractFigures(text));
    }
  });

  it('groups quantities before the timeline, each in article order', () => {
    const figures = extractFigures(
      'Năm 2020, có 5 xã. Nhiệm kỳ 2015-2020 kết nạp 20 đảng viên, đạt 50% kế hoạch, khóa XII.',
    );
    const grouped = groupFigures([...figures].reverse());
    expect(grouped.figures.map((figure) => figure.kind)).toEqual(['count', 'count', 'percent']);
    expect(grouped.timeline.map((figure) => figure.text)).toEqual(['Năm 2020', '2015-2020', 'khóa XII']);
    expect(grouped.figures.length + grouped.timeline.length).toBe(figures.length);
  });
});
