/** What the popup and the CLI show around a figure: dates, units in English, term names, order. */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { KEY_LIMIT, rankFigures } from '../../src/core/figures/figure-rank.ts';
import { englishUnit, unitWithoutScale } from '../../src/core/figures/figure-units.ts';
import { englishTermName, glossesInLabel, termNamesFor } from '../../src/core/figures/label-glossary.ts';
import { formatDate } from '../../src/core/format-date.ts';
import { englishGlossLine, englishKindLine } from '../../src/views/figure-english.ts';

describe('formatDate', () => {
  it.each([
    ['2017-10-25', '25/10/2017', '25 Oct 2017'],
    ['2025-06-28', '28/6/2025', '28 Jun 2025'],
    ['2017-10', '10/2017', 'Oct 2017'],
    ['2017', '2017', '2017'],
  ])('%s', (iso, vi, en) => {
    expect(formatDate(iso, 'vi')).toBe(vi);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('reads a date figure’s values', () => {
    expect(formatDate([25, 10, 2017], 'en')).toBe('25 Oct 2017');
    expect(formatDate([3, 3], 'vi')).toBe('3/3');
    expect(formatDate([10, 2017], 'en')).toBe('Oct 2017');
    expect(formatDate([9], 'vi')).toBe('9');
    expect(formatDate([9], 'en')).toBe('Sep');
  });

  it('gives back what is no date', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('2017-13-40', 'vi')).toBe('2017-13-40');
    expect(formatDate([40, 13, 2017], 'en')).toBe('40/13/2017');
  });
});

describe('units', () => {
  it('drops the scale already in the value', () => {
    expect(unitWithoutScale('tỷ đồng')).toBe('đồng');
    expect(unitWithoutScale('nghìn tỷ đồng')).toBe('đồng');
    expect(unitWithoutScale('triệu đồng/người/năm')).toBe('đồng/người/năm');
    expect(unitWithoutScale('ha')).toBe('ha');
  });

  it('says them in English', () => {
    expect(englishUnit('ha')).toBe('hectares');
    expect(englishUnit('tỷ đồng')).toBe('billion đồng');
    expect(englishUnit('nghìn tỷ đồng')).toBe('trillion đồng');
    expect(englishUnit('triệu USD')).toBe('million US dollars');
    expect(englishUnit('tạ/ha')).toBe('quintals (100 kg) per hectare');
    expect(englishUnit('triệu đồng/người/năm')).toBe('million đồng per person per year');
    expect(englishUnit('km²')).toBe('square kilometres');
    expect(englishUnit('%')).toBe('percent');
    expect(englishUnit('lượt')).toBeUndefined();
  });
});

describe('English names of the terms in a label', () => {
  const names = [
    { written: ['xã biên giới', 'xã khu vực biên giới'], en: 'border commune' },
    { written: ['xã'], en: 'commune' },
    { written: ['BĐBP'], en: 'Border Guard' },
  ];

  it('finds the longest term, on word boundaries, whatever the tone placement', () => {
    expect(glossesInLabel('xã biên giới', names)).toEqual([
      { written: 'xã biên giới', en: 'border commune' },
    ]);
    expect(glossesInLabel('cán bộ BĐBP tăng cường về xã', names).map((g) => g.en)).toEqual([
      'Border Guard',
      'commune',
    ]);
    expect(glossesInLabel('thôn bản', names)).toEqual([]);
    expect(glossesInLabel('xãx', names)).toEqual([]);
  });

  it('makes a short name from an entry', () => {
    expect(
      englishTermName({ terms: ['xã biên giới'], en: { short: 'Border commune: a commune on the border.' } }),
    ).toBe('border commune');
    expect(englishTermName({ terms: ['BĐBP'], expansion: { en: 'Border Guard' }, en: { short: 'x' } })).toBe(
      'Border Guard',
    );
    expect(
      englishTermName({ terms: ['a'], en: { short: 'A long sentence that is not a name at all here.' } }),
    ).toBeUndefined();
  });

  it('makes the few names a report needs from the entries of its terms', () => {
    const byId = new Map([
      [
        'xa-bien-gioi',
        { terms: ['xã biên giới'], en: { short: 'Border commune: a commune on the border.' } },
      ],
      ['bdbp', { terms: ['BĐBP'], expansion: { en: 'Border Guard' }, en: { short: 'x' } }],
    ]);
    expect(termNamesFor(['bdbp', 'xa-bien-gioi', 'bdbp', 'unknown'], byId)).toEqual([
      { written: ['BĐBP'], en: 'Border Guard' },
      { written: ['xã biên giới'], en: 'border commune' },
    ]);
  });

  it('gives the popup its English lines', () => {
    const [ratio] = extractFigures('Có 22/23 xã biên giới đạt chuẩn.') as [Figure];
    expect(englishKindLine(ratio)).toBe('ratio');
    expect(englishGlossLine(ratio, names)).toBe('xã biên giới — border commune');
    const [money] = extractFigures('Tổng vốn là 3.400 tỷ đồng.') as [Figure];
    expect(englishKindLine(money)).toBe('money · billion đồng');
    const [date] = extractFigures('Ngày 25/10/2017, hội nghị khai mạc.') as [Figure];
    expect(englishKindLine(date)).toContain('25 Oct 2017');
  });
});

describe('the most telling figures first', () => {
  const text = [
    'Huyện thu ngân sách 120 tỷ đồng',
    '(BLC) - Năm nay, huyện có 38 xã đạt chuẩn.',
    'Huyện có 12 thôn mới. Trường có 24 lớp học. Tỷ lệ hộ nghèo còn 8,5%. Có 22/23 xã có điện. Tổng số hộ là 5.000 hộ. Có 7 nhà văn hóa.',
  ].join('\n\n');

  it('leads with the title and lead, money, percentages, ratios and totals, in article order', () => {
    const { key, more } = rankFigures(extractFigures(text));
    expect(key.map((figure) => figure.text)).toEqual(['120 tỷ đồng', '38', '8,5%', '22/23', '5.000']);
    expect(more.map((figure) => figure.text)).toEqual(['12', '24', '7']);
  });

  it('keeps at most a few in front, and leads with the first when none is telling', () => {
    const many = Array.from(
      { length: 20 },
      (_, i) => `Xã ${String.fromCharCode(97 + i)} đạt ${i + 1}%.`,
    ).join(' ');
    expect(rankFigures(extractFigures(`a\n\nb\n\n${many}`)).key).toHaveLength(KEY_LIMIT);
    const plain = rankFigures(extractFigures('a\n\nb\n\nCó 3 thôn, 4 bản, 5 tổ, 6 đội và 7 nhóm, 8 hộ.'));
    expect(plain.key.map((figure) => figure.text)).toEqual(['3', '4', '5', '6', '7']);
    expect(plain.more.map((figure) => figure.text)).toEqual(['8']);
  });
});
