/**
 * The popup: the article's key figures, timeline, documents and terms, each taking the reader
 * to its place in the page; a figure the article gives twice listed once; on a page that is
 * not an article, why not, and "Annotate this page anyway" (marks in the page's prose, never in
 * its menu, and an undo that takes them all away). Its figures and headwords are prepared by
 * the background once a page is marked and kept in storage.session, so a popup opened later
 * shows them without reading the article again; what is kept is checked on the way out, so junk
 * in the area costs only the time it saves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_EXTRAS_PREFIX } from '../../src/messages/report-extras.ts';
import { FLASH_NAME } from '../../src/page/highlight-painter.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  paintedTexts,
  TERM_HIGHLIGHTS,
  waitForCard,
  waitForElement,
  waitForPaint,
  waitForPreparedArticle,
} from './page-probes.ts';

/** Figures of the seed article a reader must find in the popup: the number as written, and a word of its label. */
const SEED_FIGURES: Array<[string, RegExp]> = [
  ['22', /cán bộ tăng cường/],
  ['22/23', /xã biên giới/],
  ['20', /cấp ủy/],
  ['2', /Bí thư/],
  ['18', /Phó Bí thư/],
  ['60', /đảng viên/],
  ['223', /quần chúng ưu tú/],
  ['206', /kết nạp/],
  ['80', /thay thế|bổ sung/],
  ['168', /tổ chức chính trị/],
  ['4', /huyện biên giới/],
];
const SEED_TIMELINE = ['2015-2020', '2016-2020', '25/10/2017', 'XII', 'XIII', '6'];

async function popupItems(popup: Page, selector: string): Promise<Array<{ num: string; label: string }>> {
  return popup.$$eval(selector, (buttons) =>
    buttons.map((b) => ({
      num: b.querySelector('.num')?.textContent ?? '',
      label: b.querySelector('.label')?.textContent ?? '',
    })),
  );
}

const REPEATED = '3,2 triệu';

/** Waits until the article's flash highlight covers the figure inside the element `id`. */
async function waitForFlashIn(article: Page, id: string): Promise<void> {
  await article.waitForFunction(
    (flashName: string, text: string, where: string) => {
      const flash = CSS.highlights.get(flashName);
      return (
        !!flash &&
        [...flash].some((range) => {
          const r = range as Range;
          return r.toString() === text && r.startContainer.parentElement?.closest(`#${where}`) !== null;
        })
      );
    },
    // The page is a background tab here, where animation frames do not run: poll by time.
    { polling: 100, timeout: 10_000 },
    FLASH_NAME,
    REPEATED,
    id,
  );
}

/** How many painted ranges start inside the elements `selector` matches. */
async function marksInside(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (s: string, names: readonly string[]) => {
      const regions = [...document.querySelectorAll(s)];
      let n = 0;
      for (const name of names) {
        for (const range of CSS.highlights.get(name) ?? []) {
          const node = (range as Range).startContainer;
          if (regions.some((r) => r.contains(node))) n += 1;
        }
      }
      return n;
    },
    selector,
    TERM_HIGHLIGHTS,
  );
}

async function click(popup: Page, selector: string): Promise<void> {
  await popup.$eval(selector, (button) => (button as HTMLElement).click());
}

