/**
 * The card a mouse opens: on a term the pointer rests on (not one it only passes over), with the
 * glossary's explanation and a code's decoded structure, always inside the viewport, also at
 * 320 px and at 200 % zoom.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  afterFrames,
  cardState,
  cardsSeen,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  watchCards,
  type CardState,
} from './page-probes.ts';

const ARTICLE = pathOf('article-seed.html');

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

function expectInsideViewport(card: CardState): void {
  expect(card.rect.left).toBeGreaterThanOrEqual(0);
  expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
  expect(card.rect.top).toBeGreaterThanOrEqual(0);
  expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
}

/**
 * The centre of the card's first button matching `selector`, for a real click. The card scrolls
 * within itself when its longer part is open, so the button is first brought into its view, as a
 * reader scrolls the card to reach it.
 */
async function buttonCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const centre = await page.evaluate(
    (tag: string, wanted: string) => {
      const button = document.querySelector(tag)?.shadowRoot?.querySelector(`.card ${wanted}`);
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    ROOT_TAG,
    selector,
  );
  if (!centre) throw new Error(`no ${selector} in the card`);
  return centre;
}

/** A click the page's own script makes up on the card's button: the open shadow root lets it. */
async function scriptClick(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    (tag: string, wanted: string) => {
      document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`.card ${wanted}`)?.click();
    },
    ROOT_TAG,
    selector,
  );
}

/** In the page: whether the card's longer part (explanation, sources, related terms) is shown. */
function longShownIn(tag: string): boolean {
  const long = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card .long');
  return !!long && !long.hidden && long.getBoundingClientRect().height > 0;
}

async function longShown(page: Page): Promise<boolean> {
  return page.evaluate(longShownIn, ROOT_TAG);
}

describe.each(BROWSERS)('cards, in %s', (name) => {
  const live = useExtensionSession(name);
  let page: Page;

  beforeAll(async () => {
    page = await live.session.openSite(ARTICLE);
    await waitForPaint(page, 20);
  });

  it('opens the card for "BĐBP" when a real pointer rests on it', async () => {
    const point = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, 'BĐBP');
    expect(explains(card.text, 'BĐBP')).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it('has asked for the card by the end of the hover delay, so it opens without a wait', async () => {
    // A fresh tab: nothing is known yet, so the card's text must be asked for while the pointer rests.
    const fresh = await live.session.openSite(ARTICLE);
    try {
      await waitForPaint(fresh, 20);
      await fresh.mouse.move(1, 1);
      const point = await pointOnText(fresh, 'BĐBP', { context: 'với BĐBP trong' });
      await fresh.mouse.move(point.x, point.y);
      const card = await waitForCard(fresh, 'BĐBP');
      expect(explains(card.text, 'BĐBP')).toBe(true);
      // The card marks every showing; it marks a request only when it had to ask at opening time.
      const marks = await fresh.evaluate(() => ({
        shown: performance.getEntriesByName('laichau-reader:card-shown').length,
        askedAtOpening: performance.getEntriesByName('laichau-reader:card-requested').length,
      }));
      expect(marks).toEqual({ shown: 1, askedAtOpening: 0 });
    } finally {
      await fresh.close();
    }
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
    await watchCards(page);
    const a = await pointOnText(page, 'Đảng ủy', { nth: 0 });
    const b = await pointOnText(page, 'cấp ủy', { nth: 0 });
    await page.mouse.move(a.x, a.y);
    await page.mouse.move(b.x, b.y, { steps: 3 });
    await page.mouse.move(2, 2, { steps: 2 });
    // Then the pointer rests on a term: its card opens, and it is the first card the page shows.
    const rest = await pointOnText(page, 'MTTQ');
    await page.mouse.move(rest.x, rest.y);
    await waitForCard(page, 'MTTQ');
    expect(await cardsSeen(page)).toEqual(['MTTQ']);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
  });

  it("answers the reader's clicks and keys on its buttons (more, a related term, close), not the page script's", async () => {
    const bdbp = entryFor('BĐBP');
    const related = GLOSSARY.find((entry) => entry.id === bdbp.related?.[0]);
    expect(related, 'BĐBP has a related entry').toBeDefined();
    const point = await pointOnText(page, 'BĐBP', { context: 'với BĐBP trong' });
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, 'BĐBP');

    // The page's script clicks every button: the card stays as it was, on the same term.
    await page.evaluate(() => performance.clearMarks('laichau-reader:card-shown'));
    for (const button of ['.related-term', '.close', '.more']) await scriptClick(page, button);
    await afterFrames(page);
    const untouched = await cardState(page);
    expect(untouched?.visible).toBe(true);
    expect(explains(untouched?.text ?? '', 'BĐBP')).toBe(true);
    expect(await longShown(page)).toBe(false);
    expect(await page.evaluate(() => performance.getEntriesByName('laichau-reader:card-shown').length)).toBe(
      0,
    );

    const more = await buttonCentre(page, '.more');
    await page.mouse.move(more.x, more.y, { steps: 4 });
    await page.mouse.click(more.x, more.y);
    await page.waitForFunction(longShownIn, { timeout: 5000, polling: 100 }, ROOT_TAG);
    expect(await longShown(page)).toBe(true);

    const relatedButton = await buttonCentre(page, '.related-term');
    await page.mouse.click(relatedButton.x, relatedButton.y);
    const shown = await waitForCard(page, related?.terms[0] ?? '');
    expect(
      shown.text.includes(related?.vi.short ?? '-') || shown.text.includes(related?.en.short ?? '-'),
    ).toBe(true);

    // From the keyboard: Enter on the focused "close" is the reader's click too.
    await page.evaluate((tag: string) => {
      document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card .close')?.focus();
    }, ROOT_TAG);
    await page.keyboard.press('Enter');
    await waitForCardClosed(page);
  });

  it('keeps the card inside a 320 px wide viewport', async () => {
    await page.setViewport({ width: 320, height: 640 });
    const point = await pointOnText(page, 'Bộ Chỉ huy BĐBP tỉnh', { nth: 1 });
    await page.mouse.move(point.x, point.y);
    expectInsideViewport(await waitForCard(page));
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('keeps the card inside the viewport at 200 % zoom', async () => {
    // 200 % zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at two device pixels each.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    const point = await pointOnText(page, 'Bộ Tư lệnh BĐBP');
    await page.mouse.move(point.x, point.y);
    expectInsideViewport(await waitForCard(page));
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await page.setViewport({ width: 1280, height: 900 });
  });
});
