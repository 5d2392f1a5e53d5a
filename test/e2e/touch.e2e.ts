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

/** The seed article on a phone-sized touch screen, painted. */
async function openOnPhone(session: ExtensionSession): Promise<Page> {
  const page = await session.openSite(pathOf('article-seed.html'));
  await page.setViewport({ width: 400, height: 760, hasTouch: true, isMobile: true });
  await waitForPaint(page, 20);
  return page;
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
    const term = await pointOnText(page, 'MTTQ');
    await page.touchscreen.touchStart(term.x, term.y);
    await page.touchscreen.touchMove(term.x, term.y - 120);
    await page.touchscreen.touchMove(term.x, term.y - 240);
    await page.touchscreen.touchEnd();
    // A tap on another term afterwards opens its card: the first card the page has shown.
    const other = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.touchscreen.tap(other.x, other.y);
    await waitForCard(page, 'BĐBP');
    expect(await cardsSeen(page)).toEqual(['BĐBP']);
    await page.close();
  });
});
