/**
 * "How much to mark", switched from the popup while an article is open: the page re-marks at
 * once, without a reload. Abbreviations and codes stay at the lowest level; a common word of
 * the official register appears only when everything is marked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { paintedTexts, waitForElement, waitForPaint } from './page-probes.ts';

/** Waits until the article's painted marks satisfy `check` on their count, and returns their texts. */
async function waitForCount(page: Page, check: 'below' | 'above' | 'equal', than: number): Promise<string[]> {
  await page.waitForFunction(
    (how: string, n: number) => {
      const size = CSS.highlights.get('laichau-reader-dotted')?.size ?? 0;
      return how === 'below' ? size > 0 && size < n : how === 'above' ? size > n : size === n;
    },
    { timeout: 10_000, polling: 100 },
    check,
    than,
  );
  return paintedTexts(page);
}

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
