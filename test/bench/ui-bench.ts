/**
 * How long a reader waits for the parts that are not the page itself: the popup from its opening
 * to its figures on screen, and a card from the moment it is asked of the background to the
 * moment it is shown (the round trip that must fit inside the hover delay). Chromium, fresh
 * pages, optionally on a throttled CPU; a card opened by hover, from the pointer's arrival,
 * beyond the hover delay; and the keyboard walk's first card, from its letter, the modifiers
 * held a moment before. Figures only.
 */
import type { Page } from 'puppeteer-core';
import { popupAddress, type ExtensionSession } from '../e2e/browsers.ts';
import { DOTTED, waitForPreparedArticle } from '../e2e/page-probes.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { PERF_MARKS } from './page-bench.ts';
import { spreadOf, type Spread } from './stats.ts';

/** Copied from the popup and the card controller (importing them pulls in the extension API). */
export const POPUP = { start: 'laichau-popup:start', shown: 'laichau-popup:figures-shown' } as const;
const CARD = { requested: 'laichau-reader:card-requested', shown: 'laichau-reader:card-shown' } as const;

export interface UiBenchResult {
  throttle: number;
  /** Popup navigation start → figures rendered, ms, with the figures the background prepared. */
  popup: Spread;
  /** The same from the popup's first own script, leaving out the browser's tab and document. */
  popupFromScript: Spread;
  /**
   * Navigation start → the popup's document parsed (domInteractive): the browser's own part of
   * opening it (a tab, a renderer, a 1 KB document), before any of the popup's scripts can run.
   */
  popupDocument: Spread;
  /** Navigation start → figures when nothing was kept: the popup reads the figures itself. */
  popupUnprepared: Spread;
  /** Figures the popup listed (a cross-check that it showed the report). */
  popupFigures: number;
  /** Card requested → card shown, first card of a fresh tab (nothing cached), ms. */
  card: Spread;
  /**
   * The pointer comes to rest on the first term in view → its card shown, less the hover delay:
   * what the reader waits beyond the delay, the first card of a fresh tab.
   */
  hoverBeyondDelay: Spread;
  /**
   * The first card of the keyboard walk as a person opens it: Alt and Shift held, the letter
   * CHORD_GAP_MS later; from the letter's keydown to the card shown.
   */
  keyboardChord: Spread;
}

/**
 * A person's pause between holding the modifiers and pressing the letter. 50 ms is quick: the
 * reader asks for the first card's text when the modifiers are held, and this is the time it has.
 */
export const CHORD_GAP_MS = 50;

async function throttled(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export async function waitForMark(page: Page, name: string, timeout: number): Promise<number> {
  await page.waitForFunction(
    (n: string) => performance.getEntriesByName(n, 'mark').length > 0,
    { timeout, polling: 20 },
    name,
  );
  return page.evaluate(
    (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? Number.NaN,
    name,
  );
}

/** Empties storage.session from an extension page (the area is closed to web pages). */
async function clearSessionArea(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Area = { clear(): Promise<void> };
    const scope = globalThis as unknown as {
      browser?: { storage: { session: Area } };
      chrome?: { storage: { session: Area } };
    };
    await (scope.browser ?? scope.chrome)!.storage.session.clear();
  });
}

