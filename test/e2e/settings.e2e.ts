/**
 * The reader's settings, changed from the popup and the options page while an article is open:
 * the site or the whole reader off and on again, the language of the popup and the cards, how
 * much to mark, and "always on" for a page of another site. The open page follows at once,
 * without a reload.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  DOTTED,
  paintedTexts,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForElement,
  waitForNoMarks,
  waitForPaint,
} from './page-probes.ts';
import { OTHER_SITE_HOST } from './site-server.ts';

const MTTQ = GLOSSARY.find((e) => e.terms.includes('MTTQ'));

async function paintedCount(page: Page): Promise<number> {
  return (await paintedTexts(page)).length;
}

/**
 * Flips a switch of the popup as a reader would: one click, then waiting until the popup has
 * redrawn itself from the saved settings before anything else: its switches (a new element in
 * the clicked one's place) and what it says about the page (no longer "loading"). Polling by
 * time: the popup may be a background tab here.
 */
async function clickIn(page: Page, selector: string): Promise<void> {
  await waitForElement(page, selector, 10_000);
  const wasChecked = await page.$eval(selector, (el) => {
    (el as HTMLElement).dataset.clickedByTest = 'yes';
    return (el as HTMLInputElement).checked;
  });
  await page.$eval(selector, (el) => (el as HTMLElement).click());
  await page.waitForFunction(
    (s: string, expected: boolean) => {
      const redrawn = document.querySelector<HTMLInputElement>(s);
      const said = document.querySelector('[data-state]')?.getAttribute('data-state');
      return (
        !!redrawn &&
        redrawn.dataset.clickedByTest === undefined &&
        redrawn.checked === expected &&
        said !== undefined &&
        said !== 'loading'
      );
    },
    { timeout: 10_000, polling: 100 },
    selector,
    !wasChecked,
  );
}

/** Waits until the article's painted marks satisfy `check` on their count, and returns their texts. */
async function waitForCount(page: Page, check: 'below' | 'above' | 'equal', than: number): Promise<string[]> {
  await page.waitForFunction(
    (highlightName: string, how: string, n: number) => {
      const size = CSS.highlights.get(highlightName)?.size ?? 0;
      return how === 'below' ? size > 0 && size < n : how === 'above' ? size > n : size === n;
    },
    { timeout: 10_000, polling: 100 },
    DOTTED,
    check,
    than,
  );
  return paintedTexts(page);
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
    await waitForNoMarks(article);
    await waitForElement(popup, '[data-state="off"]', 10_000);
    await clickIn(popup, '#switch-site');
    await waitForPaint(article, before);
    expect(await paintedCount(article)).toBe(before);
  });

  it('turns off everywhere and back from the popup', async () => {
    await waitForElement(popup, '#switch-enabled');
    await clickIn(popup, '#switch-enabled');
    await waitForNoMarks(article);
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

describe.each(BROWSERS)('how much to mark, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let popup: Page;
  let byDefault: string[];

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    byDefault = await waitForPaint(article, 20);
    popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    await waitForElement(popup, '#mark-level', 10_000);
  });

  it('offers the three levels, with names chosen by default', async () => {
    const options = await popup.$$eval('#mark-level option', (list) =>
      list.map((o) => [(o as HTMLOptionElement).value, (o as HTMLOptionElement).selected]),
    );
    expect(options).toEqual([
      ['abbreviations', false],
      ['names', true],
      ['everything', false],
    ]);
    expect(byDefault).toContain('Chính ủy');
    expect(byDefault).not.toContain('đảng viên');
  });

  it('re-marks the open article at once when the level changes', async () => {
    await popup.select('#mark-level', 'abbreviations');
    const fewest = await waitForCount(article, 'below', byDefault.length);
    expect(fewest).toContain('BĐBP');
    expect(fewest).toContain('18-NQ/TW');
    expect(fewest).not.toContain('Chính ủy');
    expect(fewest).not.toContain('đảng viên');

    await waitForElement(popup, '#mark-level', 10_000);
    await popup.select('#mark-level', 'everything');
    const all = await waitForCount(article, 'above', byDefault.length);
    expect(all).toContain('đảng viên');
    expect(all).toContain('Chính ủy');
    expect(all).toContain('BĐBP');

    await waitForElement(popup, '#mark-level', 10_000);
    await popup.select('#mark-level', 'names');
    const back = await waitForCount(article, 'equal', byDefault.length);
    expect(back.sort()).toEqual([...byDefault].sort());
  });

  it('offers the same choice on the options page, applied to the open article at once', async () => {
    const options = await live.session.openExtensionPage('src/options/options.html');
    await waitForElement(options, '#mark-level', 15_000);
    expect(await options.$eval('#mark-level', (el) => (el as HTMLSelectElement).value)).toBe('names');
    await options.select('#mark-level', 'abbreviations');
    const fewest = await waitForCount(article, 'below', byDefault.length);
    expect(fewest).toContain('BĐBP');
    await waitForElement(options, '#mark-level', 10_000);
    await options.select('#mark-level', 'names');
    await waitForCount(article, 'equal', byDefault.length);
  });
});

