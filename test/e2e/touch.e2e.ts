/**
 * A touch screen has no hover: a tap on a term opens its card and a tap elsewhere closes it,
 * and a finger that scrolls the page opens nothing.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionSession, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardsSeen,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  watchCards,
} from './page-probes.ts';

/**
 * The seed article on a phone-sized touch screen, painted. The screen is set before the page
 * loads: set after, it makes the browser reload the page, and the wait for the paint could
 * then be answered by the page that was going away (a tap on a page not yet marked opens nothing).
 */
async function openOnPhone(session: ExtensionSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 400, height: 760, hasTouch: true, isMobile: true });
  await page.goto(`http://baolaichau.vn${pathOf('article-seed.html')}`, { waitUntil: 'load' });
  await waitForPaint(page, 20);
  return page;
}

/** Starts following the page's scrolling: moving from a scroll event until the next scrollend. */
async function followScrolling(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scrolling = { moving: false };
    (window as unknown as { __scrolling: typeof scrolling }).__scrolling = scrolling;
    window.addEventListener('scroll', () => (scrolling.moving = true), { passive: true });
    window.addEventListener('scrollend', () => (scrolling.moving = false), { passive: true });
  });
}

/** Waits until the page has stopped scrolling (a swipe leaves it gliding on for a while). */
async function scrollingEnded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __scrolling: { moving: boolean } }).__scrolling.moving,
    { timeout: 5000, polling: 50 },
  );
}

describe.each(BROWSERS)('touch, in %s', (name) => {
  const live = useExtensionSession(name);

  it('opens a card on a tap and closes it on a tap elsewhere (touch emulation)', async () => {
    const page = await openOnPhone(live.session);
    const term = await pointOnText(page, 'MTTQ');
    await page.touchscreen.tap(term.x, term.y);
    const card = await waitForCard(page, 'MTTQ');
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    // A tap on plain text (not a term) closes it.
    const plain = await pointOnText(page, 'Xin cảm ơn đồng chí');
    await page.touchscreen.tap(plain.x, plain.y);
    await waitForCardClosed(page);
    await page.close();
  });

  it('opens nothing while the reader scrolls with a finger', async () => {
    const page = await openOnPhone(live.session);
    await watchCards(page);
    await followScrolling(page);
    const term = await pointOnText(page, 'MTTQ');
    await page.touchscreen.touchStart(term.x, term.y);
    await page.touchscreen.touchMove(term.x, term.y - 120);
    await page.touchscreen.touchMove(term.x, term.y - 240);
    await page.touchscreen.touchEnd();
    // Once the page has stopped gliding, a tap on another term opens its card: the first card
    // the page has shown. (A tap while the page still moves only stops it, and opens nothing.)
    await scrollingEnded(page);
    const other = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await scrollingEnded(page);
    await page.touchscreen.tap(other.x, other.y);
    await waitForCard(page, 'BĐBP');
    expect(await cardsSeen(page)).toEqual(['BĐBP']);
    await page.close();
  });
});
