/**
 * Everything runs locally: a whole visit (article, hover, keyboard walk, popup, options) makes no
 * request that the site's own pages would not make, and none from the extension at all. The
 * fixture proxy sees every request either browser sends, so it is the witness; the first test
 * checks that it does serve the site.
 */
import { describe, expect, it } from 'vitest';
import { SITE_HOST } from '../../src/core/site.ts';
import { FLASH_NAME } from '../../src/page/highlight-painter.ts';
import { BROWSERS } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForElement,
  waitForPaint,
  walkKey,
} from './page-probes.ts';
import type { SeenRequest, SiteServer } from './site-server.ts';
import { classifyTraffic } from './traffic.ts';

const ARTICLE = pathOf('article-seed.html');
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Waits until the proxy has seen no new request for `quiet` ms (at most `limit` ms). */
async function settle(server: SiteServer, quiet = 1200, limit = 10_000): Promise<void> {
  const started = Date.now();
  let count = server.requests.length;
  let since = Date.now();
  while (Date.now() - started < limit) {
    await sleep(150);
    if (server.requests.length !== count) {
      count = server.requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
  }
}

const toSite = (requests: readonly SeenRequest[]): string[] =>
  requests.filter((r) => new URL(r.url).hostname.endsWith(SITE_HOST)).map((r) => `${r.method} ${r.url}`);

describe.each(BROWSERS)('no network, in %s', (name) => {
  const live = useExtensionSession(name);

  it('serves the article from baolaichau.vn through the fixture proxy', async () => {
    const page = await live.session.openSite(ARTICLE);
    expect(new URL(page.url()).host).toBe('baolaichau.vn');
    expect(await page.title()).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await page.close();
  });

  it('a full visit asks nothing of the network beyond what the page itself loads', async () => {
    const page = await live.session.openSite(ARTICLE);
    await waitForPaint(page, 20);
    // Let the page load all it loads by itself (lazy images below the fold come in on scroll),
    // so that whatever the reader's actions scroll to is already there.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 40));
      }
      window.scrollTo(0, 0);
    });
    await settle(live.server);
    const before = live.server.requests.length;
    const siteBefore = toSite(live.server.requests);
    expect(siteBefore.some((r) => r.includes('/static/site.css'))).toBe(true);

    // Hover a term.
    const term = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(term.x, term.y);
    await waitForCard(page, 'BĐBP');
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    // Walk twice with the keyboard, then close.
    await page.mouse.move(1, 1);
    await walkKey(page);
    await waitForCard(page);
    await walkKey(page);
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    // The popup: a figure and a term.
    const popup = await live.session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    await popup.$$eval('button.figure', (buttons) => {
      (
        buttons.find((b) => b.querySelector('.num')?.textContent === '223') as HTMLElement | undefined
      )?.click();
    });
    await page.waitForFunction(
      (flashName: string) => (CSS.highlights.get(flashName)?.size ?? 0) > 0,
      {},
      FLASH_NAME,
    );
    await popup.$$eval('button.term', (buttons) => {
      (buttons.find((b) => b.textContent?.startsWith('MTTQ')) as HTMLElement | undefined)?.click();
    });
    await waitForCard(page, 'MTTQ');
    await popup.close();

    // The options page: turn a setting off and on again.
    const options = await live.session.openExtensionPage('src/options/options.html');
    await waitForElement(options, '#badge');
    const initially = await options.$eval('#badge', (el) => (el as HTMLInputElement).checked);
    for (let i = 0; i < 2; i++) {
      await options.$eval('#status', (el) => (el.textContent = ''));
      await options.click('#badge');
      await options.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    }
    expect(await options.$eval('#badge', (el) => (el as HTMLInputElement).checked)).toBe(initially);
    await options.close();

    await settle(live.server);
    const added = toSite(live.server.requests.slice(before));
    expect(added).toEqual([]);

    const traffic = classifyTraffic(live.server.requests);
    expect(traffic.unexplained).toEqual([]);
    const fromExtension = live.server.requests.filter((r) =>
      [r.origin, r.referer, r.url].some((v) => v !== undefined && /^(chrome|moz)-extension:/.test(v)),
    );
    expect(fromExtension).toEqual([]);
    console.info(
      `[${name}] requests: ${live.server.requests.length} in all, ${traffic.site.length} from the site's page, ${traffic.browser.length} the browser's own (${
        [...new Set(traffic.browser.map((r) => new URL(r.url).hostname))].join(', ') || 'none'
      }), ${traffic.unexplained.length} unexplained`,
    );
    await page.close();
  }, 90_000);

  it('makes no request of its own: every request is a site page or a browser service', () => {
    const traffic = classifyTraffic(live.server.requests);
    expect(traffic.unexplained).toEqual([]);
    expect(traffic.site.length).toBeGreaterThan(0);
  });
});
