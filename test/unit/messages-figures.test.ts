/** The report parser checks and keeps a figure's mentions, their positions and its lead mark. */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { parsePageReport, type PageReport } from '../../src/messages/protocol.ts';

function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    value: 3200000,
    values: [3200000],
    text: '3,2 triệu',
    label: 'lượt khách',
    kind: 'count',
    sentence: 'Tỉnh đón 3,2 triệu lượt khách.',
    start: 9,
    end: 18,
    unit: 'triệu',
    mentions: 2,
    at: [
      { start: 9, end: 18 },
      { start: 120, end: 129 },
    ],
    lead: true,
    ...overrides,
  };
}

function report(figures: unknown[]): unknown {
  const base: Omit<PageReport, 'figures'> = {
    type: 'report',
    state: 'ready',
    url: 'https://baolaichau.vn/a',
    article: { isArticle: true, reason: 'article:metadata', title: 'Tin' },
    terms: [],
    codes: [],
  };
  return JSON.parse(JSON.stringify({ ...base, figures })) as unknown;
}

describe('figures in a page report', () => {
  it('keep their mentions, every position and the lead mark', () => {
    const parsed = parsePageReport(report([figure()]));
    expect(parsed?.figures).toEqual([figure()]);
    const plain = figure({ mentions: 1, at: [{ start: 9, end: 18 }] });
    delete plain.lead;
    expect(parsePageReport(report([plain]))?.figures).toEqual([plain]);
  });

  it.each([
    ['a count that disagrees with the positions', { mentions: 3 }],
    ['no positions', { at: [] as Figure['at'], mentions: 0 }],
    ['an empty span', { at: [{ start: 5, end: 5 }], mentions: 1 }],
    ['a negative offset', { at: [{ start: -1, end: 5 }], mentions: 1 }],
    ['a lead mark that is no boolean', { lead: 'yes' as unknown as boolean }],
    ['no mentions at all', { mentions: undefined as unknown as number }],
  ])('refuse %s', (_, overrides) => {
    expect(parsePageReport(report([figure(overrides)]))).toBeUndefined();
  });

  it('carry nothing the checks did not see', () => {
    const extra = {
      ...figure(),
      at: [
        { start: 9, end: 18, evil: '<img>' },
        { start: 120, end: 129 },
      ],
    };
    const parsed = parsePageReport(report([extra]));
    expect(parsed?.figures[0]?.at[0]).toEqual({ start: 9, end: 18 });
  });
});
