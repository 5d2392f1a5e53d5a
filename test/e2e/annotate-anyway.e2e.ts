/**
 * "Annotate this page anyway": on a page of the site that detection refuses (the about page),
 * the popup says why and offers to mark the page's main text; the marks then lie in its prose
 * and never in its menu, and "Undo" takes them all away again.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { paintedTexts, waitForElement, waitForPaint } from './page-probes.ts';

/** How many painted ranges start inside the elements `selector` matches. */
async function marksInside(page: Page, selector: string): Promise<number> {
  return page.evaluate((s: string) => {
    const regions = [...document.querySelectorAll(s)];
    let n = 0;
    for (const name of ['laichau-reader-dotted', 'laichau-reader-solid', 'laichau-reader-tint']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const node = (range as Range).startContainer;
        if (regions.some((r) => r.contains(node))) n += 1;
      }
    }
    return n;
  }, selector);
}

async function click(popup: Page, selector: string): Promise<void> {
  await popup.$eval(selector, (button) => (button as HTMLElement).click());
}

describe.each(BROWSERS)('"Annotate this page anyway", in %s', (name) => {
  const live = useExtensionSession(name);

  it('marks the prose of a page detection refuses, leaves its menu unmarked, and can be undone', async () => {
    const page = await live.session.openSite(pathOf('about-page.html'));
    await waitForElement(page, 'laichau-reader-root');
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
      () =>
        ['laichau-reader-dotted', 'laichau-reader-solid', 'laichau-reader-tint'].every(
          (n) => (CSS.highlights.get(n)?.size ?? 0) === 0,
        ),
      { timeout: 10_000, polling: 100 },
    );
    expect(await popup.$('#annotate-anyway')).not.toBeNull();
    await popup.close();
    await page.close();
  });
});
