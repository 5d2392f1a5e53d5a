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
  it('are set aside each time the same class string comes back, camel case included', () => {
    const box = (i: number, cls = 'relatedNews') =>
      `<div class="${cls}" id="r${i}"><a href="/tin-${i}.html">Đường lên bản mới đã thông xe</a></div>`;
    const { page, found } = setAside(
      `<article>${PARAGRAPH.repeat(3)}${box(1)}${PARAGRAPH}${box(2)}</article>`,
    );
    for (const id of ['r1', 'r2']) expect(within(found, page.document.getElementById(id)!)).toBe(true);
    expect([...page.document.querySelectorAll('p')].some((p) => within(found, p))).toBe(false);
    // The same block under a class that names nothing stays: the words are what sets it aside.
    const plain = setAside(`<article>${PARAGRAPH.repeat(3)}${box(3, 'khung-tin')}</article>`);
    expect(within(plain.found, plain.page.document.getElementById('r3')!)).toBe(false);
  });

  it('are still set aside after the page has used thousands of distinct class strings', () => {
    const many = Array.from({ length: 4500 }, (_, i) => `<span class="item-${i}">${i}</span>`).join('');
    const { page, found } = setAside(
      `<article>${PARAGRAPH.repeat(3)}<p>${many}</p><div class="share-bar" id="late"><a href="/tin-9.html">Đường lên bản mới đã thông xe</a></div></article>`,
    );
    expect(within(found, page.document.getElementById('late')!)).toBe(true);
    expect(page.document.querySelectorAll('span').length).toBe(4500);
  });
});
