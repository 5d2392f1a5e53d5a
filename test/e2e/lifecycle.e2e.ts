/**
 * The reader's life in a page: started a second time in the same page, it marks once. And the
 * extension's background comes and goes under open pages: the browser stops an idle service
 * worker, and an update or reload of the extension orphans the content scripts already running.
 * Cards must still open after the first; the second must leave a page that throws nothing and
 * shows no half-working marks.
 *
 * The background tests are Chromium only: these are Chromium's service-worker controls (CDP
 * ServiceWorker.stopAllWorkers) and its orphaning of content scripts on reload. Firefox's
 * background is an event page that its WebDriver BiDi driver can neither suspend nor observe;
 * see the README.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { CONTENT_PATHS } from '../../src/platform/content-files.ts';
import { BROWSERS, type Browser, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  paintedTexts,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForNoMarks,
  waitForPaint,
  walkKey,
} from './page-probes.ts';

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

/** The names of the performance marks on the page's timeline (the reader marks its start there). */
async function timelineMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
}

describe.each(BROWSERS)('the reader started twice, in %s', (name) => {
  const live = useExtensionSession(name);

  it('marks once when the content script is started a second time', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    const first = await waitForPaint(page, 20);
    const marksBefore = await timelineMarks(page);
    // Inject the shipped content script again, as "Annotate this page" would on a site tab.
    const extensionPage = await live.session.openExtensionPage('src/options/options.html');
    const injected = await extensionPage.evaluate(
      async (url: string, file: string) => {
        type Api = {
          tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
          scripting: { executeScript(o: object): Promise<Array<{ error?: unknown }>> };
        };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome) as Api;
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) return 'no tab';
        const [result] = await api.scripting.executeScript({
          target: { tabId: tab.id },
          files: [file],
        });
        return result?.error === undefined ? 'ok' : String(result.error);
      },
      page.url(),
      CONTENT_PATHS.js,
    );
    expect(injected).toBe('ok');
    await extensionPage.close();
    // A reader that starts puts a mark on the page's timeline before anything else, and the
    // injection returns only after the script's first turn: a second start would show here.
    expect(await timelineMarks(page)).toEqual(marksBefore);
    expect(await live.session.readyReport(page)).toMatchObject({ state: 'ready', isArticle: true });
    expect((await paintedTexts(page)).length).toBe(first.length);
    // One reader answers the keyboard: one card, in one host.
    await walkKey(page);
    await waitForCard(page);
    expect(await page.evaluate((tag: string) => document.querySelectorAll(tag).length, ROOT_TAG)).toBe(1);
    await page.close();
  });
});

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
      (tag: string, shorts: string[]) => {
        const text = document.querySelector(tag)?.shadowRoot?.querySelector('.card')?.textContent ?? '';
        return shorts.some((short) => text.includes(short));
      },
      { timeout: 8000, polling: 100 },
      ROOT_TAG,
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
    await waitForNoMarks(page);
    // The keyboard walk finds nothing left to open, and nothing throws.
    await walkKey(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(await page.evaluate((tag: string) => document.querySelector(tag), ROOT_TAG)).toBeNull();
    expect(thrown).toEqual([]);
    await cdp.detach();
  });
});
