/**
 * A page whose stylesheet arrives after its HTML: nothing in the page waits for it, so the
 * reader could read the page before its styles say what is hidden. The fixture server holds the
 * stylesheet back. Chromium may start content scripts before the page's load event, and the
 * reader then waits for the stylesheet; Firefox starts them only once the page has loaded
 * (document_idle is its "complete"), so there the styles are in before the reader starts.
 */
import { describe, expect, it } from 'vitest';
import { STYLES_AWAITED_MARK } from '../../src/page/styles-settled.ts';
import { PERF_MARKS } from '../bench/page-bench.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { DOTTED, waitForPaint } from './page-probes.ts';

const LATE_STYLES = pathOf('article-late-styles.html');
/** The paragraph test/fixtures/site/static/late-styles.css hides. */
const HIDDEN = '.lc-story__text > p:nth-of-type(2)';

function markTime(page: Page, mark: string): Promise<number | undefined> {
  return page.evaluate((n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime, mark);
}

describe.each(BROWSERS)('a stylesheet that comes late, in %s', (name) => {
  const live = useExtensionSession(name);

  it('is in before the reader reads the page, and the paragraph it hides is not marked', async () => {
    const held = live.server.hold('/static/late-styles.css');
    const page = await live.session.browser.newPage();
    try {
      await page.goto(`http://baolaichau.vn${LATE_STYLES}`, { waitUntil: 'domcontentloaded' });
      await held.asked;
      if (name === 'chromium') {
        await page.waitForFunction(
          (mark: string) => performance.getEntriesByName(mark, 'mark').length > 0,
          { timeout: 10_000, polling: 50 },
          STYLES_AWAITED_MARK,
        );
        // Still waiting: nothing is marked while the stylesheet is held.
        expect(await page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, DOTTED)).toBe(0);
      }
      held.release();
      await waitForPaint(page, 8);
      if (name === 'firefox') {
        const loaded = await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
        );
        expect(await markTime(page, PERF_MARKS.start)).toBeGreaterThanOrEqual(loaded);
      }
      const seen = await page.evaluate(
        (selector: string, highlight: string) => {
          const hidden = document.querySelector(selector);
          const ranges = [...(CSS.highlights.get(highlight) ?? [])] as Range[];
          return {
            display: hidden ? getComputedStyle(hidden).display : 'missing',
            text: hidden?.textContent ?? '',
            markedInside: ranges.filter((r) => hidden?.contains(r.startContainer)).map(String),
          };
        },
        HIDDEN,
        DOTTED,
      );
      expect(seen.display).toBe('none');
      // The paragraph holds terms the reader would otherwise mark.
      expect(seen.text).toContain('BĐBP');
      expect(seen.markedInside).toEqual([]);
    } finally {
      held.release();
      await page.close();
    }
  });
});
