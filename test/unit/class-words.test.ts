/**
 * Regions named by their class or id words ("share-bar", "relatedNews", "sidebar") are set
 * aside whether their class string is met for the first time or again, and however many
 * distinct class strings the page has: detection keeps the words of each string it has split.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findNonContent } from '../../src/page/detect/boilerplate.ts';
import { loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const page of open.splice(0)) await page.window.happyDOM.close();
});

const PARAGRAPH =
  '<p>Sáng 5/11, Hội Nông dân huyện tổ chức tập huấn kỹ thuật chăm sóc chè cho hội viên các bản vùng cao.</p>';

function setAside(html: string): { page: LoadedPage; found: Set<Element> } {
  const page = loadHtml(`<html><body>${html}</body></html>`);
  open.push(page);
  return { page, found: findNonContent(page.document.body) };
}

const within = (found: Set<Element>, el: Element): boolean =>
  [...found].some((region) => region === el || region.contains(el));

describe('regions named by their class words', () => {
  const box = (n: number, cls = 'relatedNews') =>
    `<div class="${cls}" data-box="${n}"><a href="/tin-${n}.html">Đường lên bản mới đã thông xe</a></div>`;
  const boxOf = (page: LoadedPage, n: number): Element => page.document.querySelector(`[data-box="${n}"]`)!;

  it('are set aside each time the same class string comes back, camel case included', () => {
    // The same class string twice: the second box is judged from the words kept for the first.
    const { page, found } = setAside(
      `<article>${PARAGRAPH.repeat(3)}${box(1)}${PARAGRAPH}${box(2)}</article>`,
    );
    for (const n of [1, 2]) expect(within(found, boxOf(page, n))).toBe(true);
    expect([...page.document.querySelectorAll('p')].some((p) => within(found, p))).toBe(false);
    // The same block under a class that names nothing stays: the words are what sets it aside.
    const plain = setAside(
      `<article>${PARAGRAPH.repeat(3)}${box(3, 'khung-tin')}${box(4, 'khung-tin')}</article>`,
    );
    for (const n of [3, 4]) expect(within(plain.found, boxOf(plain.page, n))).toBe(false);
  });

  it('are still set aside after the page has used more distinct class strings than are kept', () => {
    // The words of "share-bar" are kept at the first box, and forgotten among the 4,500 strings after it.
    const many = Array.from({ length: 4500 }, (_, i) => `<span class="item-${i}">${i}</span>`).join('');
    const { page, found } = setAside(
      `<article>${PARAGRAPH.repeat(3)}${box(5, 'share-bar')}<div>${many}</div>${PARAGRAPH}${box(6, 'share-bar')}</article>`,
    );
    for (const n of [5, 6]) expect(within(found, boxOf(page, n))).toBe(true);
    expect([...page.document.querySelectorAll('p')].some((p) => within(found, p))).toBe(false);
  });
});