describe.each(BROWSERS)('the popup, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]', 15_000);
  });

  it('runs the content script on the article and answers the popup with its title', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    const own = await live.session.openPopupFor(page);
    await waitForElement(own, '[data-state="report"]', 15_000);
    const shown = await own.$eval('.article-title', (el) => el.textContent ?? '');
    expect(shown).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await own.close();
    await page.close();
  });

  it("lists the seed article's key figures, each with a label", async () => {
    const figures = await popupItems(popup, 'ul.figures:not(.timeline) button.figure');
    for (const [num, label] of SEED_FIGURES) {
      expect(
        figures.some((f) => f.num === num && label.test(f.label)),
        `${num} ${label}`,
      ).toBe(true);
    }
    expect(figures.every((f) => f.label.trim().length > 0)).toBe(true);
    const timeline = (await popupItems(popup, 'ul.timeline button.figure')).map((f) => f.num);
    for (const item of SEED_TIMELINE)
      expect(
        timeline.some((t) => t.includes(item)),
        item,
      ).toBe(true);
  });

  it('draws 22/23 as a nearly full proportion bar', async () => {
    const width = await popup.$$eval('button.figure', (buttons) => {
      const ratio = buttons.find((b) => b.querySelector('.num')?.textContent === '22/23');
      return (ratio?.querySelector('.bar .fill') as HTMLElement | null)?.style.width ?? '';
    });
    expect(parseFloat(width)).toBeCloseTo((22 / 23) * 100, 0);
  });

  it('lists the documents cited and the glossary terms with counts', async () => {
    const documents = await popupItems(popup, 'button.document');
    expect(documents.map((d) => d.num)).toEqual(expect.arrayContaining(['07-NQ/TU', '18-NQ/TW']));
    const terms = await popup.$$eval('button.term', (buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(terms.some((t) => t.startsWith('BĐBP'))).toBe(true);
  });

  it('takes the reader to a figure in the article and flashes it there', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.$$eval('button.figure', (buttons) => {
      (
        buttons.find((b) => b.querySelector('.num')?.textContent === '223') as HTMLElement | undefined
      )?.click();
    });
    await article.waitForFunction(
      (flashName: string) => {
        const flash = CSS.highlights.get(flashName);
        return !!flash && [...flash].some((r) => (r as Range).toString() === '223');
      },
      // The page is a background tab here, where animation frames do not run: poll by time.
      { polling: 100 },
      FLASH_NAME,
    );
    // A real popup floats over the visible page; here the page is another tab, so show it
    // (hidden tabs do not run scroll animations).
    await article.bringToFront();
    const onScreen = await article.waitForFunction(
      (flashName: string) => {
        const flash = CSS.highlights.get(flashName);
        const range = flash ? ([...flash][0] as Range) : undefined;
        const rect = range?.getBoundingClientRect();
        return !!rect && window.scrollY > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
      },
      { timeout: 5000 },
      FLASH_NAME,
    );
    expect(await onScreen.jsonValue()).toBe(true);
  });

  it('opens the card of a term chosen in the popup', async () => {
    await popup.$$eval('button.term', (buttons) => {
      (buttons.find((b) => b.textContent?.startsWith('MTTQ')) as HTMLElement | undefined)?.click();
    });
    await waitForCard(article, 'MTTQ');
  });

  it('says a home page is not an article, and why', async () => {
    const home = await live.session.openSite(pathOf('home.html'));
    await live.session.readyReport(home);
    const homePopup = await live.session.openPopupFor(home);
    await waitForElement(homePopup, '[data-state="not-article"]', 15_000);
    const why = await homePopup.$eval('.why', (el) => el.textContent ?? '');
    expect(why.length).toBeGreaterThan(10);
    await homePopup.close();
    await home.close();
  });
});

describe.each(BROWSERS)('a repeated figure in the popup, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-figures.html'));
    await waitForPaint(article, 1);
    popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]', 15_000);
  });

  it('is listed once, first among the key figures, with "×2"', async () => {
    const entries = await popup.$$eval('ul.figures.key button.figure', (buttons) =>
      buttons.map((b) => ({
        num: b.querySelector('.num')?.textContent ?? '',
        mentions: b.querySelector('.mentions')?.textContent ?? '',
      })),
    );
    expect(entries.filter((entry) => entry.num === REPEATED)).toEqual([{ num: REPEATED, mentions: '×2' }]);
    expect(entries[0]?.num).toBe(REPEATED);
  });

  it('goes to the first mention, then Enter goes to the next and back', async () => {
    const selector = 'ul.figures.key button.figure:first-child, ul.figures.key li:first-child button.figure';
    await popup.focus(selector);
    await popup.keyboard.press('Enter');
    await waitForFlashIn(article, 'mention-lead');
    await popup.keyboard.press('Enter');
    await waitForFlashIn(article, 'mention-body');
    await popup.keyboard.press('Enter');
    await waitForFlashIn(article, 'mention-lead');
    expect(await popup.$eval(selector, (b) => (b as HTMLElement).dataset.mention)).toBe('1');
  });
});

describe.each(BROWSERS)('"Annotate this page anyway", in %s', (name) => {
  const live = useExtensionSession(name);

  it('marks the prose of a page detection refuses, leaves its menu unmarked, and can be undone', async () => {
    const page = await live.session.openSite(pathOf('about-page.html'));
    await live.session.readyReport(page);
    const popup = await live.session.openPopupFor(page);
    await waitForElement(popup, '[data-state="not-article"]');
    expect(await popup.$eval('.why', (el) => el.textContent ?? '')).toMatch(/\S{3}/);
    expect(await paintedTexts(page)).toEqual([]);

    await click(popup, '#annotate-anyway');
    await waitForElement(popup, '[data-state="reader-chosen"]');
    const painted = await waitForPaint(page, 4);
    expect(painted).toEqual(
      expect.arrayContaining(['HĐND', 'UBND', 'Ủy ban MTTQ', 'Bộ đội Biên phòng tỉnh']),
    );
    // The menu says UBND, BĐBP and MTTQ too: none of its words is marked.
    expect(await marksInside(page, '.p3')).toBe(0);
    expect(await marksInside(page, '.p4')).toBe(painted.length);

    await click(popup, '#undo-annotate');
    await waitForElement(popup, '[data-state="not-article"]');
    await page.waitForFunction(
      (names: readonly string[]) => names.every((n) => (CSS.highlights.get(n)?.size ?? 0) === 0),
      { timeout: 10_000, polling: 100 },
      TERM_HIGHLIGHTS,
    );
    expect(await popup.$('#annotate-anyway')).not.toBeNull();
    await popup.close();
    await page.close();
  });
});

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
    await waitForPreparedArticle(options, 15_000);
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
