/**
 * A figure the article gives twice is one entry in the popup, marked "×2": choosing it goes
 * to its first mention, and Enter again goes to the next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForElement, waitForPaint } from './page-probes.ts';

const REPEATED = '3,2 triệu';

/** Waits until the article's flash highlight covers the figure inside the element `id`. */
async function waitForFlashIn(article: Page, id: string): Promise<void> {
  await article.waitForFunction(
    (text: string, where: string) => {
      const flash = CSS.highlights.get('laichau-reader-flash');
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
    REPEATED,
    id,
  );
}

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
