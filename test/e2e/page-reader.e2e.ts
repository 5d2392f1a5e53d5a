import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardState,
  domSnapshot,
  paintedTexts,
  pointOnText,
  servedBody,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  waitForElement,
} from './page-probes.ts';

import { classifyTraffic } from './traffic.ts';

const ARTICLE = pathOf('article-seed.html');
const ARTICLE_BODY = 'article, main, body';

function entryFor(term: string) {
  const entry = GLOSSARY.find((e) => e.terms.includes(term) || e.code === term);
  if (!entry) throw new Error(`no glossary entry for ${term}`);
  return entry;
}

/** The card explains the entry in one of the two languages (the browser's decides which). */
function explains(text: string, term: string): boolean {
  const entry = entryFor(term);
  return text.includes(entry.vi.short) || text.includes(entry.en.short);
}

describe.each(BROWSERS)('the reader on the page, in %s', (name) => {
  const live = useExtensionSession(name);
  let page: Page;

  beforeAll(async () => {
    page = await live.session.openSite(ARTICLE);
    await waitForPaint(page, 20);
  });

  it('paints the glossary terms and codes of the article, and nothing outside it', async () => {
    const painted = await paintedTexts(page);
    expect(painted).toContain('BĐBP');
    expect(painted).toContain('Bộ Chỉ huy BĐBP tỉnh');
    expect(painted).toContain('18-NQ/TW');
    expect(painted).toContain('07-NQ/TU');
    // The sidebar's "UBND tỉnh giao ban…" and the menu are not article text.
    const outside = await page.evaluate(() => {
      const highlight = CSS.highlights.get('laichau-reader-dotted');
      const ranges = highlight ? ([...highlight] as Range[]) : [];
      return ranges.filter((r) => r.startContainer.parentElement?.closest('header, nav, aside, footer'))
        .length;
    });
    expect(outside).toBe(0);
  });

  it('leaves the article DOM exactly as served, adding only its one host element', async () => {
    const before = await domSnapshot(page);
    expect(before.body).toBe(await servedBody(page));
    expect(before.rootChildren).toEqual(['head', 'body', 'laichau-reader-root']);
    const point = await pointOnText(page, 'BĐBP', { scope: ARTICLE_BODY, nth: 1 });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    const during = await domSnapshot(page);
    expect(during.body).toBe(before.body);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it('opens the card for "BĐBP" when a real pointer rests on it', async () => {
    const point = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, 'BĐBP');
    expect(explains(card.text, 'BĐBP')).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it('explains "18-NQ/TW" with its decoded structure and its glossary entry', async () => {
    const point = await pointOnText(page, '18-NQ/TW');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, '18-NQ/TW');
    expect(explains(card.text, '18-NQ/TW')).toBe(true);
    expect(card.text).toMatch(/Ban Chấp hành Trung ương|Central Committee/);
    expect(card.text).toMatch(/Nghị quyết|Resolution/);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it('ignores a pointer that only passes over terms', async () => {
    const a = await pointOnText(page, 'Đảng ủy', { nth: 0 });
    const b = await pointOnText(page, 'cấp ủy', { nth: 0 });
    await page.mouse.move(a.x, a.y);
    await page.mouse.move(b.x, b.y, { steps: 3 });
    await page.mouse.move(2, 2, { steps: 2 });
    await new Promise((done) => setTimeout(done, 800));
    expect((await cardState(page))?.visible).toBe(false);
  });

  it('opens the first term in reading order with Alt+Shift+N, focused and announced', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const first = (await paintedTexts(page))[0] ?? '';
    const card = await waitForCard(page, first);
    expect(card.focusedInCard).toBe(true);
    await page.waitForFunction(
      () =>
        (document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector('.announcer')
          ?.textContent ?? '') !== '',
    );
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it('keeps the card inside a 320 px wide viewport', async () => {
    await page.setViewport({ width: 320, height: 640 });
    const point = await pointOnText(page, 'Bộ Chỉ huy BĐBP tỉnh', { nth: 1 });
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
    await page.keyboard.press('Escape');
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('keeps the card inside the viewport at 200 % zoom', async () => {
    // 200 % zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at two device pixels each.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    const point = await pointOnText(page, 'Bộ Tư lệnh BĐBP');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('makes no request of its own: every request is a site page or a browser service', () => {
    const traffic = classifyTraffic(live.server.requests);
    expect(traffic.unexplained).toEqual([]);
    expect(traffic.site.length).toBeGreaterThan(0);
  });
});

describe.each(BROWSERS)('pages that are not articles, in %s', (name) => {
  const live = useExtensionSession(name);

  for (const file of ['home.html', 'category.html']) {
    it(`marks nothing on ${file} and opens no card`, async () => {
      const page = await live.session.openSite(pathOf(file));
      // The reader has started (its host exists) and decided: nothing to mark.
      await waitForElement(page, 'laichau-reader-root');
      await new Promise((done) => setTimeout(done, 600));
      expect(await paintedTexts(page)).toEqual([]);
      const point = await pointOnText(page, 'BĐBP');
      await page.mouse.move(point.x, point.y);
      await new Promise((done) => setTimeout(done, 900));
      expect((await cardState(page))?.visible).toBe(false);
      await page.close();
    });
  }
});
