import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/platform/content-files.ts';
import { BROWSERS } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardState,
  paintedTexts,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
} from './page-probes.ts';

describe.each(BROWSERS)('touch, hostile pages and late content, in %s', (name) => {
  const live = useExtensionSession(name);

  it('opens a card on a tap and closes it on a tap elsewhere (touch emulation)', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    await page.setViewport({ width: 400, height: 760, hasTouch: true, isMobile: true });
    await waitForPaint(page, 20);
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
    const page = await live.session.openSite(pathOf('article-seed.html'));
    await page.setViewport({ width: 400, height: 760, hasTouch: true, isMobile: true });
    await waitForPaint(page, 20);
    const term = await pointOnText(page, 'MTTQ');
    await page.touchscreen.touchStart(term.x, term.y);
    await page.touchscreen.touchMove(term.x, term.y - 120);
    await page.touchscreen.touchMove(term.x, term.y - 240);
    await page.touchscreen.touchEnd();
    await new Promise((done) => setTimeout(done, 700));
    expect((await cardState(page))?.visible).toBe(false);
    await page.close();
  });

  it('keeps its card whole and readable on a page with hostile CSS', async () => {
    const page = await live.session.openSite(pathOf('article-hostile-css.html'));
    await waitForPaint(page, 20);
    const point = await pointOnText(page, 'MTTQ');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, 'MTTQ');
    expect(card.fontSize).toBe('14px');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.height).toBeGreaterThan(40);
    // The page's `button { display: none !important }` does not reach the card's buttons.
    const buttonsShown = await page.evaluate(() => {
      const card = document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector('.card');
      return [...(card?.querySelectorAll('button') ?? [])].filter((b) => b.getBoundingClientRect().width > 0)
        .length;
    });
    expect(buttonsShown).toBeGreaterThan(0);
    await page.close();
  });

  it('marks a body that arrives after the page has loaded', async () => {
    const page = await live.session.openSite(pathOf('article-late-body.html'));
    const painted = await waitForPaint(page, 3, 10_000);
    expect(painted.length).toBeGreaterThanOrEqual(3);
    const late = await page.evaluate(() => document.querySelector('[data-filled="true"]') !== null);
    expect(late).toBe(true);
    await page.close();
  });

  it('marks once when the content script is started a second time', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    const first = await waitForPaint(page, 20);
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
    await new Promise((done) => setTimeout(done, 600));
    const hosts = await page.evaluate(() => document.querySelectorAll('laichau-reader-root').length);
    expect(hosts).toBe(1);
    expect((await paintedTexts(page)).length).toBe(first.length);
    await extensionPage.close();
    await page.close();
  });
});
