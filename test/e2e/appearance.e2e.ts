import { describe, expect, it } from 'vitest';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { pointOnText, waitForCard, waitForElement, waitForPaint } from './page-probes.ts';

/** The card's and the popup's dark backgrounds (card-styles.ts, popup.css). */
const DARK_CARD = 'rgb(29, 36, 39)';
const DARK_POPUP = 'rgb(27, 33, 36)';

describe.each(BROWSERS)('a dark system colour scheme, in %s', (name) => {
  const live = useExtensionSession(name, { colorScheme: 'dark' });

  it('gives the card and the popup their dark colours', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(page, 20);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const point = await pointOnText(page, 'MTTQ');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'MTTQ');
    const card = await page.evaluate((tag: string) => {
      const element = document.querySelector(tag)?.shadowRoot?.querySelector('.card');
      return element ? getComputedStyle(element).backgroundColor : '';
    }, ROOT_TAG);
    expect(card).toBe(DARK_CARD);

    const popup = await live.session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]');
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_POPUP);
  });
});
