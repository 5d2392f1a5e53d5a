import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForCard, waitForPaint, waitForElement } from './page-probes.ts';

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
      () => {
        const flash = CSS.highlights.get('laichau-reader-flash');
        return !!flash && [...flash].some((r) => (r as Range).toString() === '223');
      },
      // The page is a background tab here, where animation frames do not run: poll by time.
      { polling: 100 },
    );
    // A real popup floats over the visible page; here the page is another tab, so show it
    // (hidden tabs do not run scroll animations).
    await article.bringToFront();
    const onScreen = await article.waitForFunction(
      () => {
        const flash = CSS.highlights.get('laichau-reader-flash');
        const range = flash ? ([...flash][0] as Range) : undefined;
        const rect = range?.getBoundingClientRect();
        return !!rect && window.scrollY > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
      },
      { timeout: 5000 },
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
    await waitForElement(home, 'laichau-reader-root');
    const homePopup = await live.session.openPopupFor(home);
    await waitForElement(homePopup, '[data-state="not-article"]', 15_000);
    const why = await homePopup.$eval('.why', (el) => el.textContent ?? '');
    expect(why.length).toBeGreaterThan(10);
    await homePopup.close();
    await home.close();
  });
});
