import { SEED_TEXT } from './seed-text.ts';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { groupFigures } from '../../src/core/figures/figure-groups.ts';

const seed = SEED_TEXT;
const figures = extractFigures(seed);

function findOne(text: string, labelWord?: string): Figure {
  const found = figures.filter(
    (figure) => figure.text === text && (labelWord === undefined || figure.label.includes(labelWord)),
  );
  expect(found.length, `figure ${text} (${labelWord ?? ''})`).toBeGreaterThan(0);
  return found[0] as Figure;
}

describe('key figures of the seed article', () => {
  it('finds the cadres sent to border communes, with readable labels', () => {
    const cadres = findOne('22', 'cán bộ tăng cường');
    expect(cadres.kind).toBe('count');
    expect(cadres.value).toBe(22);
    const communes = findOne('22/23');
    expect(communes.kind).toBe('ratio');
    expect(communes.values).toEqual([22, 23]);
    expect(communes.value).toBe(22);
    expect(communes.label).toContain('xã biên giới');
    expect(findOne('20').label).toContain('tham gia vào cấp ủy');
    expect(findOne('2', 'Bí thư').label).not.toContain('Phó');
    expect(findOne('18').label).toContain('Phó Bí thư');
  });

  it('names what 60, 223, 206, 80 and 168 count, with the governing verb', () => {
    const members = findOne('60');
    expect(members.label).toContain('đảng viên');
    expect(members.label).toContain('sinh hoạt Đảng ở các chi bộ thôn, bản');
    const elite = findOne('223');
    expect(elite.label).toContain('quần chúng ưu tú');
    expect(elite.label).toContain('bồi dưỡng');
    const admitted = findOne('206');
    expect(admitted.label).toContain('đảng viên');
    expect(admitted.label).toContain('được kết nạp');
    const replaced = findOne('80');
    expect(replaced.label).toContain('cán bộ xã, bản');
    expect(replaced.label).toContain('được thay thế, bổ sung');
    const organisations = findOne('168');
    expect(organisations.label).toContain('tổ chức chính trị xã hội');
    expect(organisations.label).toContain('được củng cố');
  });

  it('reports "Huyện ủy 4 huyện biên giới" once, with both of its mentions', () => {
    const fours = figures.filter((figure) => figure.text === '4');
    expect(fours).toHaveLength(1);
    const four = fours[0] as Figure;
    expect(four.label).toBe('huyện biên giới');
    expect(four.mentions).toBe(2);
    expect(four.at).toHaveLength(2);
    for (const span of four.at) expect(seed.slice(span.start, span.end)).toBe('4');
    expect(four.at[0]).toEqual({ start: four.start, end: four.end });
  });

  it('finds the periods, the date and the ordinals with what they belong to', () => {
    const term = findOne('2015-2020');
    expect(term.kind).toBe('period');
    expect(term.values).toEqual([2015, 2020]);
    expect(term.value).toBeNull();
    expect(term.label.toLowerCase()).toContain('nhiệm kỳ');
    const phase = findOne('2016-2020');
    expect(phase.label).toContain('giai đoạn');
    const date = figures.find((figure) => figure.text.includes('25/10/2017'));
    expect(date?.kind).toBe('date');
    expect(date?.values).toEqual([25, 10, 2017]);
    expect(date?.label).toContain('Nghị quyết số 18-NQ/TW');
    const term12 = findOne('khóa XII');
    expect(term12.kind).toBe('ordinal');
    expect(term12.value).toBeNull();
    expect(term12.values).toEqual([12]);
    expect(term12.label).toContain('Ban Chấp hành Trung ương Đảng');
    const congress = findOne('lần thứ XIII');
    expect(congress.value).toBeNull();
    expect(congress.values).toEqual([13]);
    expect(congress.label).toContain('Đại hội Đảng bộ tỉnh');
    const plenum = findOne('lần thứ 6');
    expect(plenum.kind).toBe('ordinal');
    expect(plenum.value).toBeNull();
    expect(plenum.values).toEqual([6]);
    expect(plenum.label).toContain('Hội nghị');
  });

  it('reports nothing else: no document-code numbers, no "Thứ nhất"', () => {
    const expected = new Set([
      '4',
      '2015-2020',
      '22',
      '22/23',
      '20',
      '2',
      '18',
      '60',
      '223',
      '206',
      '80',
      '168',
      'lần thứ XIII',
      '2016-2020',
      'lần thứ 6',
      'khóa XII',
      'ngày 25/10/2017',
    ]);
    for (const figure of figures)
      expect(expected.has(figure.text), `unexpected figure ${figure.text}`).toBe(true);
    // 18 mentions, the two of "4 huyện biên giới" being one figure.
    expect(figures).toHaveLength(17);
    expect(figures.reduce((sum, figure) => sum + figure.mentions, 0)).toBe(18);
    for (const code of ['07', '18-NQ', '07-NQ/TU']) {
      const at = seed.indexOf(code === '07' ? '07-NQ/TU' : code);
      expect(figures.some((figure) => figure.start <= at && figure.end > at)).toBe(false);
    }
  });

  it('gives exact slices and whole sentences', () => {
    for (const figure of figures) {
      expect(seed.slice(figure.start, figure.end)).toBe(figure.text);
      expect(figure.sentence).toContain(figure.text);
      expect(figure.sentence).toBe(figure.sentence.trim());
      expect(figure.label.length).toBeGreaterThan(0);
    }
    expect(findOne('206').sentence.startsWith('Nhiệm kỳ 2015-2020')).toBe(true);
  });

  it('groups quantities and timeline in article order', () => {
    const grouped = groupFigures(figures);
    expect(grouped.figures.map((figure) => figure.text)).toEqual([
      '4',
      '22',
      '22/23',
      '20',
      '2',
      '18',
      '60',
      '223',
      '206',
      '80',
      '168',
    ]);
    expect(grouped.timeline.map((figure) => figure.text)).toEqual([
      '2015-2020',
      'lần thứ XIII',
      '2016-2020',
      'lần thứ 6',
      'khóa XII',
      'ngày 25/10/2017',
    ]);
  });
});