/** What recordPermissionRequests keeps: each origin list asked for, and the browser's answer so far. */
interface RequestLog {
  __permissionRequests: Array<{ origins: string[]; answer: string }>;
}

/** Records the permission requests the popup makes, passing each on to Chromium unchanged. */
async function recordPermissionRequests(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    type Permissions = { request(p: { origins: string[] }): Promise<boolean> };
    const api = (globalThis as unknown as { chrome: { permissions: Permissions } }).chrome.permissions;
    const log: RequestLog['__permissionRequests'] = [];
    (window as unknown as RequestLog).__permissionRequests = log;
    const request = api.request.bind(api);
    api.request = (asked) => {
      const entry = { origins: [...asked.origins], answer: 'pending' };
      log.push(entry);
      const answer = request(asked);
      answer.then(
        (granted) => (entry.answer = String(granted)),
        (error: unknown) => (entry.answer = `error: ${String(error)}`),
      );
      return answer;
    };
  });
}

describe.each(BROWSERS)('always on for another site, in %s', (name) => {
  const live = useExtensionSession(name);

  it('offers to annotate a page of another site, and asks the browser for that site alone', async () => {
    const path = pathOf('article-vendor.html');
    const other = await live.session.openSite(path, OTHER_SITE_HOST);
    const popup = await live.session.openPopupFor(other);
    // The popup offers this only when no reader answers in the tab: not the news site, no
    // content script, no marks.
    await waitForElement(popup, '[data-state="other-site"]', 15_000);
    expect(await paintedCount(other)).toBe(0);
    const buttons = await popup.$$eval('.actions button', (list) => list.map((b) => b.textContent ?? ''));
    expect(buttons.some((b) => b.includes(OTHER_SITE_HOST))).toBe(true);
    // Chromium shows its own permission prompt, which no automation can answer: the requests
    // the popup makes are recorded (and passed on unchanged) to know when the browser is asking.
    if (name === 'chromium') await recordPermissionRequests(popup);
    // A real click: browsers ask for a permission only in answer to the reader's own gesture.
    await popup.bringToFront();
    await popup.click('.actions button:nth-child(2)');

    if (name === 'chromium') {
      // The popup asked for that site alone, the browser is asking, and nothing is granted
      // behind the reader's back meanwhile.
      await popup.waitForFunction(() => (window as unknown as RequestLog).__permissionRequests.length > 0, {
        timeout: 10_000,
        polling: 100,
      });
      const asked = await popup.evaluate(() => (window as unknown as RequestLog).__permissionRequests);
      expect(asked).toEqual([{ origins: [`*://${OTHER_SITE_HOST}/*`], answer: 'pending' }]);
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
    // Again no reader answers in the new tab: the popup offers what it offers any other site.
    const afterPopup = await live.session.openPopupFor(after);
    await waitForElement(afterPopup, '[data-state="other-site"]', 15_000);
    expect(await paintedCount(after)).toBe(0);
  });
});
