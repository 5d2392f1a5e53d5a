/** Opening the panel page in a test, and driving the background as the browser would. */
import type { Browser, Page } from 'puppeteer-core';
import { retryingDriver, type ExtensionSession } from './browsers.ts';

export const PANEL_PAGE = 'src/panel/panel.html';

/** `?tab=ID&url=URL` for the tab that shows `page`, found the way the popup's tests find it. */
export async function tabQueryFor(session: ExtensionSession, page: Page): Promise<string> {
  const popup = await session.openPopupFor(page);
  // Firefox's driver may report an extension tab's address as about:blank: ask the page.
  const query = await retryingDriver(() => popup.evaluate(() => location.search));
  await popup.close();
  return query;
}

export async function openPanelFor(session: ExtensionSession, page: Page): Promise<Page> {
  return session.openExtensionPage(`${PANEL_PAGE}${await tabQueryFor(session, page)}`);
}

/**
 * The panel page that opened by itself (as a tab), found by its address. Firefox's driver may
 * report a new extension tab's address as about:blank, so each page is asked where it is.
 */
export async function waitForPanelPage(browser: Browser, base: string, needle: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${base}${PANEL_PAGE}`) && href.includes(needle)) return page;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no panel page with ${needle} opened`);
}

export interface FakeMenuClick {
  info: { menuItemId: string; selectionText: string };
  tab: { id: number; windowId: number };
}

/**
 * Calls the background's menu handler with the arguments a real click would bring. Chromium's
 * worker is reached directly; Firefox's event page through runtime.getBackgroundPage() from an
 * extension page.
 */
export async function clickExplainMenu(session: ExtensionSession, click: FakeMenuClick): Promise<void> {
  if (session.name === 'chromium') {
    const target = await session.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(
      (c: FakeMenuClick) =>
        (
          globalThis as unknown as { laichauExplainClick(i: unknown, t: unknown): Promise<void> }
        ).laichauExplainClick(c.info, c.tab),
      click,
    );
    return;
  }
  const page = await session.openExtensionPage('src/options/options.html');
  await retryingDriver(() =>
    page.evaluate(async (c: FakeMenuClick) => {
      type Bg = { laichauExplainClick(i: unknown, t: unknown): Promise<void> };
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Bg> } } })
        .browser;
      const background = await api.runtime.getBackgroundPage();
      await background.laichauExplainClick(c.info, c.tab);
    }, click),
  );
  await page.close();
}

/** The tab and window ids of the tab showing `query`'s tab, read from an extension page. */
export async function tabOf(
  session: ExtensionSession,
  query: string,
): Promise<{ id: number; windowId: number }> {
  const id = Number(new URLSearchParams(query).get('tab'));
  const page = await session.openExtensionPage('src/options/options.html');
  const windowId = await retryingDriver(() =>
    page.evaluate(async (tabId: number) => {
      type Api = { tabs: { get(id: number): Promise<{ windowId?: number }> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (scope.browser ?? scope.chrome)!.tabs.get(tabId)).windowId ?? -1;
    }, id),
  );
  await page.close();
  return { id, windowId };
}
