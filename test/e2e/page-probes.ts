/**
 * What an end-to-end test looks at on a page: where a piece of text is drawn, what the card
 * shows, what is painted. Each probe runs in the page itself (functions must be self-contained).
 */
import type { Page } from 'puppeteer-core';
import { retryingDriver } from './browsers.ts';

export interface Point {
  x: number;
  y: number;
}

/**
 * Scrolls the nth occurrence of `text` inside `scope` into view and returns the centre of its
 * first line box (or of line box `line` when the text wraps).
 */
/**
 * Like locateText, but waits until the spot stops moving: lazy images that load as the page
 * scrolls shift the text below them, and a pointer must be sent where the text finally is.
 */
export async function pointOnText(
  page: Page,
  text: string,
  options: { nth?: number; scope?: string; line?: number; context?: string } = {},
): Promise<Point> {
  let point = await locateText(page, text, options);
  for (let i = 0; i < 20; i++) {
    await new Promise((done) => setTimeout(done, 120));
    const again = await locateText(page, text, options);
    if (Math.abs(again.x - point.x) < 0.5 && Math.abs(again.y - point.y) < 0.5) return again;
    point = again;
  }
  return point;
}

async function locateText(
  page: Page,
  text: string,
  options: { nth?: number; scope?: string; line?: number; context?: string } = {},
): Promise<Point> {
  const point = await page.evaluate(
    (target: string, context: string, nth: number, scope: string, line: number) => {
      // Find `context` (by default the text itself), then point at `target` inside it.
      const wanted = context || target;
      const inner = Math.max(0, wanted.indexOf(target));
      const root = document.querySelector(scope) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        let at = data.indexOf(wanted);
        while (at !== -1) {
          if (seen === nth) {
            const range = document.createRange();
            range.setStart(node, at + inner);
            range.setEnd(node, at + inner + target.length);
            // 'instant': the site may ask for smooth scrolling, and the point must be read where it ends.
            (node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
            const rects = range.getClientRects();
            const rect = rects[Math.min(line, rects.length - 1)];
            if (!rect) return null;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          seen++;
          at = data.indexOf(wanted, at + 1);
        }
      }
      return null;
    },
    text,
    options.context ?? '',
    options.nth ?? 0,
    options.scope ?? 'body',
    options.line ?? 0,
  );
  if (!point) throw new Error(`"${text}" not found on the page`);
  return point;
}

export interface CardState {
  visible: boolean;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  fontSize: string;
  viewport: { width: number; height: number };
  focusedInCard: boolean;
  announced: string;
}

export async function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('laichau-reader-root');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card) return null;
    const r = card.getBoundingClientRect();
    return {
      visible: !card.hidden && r.width > 0 && r.height > 0 && getComputedStyle(host).display !== 'none',
      text: card.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      fontSize: getComputedStyle(card).fontSize,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      focusedInCard: host.shadowRoot?.activeElement != null,
      announced: host.shadowRoot?.querySelector('.announcer')?.textContent ?? '',
    };
  });
}

export async function waitForCard(page: Page, contains?: string, timeout = 5000): Promise<CardState> {
  await page.waitForFunction(
    (needle: string) => {
      const card = document
        .querySelector('laichau-reader-root')
        ?.shadowRoot?.querySelector<HTMLElement>('.card');
      // A card still waiting for its text (aria-busy) is not shown yet.
      return (
        !!card &&
        !card.hidden &&
        card.getAttribute('aria-busy') !== 'true' &&
        (card.textContent ?? '').includes(needle)
      );
    },
    { timeout, polling: 100 },
    contains ?? '',
  );
  const state = await cardState(page);
  if (!state) throw new Error('card vanished');
  return state;
}

export async function waitForCardClosed(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    () => {
      const card = document
        .querySelector('laichau-reader-root')
        ?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !card || card.hidden;
    },
    { timeout, polling: 100 },
  );
}

/** The texts of the ranges painted as terms (any underline style). */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const name of ['laichau-reader-dotted', 'laichau-reader-solid', 'laichau-reader-tint']) {
      const highlight = CSS.highlights.get(name);
      if (highlight) for (const range of highlight) texts.push((range as Range).toString());
    }
    return texts;
  });
}

export async function waitForPaint(page: Page, minimum = 1, timeout = 10_000): Promise<string[]> {
  await page.waitForFunction(
    (min: number) => (CSS.highlights.get('laichau-reader-dotted')?.size ?? 0) >= min,
    { timeout, polling: 100 },
    minimum,
  );
  return paintedTexts(page);
}

/**
 * The page's DOM as the site made it, to compare before and after the reader ran: the body's
 * markup, and the list of the root element's children (where the reader may add its one host).
 */
export async function domSnapshot(page: Page): Promise<{ body: string; rootChildren: string[] }> {
  return page.evaluate(() => ({
    body: document.body.outerHTML,
    rootChildren: [...document.documentElement.children].map((el) => el.tagName.toLowerCase()),
  }));
}

/** The body as the server sent it, parsed by the browser without running anything. */
export async function servedBody(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    return new DOMParser().parseFromString(html, 'text/html').body.outerHTML;
  });
}

/**
 * Waits for an element by polling on a timer. Puppeteer's own waitForSelector can stall on
 * Firefox extension pages and background tabs, where animation frames do not run.
 */
export async function waitForElement(page: Page, selector: string, timeout = 15_000): Promise<void> {
  await retryingDriver(() =>
    page.waitForFunction(
      (s: string) => document.querySelector(s) !== null,
      { timeout, polling: 100 },
      selector,
    ),
  );
}
