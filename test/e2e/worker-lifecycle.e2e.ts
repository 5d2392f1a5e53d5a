/**
 * The extension's background comes and goes under open pages: the browser stops an idle service
 * worker, and an update or reload of the extension orphans the content scripts already running.
 * Cards must still open after the first; the second must leave a page that throws nothing and
 * shows no half-working marks.
 *
 * Chromium only: these are Chromium's service-worker controls (CDP ServiceWorker.stopAllWorkers)
 * and its orphaning of content scripts on reload. Firefox's background is an event page that
 * its WebDriver BiDi driver can neither suspend nor observe; see the README.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './browsers.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { paintedTexts, pointOnText, waitForCard, waitForCardClosed, waitForPaint } from './page-probes.ts';

const ARTICLE = pathOf('article-seed.html');
const BDBP = GLOSSARY.find((entry) => entry.id === 'bdbp');

function workerTargets(browser: Browser, base: string): number {
  return browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(base)).length;
}

async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('the background stopped or replaced under an open page, in chromium', () => {
  const live = useExtensionSession('chromium');
  let page: Page;

  beforeAll(async () => {
    page = await live.session.openSite(ARTICLE);
    await waitForPaint(page, 20);
  });

  it('opens a card after the browser stopped the idle service worker', async () => {
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitUntil(
      () => workerTargets(live.session.browser, live.session.extensionBase) === 0,
      'the worker to stop',
    );
    const point = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'BĐBP', 8000);
    // Not the placeholder: the explanation itself, in either language.
    await page.waitForFunction(
      (shorts: string[]) => {
        const text =
          document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector('.card')?.textContent ??
          '';
        return shorts.some((short) => text.includes(short));
      },
      { timeout: 8000, polling: 100 },
      [BDBP?.vi.short ?? 'missing', BDBP?.en.short ?? 'missing'],
    );
    // The card's request is what woke the worker again.
    expect(workerTargets(live.session.browser, live.session.extensionBase)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await cdp.detach();
  });

  it('takes its marks down and throws nothing when the extension is reloaded under the page', async () => {
    const cdp = await page.createCDPSession();
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string } }) => {
      thrown.push(event.exceptionDetails.text);
    });
    await cdp.send('Runtime.enable');
    expect((await paintedTexts(page)).length).toBeGreaterThan(20);

    const options = await live.session.openExtensionPage('src/options/options.html');
    // Not awaited: the page that asks for the reload goes away with the extension.
    void options
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);

    await live.session.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(live.session.extensionBase),
      { timeout: 15_000 },
    );
    // The old script is orphaned now. A reader who rests on a term gets no card: the stale
    // request is not sent, and the marks and the reader's host element are taken down.
    await options.close().catch(() => undefined);
    await page.bringToFront();
    const point = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(2, 2);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await page.waitForFunction(
      () =>
        (CSS.highlights.get('laichau-reader-dotted')?.size ?? 0) === 0 &&
        document.querySelector('laichau-reader-root') === null,
      { timeout: 10_000, polling: 100 },
    );
    // The keyboard walk finds nothing left to open, and nothing throws.
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(await page.evaluate(() => document.querySelector('laichau-reader-root'))).toBeNull();
    expect(thrown).toEqual([]);
    await cdp.detach();
  });
});
