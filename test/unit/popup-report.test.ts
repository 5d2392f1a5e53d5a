// @vitest-environment happy-dom
/** The popup's figure list: key figures first, the rest under "more", ×N and its mentions, English lines. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import type { PageReport } from '../../src/messages/protocol.ts';
import { renderReport, type ReportActions } from '../../src/views/render-report.ts';

const TEXT = [
  'Du lịch khởi sắc',
  '(BLC) - Năm nay, tỉnh đón 3,2 triệu lượt khách đến 22/23 xã biên giới.',
  'Tỉnh có 12 thôn du lịch và 40 homestay. Cả năm đón 3,2 triệu lượt khách.',
].join('\n\n');

function report(): PageReport {
  return {
    type: 'report',
    state: 'ready',
    url: 'http://baolaichau.vn/a',
    article: { isArticle: true, reason: 'article:metadata', title: 'Du lịch khởi sắc' },
    terms: [],
    codes: [],
    figures: extractFigures(TEXT),
  };
}

function render(lang: 'vi' | 'en', revealed: Array<[number, number]>): HTMLElement {
  const actions: ReportActions = {
    lang,
    byId: new Map(),
    termNames: [{ written: ['xã biên giới'], en: 'border commune' }],
    reveal: (start, end) => revealed.push([start, end]),
    copy: () => Promise.resolve(true),
  };
  const root = document.createElement('div');
  root.append(...renderReport(report(), actions));
  return root;
}

const nums = (root: Element, selector: string): string[] =>
  [...root.querySelectorAll(`${selector} button.figure .num`)].map((n) => n.textContent ?? '');

describe('the popup figure list', () => {
  it('leads with the title and lead figures, the rest under "more" in article order', () => {
    const root = render('vi', []);
    expect(nums(root, 'ul.figures.key')).toEqual(['3,2 triệu', '22/23']);
    expect(nums(root, 'details.more')).toEqual(['12', '40']);
    expect(root.querySelector('details.more summary')?.textContent).toContain('2');
  });

  it('shows ×2 for a repeated figure and walks its mentions on each choice', () => {
    const revealed: Array<[number, number]> = [];
    const root = render('vi', revealed);
    const button = root.querySelector('ul.figures.key button.figure') as HTMLButtonElement;
    expect(button.querySelector('.mentions')?.textContent).toBe('×2');
    const first = TEXT.indexOf('3,2 triệu');
    const second = TEXT.lastIndexOf('3,2 triệu');
    button.click();
    button.click();
    button.click();
    expect(revealed).toEqual([
      [first, first + 9],
      [second, second + 9],
      [first, first + 9],
    ]);
  });

  it('adds the kind, the unit and the glossary names in English, and nothing in Vietnamese', () => {
    const en = render('en', []);
    const english = [...en.querySelectorAll('.english')].map((n) => n.textContent ?? '');
    expect(english).toContain('ratio');
    expect(english).toContain('xã biên giới — border commune');
    expect(english.some((line) => line.startsWith('count · million'))).toBe(true);
    expect(render('vi', []).querySelectorAll('.english')).toHaveLength(0);
  });
});