async function popupRun(
  session: ExtensionSession,
  address: string,
  rate: number,
): Promise<{ ms: number; fromScript: number; document: number; figures: number }> {
  const popup = await session.browser.newPage();
  try {
    await throttled(popup, rate);
    await popup.goto(address, { waitUntil: 'load' });
    const ms = await waitForMark(popup, POPUP.shown, 20_000 * rate);
    const started = await popup.evaluate(
      (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? Number.NaN,
      POPUP.start,
    );
    const figures = await popup.evaluate(() => document.querySelectorAll('[data-figure], .figure').length);
    const parsed = (await popup.evaluate(
      `performance.getEntriesByType('navigation')[0]?.domInteractive ?? Number.NaN`,
    )) as number;
    return { ms, fromScript: ms - started, document: parsed, figures };
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/**
 * The popup's address opened `runs` times at `rate` in a build whose popup is floor-bench.ts's
 * stand-in: navigation start → its "figures shown" mark, which it sets as its script starts.
 */
export async function popupFloor(session: ExtensionSession, runs: number, rate: number): Promise<Spread> {
  const address = `${session.extensionBase}src/popup/popup.html`;
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await popupRun(session, address, rate)).ms);
  return spreadOf(times);
}

/** Opens `path` in a fresh tab at `rate`, waits until the reader has painted, and measures there. */
async function onFreshArticle(
  session: ExtensionSession,
  path: string,
  rate: number,
  measure: (page: Page) => Promise<number>,
): Promise<number> {
  const page = await session.browser.newPage();
  try {
    await throttled(page, rate);
    await page.goto(`http://baolaichau.vn${path}`, { waitUntil: 'load' });
    await waitForMark(page, PERF_MARKS.painted, 20_000 * rate);
    return await measure(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The first card of the keyboard walk: asked of the background → shown. The letter comes in one
 * event with its modifiers already set, with no keydown of Alt or Shift before it, so the reader
 * has not asked ahead and the figure is the whole round trip.
 */
async function cardRun(session: ExtensionSession, path: string, rate: number): Promise<number> {
  return onFreshArticle(session, path, rate, async (page) => {
    const cdp = await page.createCDPSession();
    const letter = { modifiers: 1 | 8, key: 'N', code: 'KeyN', windowsVirtualKeyCode: 78 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...letter });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...letter });
    await cdp.detach();
    const shown = await waitForMark(page, CARD.shown, 10_000 * rate);
    const requested = await page.evaluate(
      (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? Number.NaN,
      CARD.requested,
    );
    return shown - requested;
  });
}

/** The first card of the keyboard walk as a person opens it: the letter's keydown → shown. */
async function chordRun(session: ExtensionSession, path: string, rate: number): Promise<number> {
  return onFreshArticle(session, path, rate, async (page) => {
    await page.evaluate(
      `window.addEventListener('keydown', (e) => { if (e.code === 'KeyN') window.laichauBenchLetter ??= performance.now(); }, { capture: true })`,
    );
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    // A person's pause, not a wait for the page: nothing here waits on a signal.
    await new Promise((done) => setTimeout(done, CHORD_GAP_MS));
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const shown = await waitForMark(page, CARD.shown, 10_000 * rate);
    const letter = (await page.evaluate('window.laichauBenchLetter')) as number;
    return shown - letter;
  });
}

/** The first painted term in view, scrolled to the middle of the viewport: its centre. */
async function firstTermPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    `(async () => {
      const ranges = [...(CSS.highlights.get(${JSON.stringify(DOTTED)}) ?? [])];
      const range = ranges.find((r) => r.getBoundingClientRect().width > 0);
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
      const box = range.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    })()`,
  );
  if (!point) throw new Error('no painted term to hover');
  return point as { x: number; y: number };
}

/** The first card opened by hover: the pointer's arrival on a term → shown, less the hover delay. */
async function hoverRun(session: ExtensionSession, path: string, rate: number): Promise<number> {
  return onFreshArticle(session, path, rate, async (page) => {
    await page.mouse.move(1, 1);
    const point = await firstTermPoint(page);
    // The moment the pointer arrives, as the page sees it: a capturing listener on the window
    // hears the move before the reader's own listener does.
    await page.evaluate(
      `window.addEventListener('pointermove', () => { window.laichauBenchArrived ??= performance.now(); }, { capture: true })`,
    );
    await page.mouse.move(point.x, point.y);
    const shown = await waitForMark(page, CARD.shown, 10_000 * rate);
    const arrived = (await page.evaluate('window.laichauBenchArrived')) as number;
    return shown - arrived - DEFAULT_SETTINGS.hoverDelay;
  });
}

export async function benchUi(
  session: ExtensionSession,
  path: string,
  runs: number,
  rate: number,
): Promise<UiBenchResult> {
  const article = await session.openSite(path);
  const helper = await session.openExtensionPage('src/options/options.html');
  try {
    await waitForMark(article, PERF_MARKS.painted, 20_000);
    // Wait for the background to prepare the article, as it has by the time a reader clicks.
    await waitForPreparedArticle(helper, 20_000 * rate, 50);
    const address = await popupAddress(session.browser, session.extensionBase, article.url());
    const popups = [];
    for (let i = 0; i < runs; i++) popups.push(await popupRun(session, address, rate));
    const unprepared = [];
    for (let i = 0; i < runs; i++) {
      await clearSessionArea(helper);
      unprepared.push(await popupRun(session, address, rate));
    }
    const cards = [];
    for (let i = 0; i < runs; i++) cards.push(await cardRun(session, path, rate));
    const chords = [];
    for (let i = 0; i < runs; i++) chords.push(await chordRun(session, path, rate));
    const hovers = [];
    for (let i = 0; i < runs; i++) hovers.push(await hoverRun(session, path, rate));
    return {
      throttle: rate,
      popup: spreadOf(popups.map((p) => p.ms)),
      popupFromScript: spreadOf(popups.map((p) => p.fromScript)),
      popupDocument: spreadOf(popups.map((p) => p.document)),
      popupUnprepared: spreadOf(unprepared.map((p) => p.ms)),
      popupFigures: popups[0]?.figures ?? 0,
      card: spreadOf(cards),
      hoverBeyondDelay: spreadOf(hovers),
      keyboardChord: spreadOf(chords),
    };
  } finally {
    await helper.close().catch(() => undefined);
    await article.close().catch(() => undefined);
  }
}
