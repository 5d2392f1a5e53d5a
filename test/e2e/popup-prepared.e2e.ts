/**
 * The popup's figures and headwords are prepared by the background once a page is marked, and
 * kept in storage.session: a popup opened later shows them without reading the article again.
 * What is kept is checked on the way out, so junk in the area costs only the time it saves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_EXTRAS_PREFIX } from '../../src/messages/report-extras.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForElement, waitForPaint } from './page-probes.ts';

type Kept = Record<string, { figures?: unknown[]; entries?: Array<{ id: string }> }>;

/** Every prepared article in storage.session, read from an extension page. */
function keptExtras(page: Page, prefix: string): Promise<Kept> {
  return page.evaluate(async (p: string) => {
    type Area = { get(key: null): Promise<Record<string, unknown>> };
    const scope = globalThis as unknown as {
      browser?: { storage: { session: Area } };
      chrome?: { storage: { session: Area } };
    };
    const all = await (scope.browser ?? scope.chrome)!.storage.session.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(p))) as Kept;
  }, prefix);
}

describe.each(BROWSERS)('the figures prepared for the popup, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let options: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    options = await live.session.openExtensionPage('src/options/options.html');
  });

  it('are kept by the background once the article is marked, before any popup opens', async () => {
    await options.waitForFunction(
      async (p: string) => {
        type Area = { get(key: null): Promise<Record<string, unknown>> };
        const scope = globalThis as unknown as {
          browser?: { storage: { session: Area } };
          chrome?: { storage: { session: Area } };
        };
        const all = await (scope.browser ?? scope.chrome)!.storage.session.get(null);
        return Object.keys(all).some((key) => key.startsWith(p));
      },
      { timeout: 15_000, polling: 100 },
      REPORT_EXTRAS_PREFIX,
    );
    const kept = Object.values(await keptExtras(options, REPORT_EXTRAS_PREFIX));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.figures?.length).toBeGreaterThan(10);
    expect(kept[0]?.entries?.map((entry) => entry.id)).toContain('bdbp');
  });

  it('are shown by the popup, which falls back to reading the article when the kept copy is junk', async () => {
    const popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]');
    const shown = await popup.$$eval('button.figure', (buttons) => buttons.length);
    expect(shown).toBeGreaterThan(10);
    await popup.close();

    const [key] = Object.keys(await keptExtras(options, REPORT_EXTRAS_PREFIX));
    await options.evaluate(async (k: string) => {
      type Area = { set(items: Record<string, unknown>): Promise<void> };
      const scope = globalThis as unknown as {
        browser?: { storage: { session: Area } };
        chrome?: { storage: { session: Area } };
      };
      await (scope.browser ?? scope.chrome)!.storage.session.set({
        [k]: { figures: 'junk', entries: [{ id: 1 }] },
      });
    }, key ?? '');
    const again = await live.session.openPopupFor(article);
    await waitForElement(again, '[data-state="report"]');
    expect(await again.$$eval('button.figure', (buttons) => buttons.length)).toBe(shown);
    await again.close();
    // The popup read the figures itself and keeps a sound copy in place of the junk.
    await options.waitForFunction(
      async (k: string) => {
        type Area = { get(key: string): Promise<Record<string, unknown>> };
        const scope = globalThis as unknown as {
          browser?: { storage: { session: Area } };
          chrome?: { storage: { session: Area } };
        };
        const value = (await (scope.browser ?? scope.chrome)!.storage.session.get(k))[k] as {
          figures?: unknown;
        };
        return Array.isArray(value?.figures) && value.figures.length > 10;
      },
      { timeout: 10_000, polling: 100 },
      key ?? '',
    );
  });
});
