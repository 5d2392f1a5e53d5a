/**
 * Pages that test the reader's manners on the main thread: a 5 MB article and a page that never
 * stops changing. The page must keep answering while the reader works through them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { answerTime, heartbeat, type Heartbeat } from './main-thread.ts';
import {
  cardsSeen,
  cardState,
  DOTTED,
  highlightSize,
  paintedTexts,
  pointOnText,
  waitForCard,
  waitForElement,
  waitForPaint,
  watchCards,
} from './page-probes.ts';

/** How many more times the restless page changes while its card must stay open (about 1 s). */
const CHURN_WITH_CARD_OPEN = 60;

const BIG = pathOf('hostile-big.html');
const MUTATING = pathOf('hostile-mutating.html');

describe.each(BROWSERS)('long and restless pages, in %s', (name) => {
  const live = useExtensionSession(name);

  describe('a 5 MB article', () => {
    let page: Page;
    beforeAll(async () => {
      page = await live.session.openSite(BIG);
    }, 60_000);
    afterAll(async () => {
      await page?.close();
    });

    it('does not crash, paints marks, and never freezes the page', async () => {
      const grown = Number(
        await page.evaluate(() => document.documentElement.getAttribute('data-grown-chars')),
      );
      expect(grown).toBeGreaterThan(5_000_000);
      // The heartbeat ends with the first tick after the reader's first pass, however long it took.
      const beat = await heartbeat(page);
      const answer = await answerTime(page);
      const marks = await highlightSize(page);
      console.info(
        `[${name}] 5 MB article: ${grown} chars, ${marks} marks painted, longest main-thread gap ${Math.round(beat.maxGap)} ms over ${beat.ticks} ticks, evaluate answered in ${answer} ms`,
      );
      expect(answer).toBeLessThan(5000);
      await waitForPaint(page, 1, 10_000);
      expect(beat.maxGap).toBeLessThan(10_000);
    }, 60_000);

    it('draws only the marks near the reader, and those at the end once the reader is there', async () => {
      await waitForPaint(page, 1, 10_000);
      const drawn = await page.evaluate((highlightName: string) => {
        const ranges = [...(CSS.highlights.get(highlightName) ?? [])] as Range[];
        const tops = ranges.map((r) => Math.abs(r.getBoundingClientRect().top));
        return { count: ranges.length, farthest: Math.max(...tops), viewport: innerHeight };
      }, DOTTED);
      // The article holds tens of thousands of marks; a few screens' worth are drawn.
      expect(drawn.count).toBeGreaterThan(0);
      expect(drawn.count).toBeLessThan(2000);
      expect(drawn.farthest).toBeLessThan(4 * drawn.viewport);
      await page.evaluate(() => {
        const end = document.querySelector('.lc-story__byline') ?? document.body.lastElementChild;
        end?.scrollIntoView({ block: 'end', behavior: 'instant' });
      });
      await page.waitForFunction(
        (highlightName: string) =>
          ([...(CSS.highlights.get(highlightName) ?? [])] as Range[]).some((r) => {
            const top = r.getBoundingClientRect().top;
            return top >= 0 && top < innerHeight;
          }),
        { timeout: 10_000, polling: 100 },
        DOTTED,
      );
    }, 60_000);

    it('still answers the popup with a report', async () => {
      await page.waitForFunction(() => (window as unknown as { __heartbeat?: Heartbeat }).__heartbeat?.done, {
        timeout: 40_000,
      });
      const popup = await live.session.openPopupFor(page);
      try {
        await waitForElement(popup, '[data-state]:not([data-state="loading"])', 20_000);
        const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'));
        expect(state).toBe('report');
        expect(await popup.$$eval('button.figure', (b) => b.length)).toBeGreaterThan(0);
      } finally {
        await popup.close();
      }
    }, 60_000);
  });

  it('keeps up with a page that never stops changing, with one host element', async () => {
    const page = await live.session.openSite(MUTATING);
    await page.waitForFunction(
      () => (window as unknown as { __mutating?: { appendDone: boolean } }).__mutating?.appendDone,
      { timeout: 15_000, polling: 100 },
    );
    const appended = await page.evaluate(() => document.querySelectorAll('.mut-added').length);
    expect(appended).toBeGreaterThanOrEqual(20);
    // Every appended paragraph gets its terms painted, the last one included.
    await page.waitForFunction(
      (highlightName: string) => {
        const ranges = [...(CSS.highlights.get(highlightName) ?? [])] as Range[];
        const added = [...document.querySelectorAll('.mut-added')];
        return added.length > 0 && added.every((p) => ranges.some((r) => p.contains(r.startContainer)));
      },
      { timeout: 8000 },
      DOTTED,
    );
    const beat = await heartbeat(page);
    const answer = await answerTime(page);
    console.info(
      `[${name}] mutating page: ${appended} paragraphs appended, longest main-thread gap ${Math.round(beat.maxGap)} ms over ${beat.ticks} ticks, evaluate answered in ${answer} ms`,
    );
    expect(beat.maxGap).toBeLessThan(10_000);

    // The clock and the sidebar still churn; a card on the newest paragraph opens and stays open
    // while the page changes again and again: shown once, never closed and shown anew.
    await watchCards(page);
    const point = await pointOnText(page, 'MTTQ', { scope: `.mut-added[data-n="${appended - 1}"]` });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'MTTQ');
    const ticks = await page.evaluate(
      () => (window as unknown as { __mutating: { ticks: number } }).__mutating.ticks,
    );
    await page.waitForFunction(
      (until: number) => (window as unknown as { __mutating: { ticks: number } }).__mutating.ticks >= until,
      { timeout: 10_000, polling: 50 },
      ticks + CHURN_WITH_CARD_OPEN,
    );
    expect((await cardState(page))?.visible).toBe(true);
    expect(await cardsSeen(page)).toEqual([expect.stringContaining('MTTQ')]);

    expect(await page.evaluate((tag: string) => document.querySelectorAll(tag).length, ROOT_TAG)).toBe(1);
    expect((await paintedTexts(page)).length).toBeGreaterThan(appended);
    await page.close();
  }, 60_000);
});
