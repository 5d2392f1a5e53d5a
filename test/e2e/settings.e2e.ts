import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  paintedTexts,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  waitForElement,
} from './page-probes.ts';
import { OTHER_SITE_HOST } from './site-server.ts';

const MTTQ = GLOSSARY.find((e) => e.terms.includes('MTTQ'));

async function paintedCount(page: Page): Promise<number> {
  return (await paintedTexts(page)).length;
}

async function waitForNoPaint(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (CSS.highlights.get('laichau-reader-dotted')?.size ?? 0) === 0 &&
      !document.querySelector('laichau-reader-root'),
    { timeout: 10_000, polling: 100 },
  );
}

/**
 * Flips a switch of the popup as a reader would: one click, then waiting until the popup has
 * redrawn itself from the saved settings before anything else (polling by time: the popup may be
 * a background tab here).
 */
async function clickIn(page: Page, selector: string): Promise<void> {
  await waitForElement(page, selector, 10_000);
  const wasChecked = await page.$eval(selector, (el) => (el as HTMLInputElement).checked);
  await page.$eval(selector, (el) => (el as HTMLElement).click());
  await page.waitForFunction(
    (s: string, expected: boolean) =>
      (document.querySelector(s) as HTMLInputElement | null)?.checked === expected,
    { timeout: 10_000, polling: 100 },
    selector,
    !wasChecked,
  );
  // The redraw runs 150 ms after the save; let it land on the new state.
  await new Promise((done) => setTimeout(done, 400));
}

describe.each(BROWSERS)('reader controls, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]', 15_000);
  });

  it('removes every mark in the open tab at once when the site is turned off, and brings them back', async () => {
    const before = await paintedCount(article);
    await clickIn(popup, '#switch-site');
    await waitForNoPaint(article);
    await waitForElement(popup, '[data-state="off"]', 10_000);
    await clickIn(popup, '#switch-site');
    await waitForPaint(article, before);
    expect(await paintedCount(article)).toBe(before);
  });

  it('turns off everywhere and back from the popup', async () => {
    await waitForElement(popup, '#switch-enabled');
    await clickIn(popup, '#switch-enabled');
    await waitForNoPaint(article);
    await clickIn(popup, '#switch-enabled');
    await waitForPaint(article, 20);
  });

  it('switches the language of the popup and of the cards', async () => {
    for (const [lang, heading] of [
      ['vi', 'Số liệu chính'],
      ['en', 'Key figures'],
    ] as const) {
      await waitForElement(popup, '#language');
      await popup.select('#language', lang);
      await popup.waitForFunction(
        (text: string) => document.getElementById('figures-title')?.textContent === text,
        { timeout: 10_000, polling: 100 },
        heading,
      );
      await article.bringToFront();
      const point = await pointOnText(article, 'MTTQ');
      await article.mouse.move(point.x, point.y);
      await waitForCard(article, MTTQ?.[lang].short ?? 'missing entry');
      await article.keyboard.press('Escape');
      await waitForCardClosed(article);
      await article.mouse.move(1, 1);
    }
  });
});

describe.each(BROWSERS)('always on for another site, in %s', (name) => {
  const live = useExtensionSession(name);

  it('offers to annotate a page of another site, and asks the browser for that site alone', async () => {
    const path = pathOf('article-vendor.html');
    const other = await live.session.openSite(path, OTHER_SITE_HOST);
    // Not the news site: no content script, no marks.
    await new Promise((done) => setTimeout(done, 500));
    expect(await paintedCount(other)).toBe(0);

    const popup = await live.session.openPopupFor(other);
    await waitForElement(popup, '[data-state="other-site"]', 15_000);
    const buttons = await popup.$$eval('.actions button', (list) => list.map((b) => b.textContent ?? ''));
    expect(buttons.some((b) => b.includes(OTHER_SITE_HOST))).toBe(true);
    // A real click: browsers ask for a permission only in answer to the reader's own gesture.
    await popup.bringToFront();
    await popup.click('.actions button:nth-child(2)');

    if (name === 'chromium') {
      // Chromium shows its own permission prompt, which no automation can answer: check that
      // nothing is granted behind the reader's back while the browser asks.
      await new Promise((done) => setTimeout(done, 1500));
      const granted = await popup.evaluate((host: string) => {
        type Permissions = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        return (globalThis as unknown as { chrome: Permissions }).chrome.permissions.contains({
          origins: [`*://${host}/*`],
        });
      }, OTHER_SITE_HOST);
      expect(granted).toBe(false);
      expect(await paintedCount(other)).toBe(0);
      return;
    }

    // Firefox answers "Allow" through its test preference (see browsers.ts).
    await waitForElement(popup, '[data-state="always-on"]', 15_000);
    await waitForPaint(other, 3);

    // A new page of that site is marked by the registered script.
    const again = await live.session.openSite(path, OTHER_SITE_HOST);
    await waitForPaint(again, 3);

    // The options page lists the site and revokes it.
    const options = await live.session.openExtensionPage('src/options/options.html');
    await waitForElement(options, `#always-sites button[data-host="${OTHER_SITE_HOST}"]`, 15_000);
    await options.$eval(`#always-sites button[data-host="${OTHER_SITE_HOST}"]`, (b) =>
      (b as HTMLElement).click(),
    );
    await options.waitForFunction(() => !document.querySelector('#always-sites'), {
      timeout: 10_000,
      polling: 100,
    });
    const after = await live.session.openSite(path, OTHER_SITE_HOST);
    await new Promise((done) => setTimeout(done, 800));
    expect(await paintedCount(after)).toBe(0);
  });
});
