/**
 * An abbreviation the article defines for itself: once the article writes "Ban Quản lý rừng
 * phòng hộ (BQLRPH)", its other uses are painted, and resting on one opens the card that says
 * what the article defined it as. The paragraph is added to the open seed article, as a site's
 * late content would be, so the reader re-marks it on its own. (The glossary knows BQLDA, so
 * that one would be its entry's.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { paintedTexts, pointOnText, waitForCard, waitForPaint } from './page-probes.ts';

const PARAGRAPH =
  'Ban Quản lý rừng phòng hộ (BQLRPH) đã giao khoán bảo vệ rừng cho các hộ. Theo kế hoạch, BQLRPH trồng thêm 120 ha trước mùa mưa.';

describe.each(BROWSERS)('abbreviations defined in the article, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    await article.evaluate((text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('.lc-story__text')?.append(p);
    }, PARAGRAPH);
    await article.waitForFunction(
      () => {
        const highlight = CSS.highlights.get('laichau-reader-dotted');
        return [...(highlight ?? [])].some((range) => (range as Range).toString() === 'BQLRPH');
      },
      { timeout: 10_000, polling: 100 },
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
