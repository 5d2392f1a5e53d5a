/**
 * What the reader paints: the glossary's terms and codes in the article and nowhere else, with
 * the page's DOM left as served; nothing on pages that are not articles; a body that arrives
 * after the page has loaded; and an abbreviation the article defines for itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  afterFrames,
  cardsSeen,
  cardState,
  DOTTED,
  domSnapshot,
  paintedTexts,
  pointOnText,
  servedBody,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  watchCards,
} from './page-probes.ts';

const ARTICLE = pathOf('article-seed.html');
const ARTICLE_BODY = 'article, main, body';

/**
 * The article defines "BQLRPH" for itself and uses it again. (The glossary knows BQLDA, so that
 * one would be its entry's.)
 */
const DEFINING_PARAGRAPH =
  'Ban Quản lý rừng phòng hộ (BQLRPH) đã giao khoán bảo vệ rừng cho các hộ. Theo kế hoạch, BQLRPH trồng thêm 120 ha trước mùa mưa.';

describe.each(BROWSERS)('marks, in %s', (name) => {
  const live = useExtensionSession(name);

  describe('on the seed article', () => {
    let page: Page;

    beforeAll(async () => {
      page = await live.session.openSite(ARTICLE);
      await waitForPaint(page, 20);
    });

    it('paints the glossary terms and codes of the article, and nothing outside it', async () => {
      const painted = await paintedTexts(page);
      expect(painted).toContain('BĐBP');
      expect(painted).toContain('Bộ Chỉ huy BĐBP tỉnh');
      expect(painted).toContain('18-NQ/TW');
      expect(painted).toContain('07-NQ/TU');
      // The sidebar's "UBND tỉnh giao ban…" and the menu are not article text.
      const outside = await page.evaluate((highlightName: string) => {
        const highlight = CSS.highlights.get(highlightName);
        const ranges = highlight ? ([...highlight] as Range[]) : [];
        return ranges.filter((r) => r.startContainer.parentElement?.closest('header, nav, aside, footer'))
          .length;
      }, DOTTED);
      expect(outside).toBe(0);
    });

    it('leaves the article DOM exactly as served, adding nothing until a card opens, then one host element', async () => {
      const before = await domSnapshot(page);
      expect(before.body).toBe(await servedBody(page));
      // The marks are painted, yet the page's tree is the one the site built.
      expect(before.rootChildren).toEqual(['head', 'body']);
      const point = await pointOnText(page, 'BĐBP', { scope: ARTICLE_BODY, nth: 1 });
      await page.mouse.move(point.x, point.y);
      await waitForCard(page);
      const during = await domSnapshot(page);
      expect(during.body).toBe(before.body);
      expect(during.rootChildren).toEqual(['head', 'body', ROOT_TAG]);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    });
  });

  describe('an abbreviation the article defines', () => {
    let article: Page;

    // The paragraph is added to the open article, as a site's late content would be, so the
    // reader re-marks it on its own.
    beforeAll(async () => {
      article = await live.session.openSite(ARTICLE);
      await waitForPaint(article, 20);
      await article.evaluate((text: string) => {
        const p = document.createElement('p');
        p.textContent = text;
        document.querySelector('.lc-story__text')?.append(p);
      }, DEFINING_PARAGRAPH);
      await article.waitForFunction(
        (highlightName: string) => {
          const highlight = CSS.highlights.get(highlightName);
          return [...(highlight ?? [])].some((range) => (range as Range).toString() === 'BQLRPH');
        },
        { timeout: 10_000, polling: 100 },
        DOTTED,
      );
    });

    it('paints the later use, not the definition, and explains it in a card', async () => {
      expect((await paintedTexts(article)).filter((text) => text === 'BQLRPH')).toHaveLength(1);
      await article.bringToFront();
      const point = await pointOnText(article, 'BQLRPH', { nth: 1 });
      await article.mouse.move(point.x, point.y);
      const card = await waitForCard(article, 'Ban Quản lý rừng phòng hộ');
      expect(card).toBeTruthy();
    });
  });

  it('marks a body that arrives after the page has loaded', async () => {
    const page = await live.session.openSite(pathOf('article-late-body.html'));
    const painted = await waitForPaint(page, 3, 10_000);
    expect(painted.length).toBeGreaterThanOrEqual(3);
    const late = await page.evaluate(() => document.querySelector('[data-filled="true"]') !== null);
    expect(late).toBe(true);
    await page.close();
  });

  for (const file of ['home.html', 'category.html']) {
    it(`marks nothing on ${file} and opens no card`, async () => {
      const page = await live.session.openSite(pathOf(file));
      // The reader has looked at the page and decided: not an article, nothing to mark.
      expect(await live.session.readyReport(page)).toMatchObject({ isArticle: false, terms: 0, codes: 0 });
      expect(await paintedTexts(page)).toEqual([]);
      await watchCards(page);
      const point = await pointOnText(page, 'BĐBP');
      await page.mouse.move(point.x, point.y);
      // The reader has hit-tested the pointer (once a frame) and found no mark under it.
      await afterFrames(page);
      expect(await cardsSeen(page)).toEqual([]);
      expect((await cardState(page))?.visible ?? false).toBe(false);
      await page.close();
    });
  }
});
