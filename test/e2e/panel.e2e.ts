import { beforeAll, describe, expect, it } from 'vitest';
import { FLASH_NAME } from '../../src/page/highlight-painter.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForElement, waitForPaint } from './page-probes.ts';
import {
  clickExplainMenu,
  openPanelFor,
  tabOf,
  tabQueryFor,
  waitForPanelPage,
  PANEL_PAGE,
} from './panel-helpers.ts';
import { OTHER_SITE_HOST } from './site-server.ts';

async function items(panel: Page, selector: string): Promise<string[]> {
  return panel.$$eval(selector, (nodes) => nodes.map((n) => n.textContent ?? ''));
}

/** Puts a query in the search box as typing would, and waits for the list to follow. */
async function search(panel: Page, query: string): Promise<void> {
  await panel.evaluate((q: string) => {
    const box = document.getElementById('search-box') as HTMLInputElement;
    box.value = q;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

async function firstResult(panel: Page): Promise<string> {
  return panel.$eval('ul.results button.result .term-name', (n) => n.textContent ?? '');
}

describe.each(BROWSERS)('the panel, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let panel: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    panel = await openPanelFor(live.session, article);
    await waitForElement(panel, '#report [data-state="report"]', 15_000);
  });

  it("lists the seed article's figures and terms", async () => {
    const figures = await items(panel, '#report button.figure .num');
    expect(figures).toEqual(expect.arrayContaining(['223', '22/23']));
    const terms = await items(panel, '#report button.term .term-name');
    expect(terms).toEqual(expect.arrayContaining(['BĐBP', 'MTTQ']));
  });

  it('reveals a figure chosen with Enter, and stays open', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    await panel.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('#report button.figure')];
      const figure = buttons.find((b) => b.querySelector('.num')?.textContent === '223');
      // A figure listed under "more" is reached as a reader would: by opening that list first.
      const more = figure?.closest('details');
      if (more) more.open = true;
      figure?.focus();
    });
    await panel.keyboard.press('Enter');
    await article.waitForFunction(
      (flashName: string) => {
        const flash = CSS.highlights.get(flashName);
        return !!flash && [...flash].some((r) => (r as Range).toString() === '223');
      },
      { polling: 100 },
      FLASH_NAME,
    );
    expect(panel.isClosed()).toBe(false);
    expect(await panel.evaluate(() => document.activeElement?.querySelector('.num')?.textContent)).toBe(
      '223',
    );
  });

  it('shows which figures are in view while the reader scrolls', async () => {
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await article.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n as Text).data.includes('223')) {
          n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          return;
        }
    });
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('#report button.figure.in-view .num')].some(
          (n) => n.textContent === '223',
        ),
      { polling: 100, timeout: 10_000 },
    );
  });

  it('fits a 320 px sidebar at 200 % zoom (160 CSS pixels) without sideways scrolling', async () => {
    await panel.setViewport({ width: 160, height: 600 });
    const fits = await panel
      .waitForFunction(
        () => window.innerWidth === 160 && document.documentElement.scrollWidth <= window.innerWidth,
        { polling: 100, timeout: 3000 },
      )
      .then(() => true)
      .catch(() => false);
    const width = await panel.evaluate(() => document.documentElement.scrollWidth);
    await panel.setViewport({ width: 320, height: 700 });
    expect(fits, `the page is ${width} px wide`).toBe(true);
  });

  it('says plainly when a page is not an article, and offers to annotate another site', async () => {
    const home = await live.session.openSite(pathOf('home.html'));
    await live.session.readyReport(home);
    const homePanel = await openPanelFor(live.session, home);
    await waitForElement(homePanel, '#report [data-state="not-article"]', 15_000);
    expect((await homePanel.$eval('#report .why', (n) => n.textContent ?? '')).length).toBeGreaterThan(10);
    await homePanel.close();
    await home.close();
    const other = await live.session.openSite(pathOf('other-site-explain.html'), OTHER_SITE_HOST);
    const otherPanel = await openPanelFor(live.session, other);
    await waitForElement(otherPanel, '#report [data-state="other-site"]', 15_000);
    expect(await otherPanel.$$eval('#report .actions button', (n) => n.length)).toBe(1);
    await otherPanel.close();
    await other.close();
  });

  it('finds terms by Vietnamese without diacritics, abbreviations and English', async () => {
    await panel.$eval('#show-search', (b) => (b as HTMLElement).click());
    await search(panel, 'hoi dong nhan dan');
    expect(await firstResult(panel)).toBe('Hội đồng nhân dân');
    await search(panel, 'bdbp');
    expect(await firstResult(panel)).toBe('BĐBP');
    await search(panel, "people's committee");
    expect(await items(panel, 'ul.results button.result .term-name')).toContain('Ủy ban nhân dân');
    const said = await panel.$eval('.result-count', (n) => n.textContent ?? '');
    expect(said).toMatch(/\d+/);
    expect(await panel.$eval('.result-count', (n) => n.getAttribute('aria-live'))).toBe('polite');
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    await search(panel, '');
    // Keys go to the tab in front; the article was brought there by the test before.
    await panel.bringToFront();
    await panel.focus('#search-box');
    await panel.keyboard.type('bdbp');
    await panel.waitForFunction(() => document.querySelector('ul.results button.result') !== null);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    expect(await panel.evaluate(() => document.activeElement?.querySelector('.term-name')?.textContent)).toBe(
      'BĐBP',
    );
    await panel.keyboard.press('Enter');
    await waitForElement(panel, '.search .opened .card', 5000);
    expect(await panel.$eval('.search .opened .card .term', (n) => n.textContent)).toBe('BĐBP');
    expect(await panel.$$eval('.search .opened .card .sources li', (n) => n.length)).toBeGreaterThan(0);
  });

  it('decodes a document code typed into the box, known or not', async () => {
    await search(panel, '34/2014/NĐ-CP');
    await waitForElement(panel, '.decoded .card[data-subject="code"]', 5000);
    const known = await panel.$eval('.decoded .card', (n) => n.textContent ?? '');
    expect(known).toContain('2014');
    expect(await panel.$$eval('.decoded .card .unverified', (n) => n.length)).toBe(0);
    await search(panel, '1234/QĐ-UBND');
    await panel.waitForFunction(
      () => document.querySelector('.decoded .card .term')?.textContent === '1234/QĐ-UBND',
    );
    expect(await panel.$$eval('.decoded .card dl.code dd', (n) => n.map((d) => d.textContent))).toEqual(
      expect.arrayContaining(['1234']),
    );
    expect(await panel.$$eval('.decoded .card .unverified', (n) => n.length)).toBe(1);
  });

  it('explains a selection on another site from the context menu, with nothing injected', async () => {
    const other = await live.session.openSite(pathOf('other-site-explain.html'), OTHER_SITE_HOST);
    const selectionText = await other.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('explain-me') as Node);
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    const tab = await tabOf(live.session, await tabQueryFor(live.session, other));
    await clickExplainMenu(live.session, {
      info: { menuItemId: 'laichau-explain-selection', selectionText },
      tab,
    });
    // No gesture reaches the background from a test, so the panel opens as a tab.
    const explained = await waitForPanelPage(
      live.session.browser,
      live.session.extensionBase,
      'view=explain',
    );
    await waitForElement(explained, '#explain [data-view="explain"]', 15_000);
    const found = await explained.$$eval('#explain [data-item]', (n) =>
      n.map((e) => e.getAttribute('data-item')),
    );
    expect(found, found.join()).toEqual(expect.arrayContaining(['bdbp', '34/2014/NĐ-CP', '14', '37']));
    expect(await other.$(ROOT_TAG)).toBeNull();
    await explained.$eval('#explain button[data-item="34/2014/NĐ-CP"]', (b) => (b as HTMLElement).click());
    await waitForElement(explained, '#explain .opened .card[data-subject="code"]', 5000);
    await explained.close();
    await other.close();
  });

  if (name === 'chromium')
    it('opens the real side panel from the popup button', async () => {
      const popup = await live.session.openPopupFor(article);
      await waitForElement(popup, '#open-panel:not([hidden])', 10_000);
      await popup.click('#open-panel');
      const side = await live.session.browser.waitForTarget(
        (t) => t.url() === `${live.session.extensionBase}${PANEL_PAGE}`,
        { timeout: 10_000 },
      );
      expect(side.url()).toBe(`${live.session.extensionBase}${PANEL_PAGE}`);
    });
});
