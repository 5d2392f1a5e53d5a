import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './browsers.ts';
import { pathOf } from './fixture-paths.ts';
import { pointOnText, waitForCard, waitForElement, waitForPaint } from './page-probes.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';

/** The card's and the popup's dark backgrounds (card-styles.ts, popup.css). */
const DARK_CARD = 'rgb(29, 36, 39)';
const DARK_POPUP = 'rgb(27, 33, 36)';

describe.each(BROWSERS)('a dark system colour scheme, in %s', (name) => {
  let server: SiteServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startSiteServer();
    session = await launchWithExtension(name, { proxyPort: server.port, colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('gives the card and the popup their dark colours', async () => {
    const page = await session.openSite(pathOf('article-seed.html'));
    await waitForPaint(page, 20);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const point = await pointOnText(page, 'MTTQ');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'MTTQ');
    const card = await page.evaluate(() => {
      const element = document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector('.card');
      return element ? getComputedStyle(element).backgroundColor : '';
    });
    expect(card).toBe(DARK_CARD);

    const popup = await session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]');
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_POPUP);
  });
});
