/**
 * "Annotate this page anyway": the page's main region of prose, outside its chrome, on pages
 * detection refuses; and the verdict that makes the session mark it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/article-detect.ts';
import { buildArticleText } from '../../src/page/article-text.ts';
import { findMainRegion, pageVerdict } from '../../src/page/main-region.ts';
import { CLOCK, FOOTER, TEASER_SAPOS } from '../fixtures/layouts/furniture.ts';
import { LIST_SHAPES } from '../fixtures/layouts/list-shapes.ts';
import { loadFixture, loadHtml, squashSpaces, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
function track(page: LoadedPage): LoadedPage {
  open.push(page);
  return page;
}
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

function chosenText(doc: Document): string {
  const v = pageVerdict(doc, true);
  expect(v.reason.code).toBe('article:reader-chosen');
  expect(v.isArticle).toBe(true);
  return squashSpaces(buildArticleText(v.parts!).text);
}

describe('findMainRegion', () => {
  it('on the about page detection refuses, is its text and leaves out the menu, clock and imprint', () => {
    const { document } = track(loadFixture('about-page.html'));
    expect(detectArticle(document).isArticle).toBe(false);
    const main = findMainRegion(document)!;
    expect(main.region.textContent).toContain('Giới thiệu Báo Lai Châu');
    const text = chosenText(document);
    expect(text).toContain('Báo Lai Châu là cơ quan ngôn luận');
    expect(text).toContain('giúp dân xây dựng nông thôn mới.');
    for (const furniture of ['Trang chủ', 'Thứ hai, 05/01/2026', 'Cơ quan chủ quản', 'Điện thoại'])
      expect(text).not.toContain(furniture);
  });

  it('on list, video and gallery pages, holds their prose and none of their chrome', () => {
    for (const [name, { html }] of Object.entries(LIST_SHAPES)) {
      const { document } = track(loadHtml(html));
      const text = chosenText(document);
      expect(text.length, name).toBeGreaterThan(80);
      for (const piece of [CLOCK, ...FOOTER, 'Trang chủ', 'An ninh - Quốc phòng', 'Thể thao'])
        expect(text, `${name}: ${piece}`).not.toContain(piece);
    }
    const cards = track(loadHtml(LIST_SHAPES.homeCards!.html)).document;
    const text = chosenText(cards);
    // Every card's sapo, not only the first section's: the region is the whole list.
    for (const sapo of TEASER_SAPOS.slice(0, 12)) expect(text).toContain(sapo);
  });

  it('takes the whole body when the prose sits straight under it, and still leaves out the menus', () => {
    const { document } = track(
      loadHtml(
        '<html><body><nav><a href="/">Trang chủ</a> <a href="/a">Thời sự</a></nav>' +
          '<p>Đoạn một kể về phiên chợ vùng cao họp vào sáng chủ nhật hằng tuần.</p>' +
          '<p>Đoạn hai kể về những món ăn của đồng bào trong ngày chợ phiên.</p>' +
          '<footer>Bản quyền thuộc về tòa soạn</footer></body></html>',
      ),
    );
    expect(findMainRegion(document)!.region).toBe(document.body);
    const text = chosenText(document);
    expect(text).toContain('Đoạn một');
    expect(text).toContain('Đoạn hai');
    expect(text).not.toContain('Trang chủ');
    expect(text).not.toContain('Bản quyền');
  });

  it('finds nothing on a page of menus only, and then the verdict stays detection’s', () => {
    const { document } = track(
      loadHtml('<html><body><nav><a href="/">Trang chủ</a> <a href="/a">Thời sự</a></nav></body></html>'),
    );
    expect(findMainRegion(document)).toBeUndefined();
    expect(pageVerdict(document, true).reason.code).toBe(detectArticle(document).reason.code);
  });

  it('only reads the page', () => {
    const { document } = track(loadFixture('about-page.html'));
    const before = document.documentElement.outerHTML;
    chosenText(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('without the request, the verdict is detection’s', () => {
    const { document } = track(loadFixture('article-seed.html'));
    expect(pageVerdict(document, false).reason.code).toBe('article:metadata');
  });
});
