/**
 * What an end-to-end test looks at on a page: where a piece of text is drawn, what the card
 * shows, what is painted. Each probe runs in the page itself: its functions are serialized, so
 * the reader's names (highlights, host element) go in as arguments.
 */
import type { Page } from 'puppeteer-core';
import { UNDERLINES } from '../../src/core/settings.ts';
import { ACTIVE_NAME, termName } from '../../src/page/highlight-painter.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { REPORT_EXTRAS_PREFIX } from '../../src/messages/report-extras.ts';
import { retryingDriver } from './browsers.ts';

/** The highlight terms are painted under with the default underline. */
export const DOTTED = termName('dotted');
/** Every highlight a term may be painted under, whichever underline is chosen. */
export const TERM_HIGHLIGHTS: readonly string[] = UNDERLINES.map(termName);

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
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
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
  }, ROOT_TAG);
}

export async function waitForCard(page: Page, contains?: string, timeout = 5000): Promise<CardState> {
  await explainTimeout(page, 'the card', () =>
    page.waitForFunction(
      (tag: string, needle: string) => {
        const card = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card');
        // A card still waiting for its text (aria-busy) is not shown yet.
        return (
          !!card &&
          !card.hidden &&
          card.getAttribute('aria-busy') !== 'true' &&
          (card.textContent ?? '').includes(needle)
        );
      },
      { timeout, polling: 100 },
      ROOT_TAG,
      contains ?? '',
    ),
  );
  const state = await cardState(page);
  if (!state) throw new Error('card vanished');
  return state;
}

export async function waitForCardClosed(page: Page, timeout = 5000): Promise<void> {
  await explainTimeout(page, 'the card to close', () =>
    page.waitForFunction(
      (tag: string) => {
        const card = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !card || card.hidden;
      },
      { timeout, polling: 100 },
      ROOT_TAG,
    ),
  );
}

/**
 * Runs a wait; when it times out, fails with what the page held then (the reader's root, the
 * card's state, the reader's performance marks), so that a rare failure in CI says where the
 * card stopped instead of only that it never came.
 */
async function explainTimeout(page: Page, what: string, wait: () => Promise<unknown>): Promise<void> {
  try {
    await wait();
  } catch (error) {
    const seen = await page
      .evaluate((tag: string) => {
        const host = document.querySelector(tag);
        const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
        const marks = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('laichau'))
          .map((m) => `${m.name}@${Math.round(m.startTime)}`);
        return JSON.stringify({
          root: !!host,
          card: card
            ? {
                hidden: card.hidden,
                busy: card.getAttribute('aria-busy'),
                text: (card.textContent ?? '').slice(0, 80),
              }
            : null,
          marks,
          now: Math.round(performance.now()),
        });
      }, ROOT_TAG)
      .catch((reason: unknown) => `(the page could not be read: ${String(reason)})`);
    throw new Error(`waited in vain for ${what}: ${String(error)}; the page held ${seen}`, { cause: error });
  }
}

/** The texts of the ranges painted as terms (any underline style). */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate((names: readonly string[]) => {
    const texts: string[] = [];
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      if (highlight) for (const range of highlight) texts.push((range as Range).toString());
    }
    return texts;
  }, TERM_HIGHLIGHTS);
}

export async function waitForPaint(page: Page, minimum = 1, timeout = 10_000): Promise<string[]> {
  await page.waitForFunction(
    (name: string, min: number) => (CSS.highlights.get(name)?.size ?? 0) >= min,
    { timeout, polling: 100 },
    DOTTED,
    minimum,
  );
  return paintedTexts(page);
}

/** How many ranges the highlight `name` holds now (by default: the terms painted). */
export async function highlightSize(page: Page, name = DOTTED): Promise<number> {
  return page.evaluate((n: string) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Waits until the reader has taken every mark down and removed its host element. */
export async function waitForNoMarks(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (names: readonly string[], tag: string) =>
      names.every((n) => (CSS.highlights.get(n)?.size ?? 0) === 0) && !document.querySelector(tag),
    { timeout, polling: 100 },
    TERM_HIGHLIGHTS,
    ROOT_TAG,
  );
}

/**
 * Resolves once the page (in front: hidden tabs draw no frames) has drawn `frames` frames. The
 * reader hit-tests the pointer once a frame, so by then it has looked at every move before.
 */
export async function afterFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate(async (count: number) => {
    for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
  }, frames);
}

/** Presses Alt+Shift+N (the next term) or Alt+Shift+P (the previous one). */
export async function walkKey(page: Page, key: 'KeyN' | 'KeyP' = 'KeyN'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Index, in reading order, of the mark whose card is open (-1 when none is). */
export async function openMarkIndex(page: Page): Promise<number> {
  return page.evaluate(
    (activeName: string, dotted: string) => {
      const active = CSS.highlights.get(activeName);
      const open = active ? ([...active][0] as Range | undefined) : undefined;
      const all = [...(CSS.highlights.get(dotted) ?? [])] as Range[];
      if (!open) return -1;
      return all.findIndex(
        (r) => r === open || (r.startContainer === open.startContainer && r.startOffset === open.startOffset),
      );
    },
    ACTIVE_NAME,
    DOTTED,
  );
}

/**
 * Starts recording the cards the reader shows on the page. With it a test can tell that a card
 * did not open (a later card that does open is then the first one recorded) without waiting
 * for a while and looking: mutation observers see every card, however briefly shown. The
 * reader builds its host and card only when the first card opens, so until then the watch
 * waits for them to arrive.
 */
export async function watchCards(page: Page): Promise<void> {
  await page.evaluate((tag: string) => {
    const seen: string[] = [];
    (window as unknown as { __cardsSeen: string[] }).__cardsSeen = seen;
    // The term of the card on screen, or null while it is hidden or still waiting for its text.
    let shown: string | null = null;
    const look = (card: HTMLElement): void => {
      const now =
        card.hidden || card.getAttribute('aria-busy') === 'true'
          ? null
          : (card.querySelector('.term')?.textContent ?? '');
      if (now !== null && now !== shown) seen.push(now);
      if (card.hidden || now !== null) shown = now;
    };
    const follow = (card: HTMLElement): void => {
      look(card);
      new MutationObserver(() => look(card)).observe(card, {
        attributes: true,
        childList: true,
        subtree: true,
      });
    };
    const findCard = (): HTMLElement | null | undefined =>
      document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card');
    const existing = findCard();
    if (existing) {
      follow(existing);
      return;
    }
    const arrival = new MutationObserver(() => {
      const card = findCard();
      if (card) {
        arrival.disconnect();
        follow(card);
        return;
      }
      // The host came first (for an announcement): the card will be added to its shadow root.
      const shadow = document.querySelector(tag)?.shadowRoot;
      if (shadow) arrival.observe(shadow, { childList: true });
    });
    arrival.observe(document.documentElement, { childList: true });
  }, ROOT_TAG);
}

/** The terms of the cards shown since watchCards, in order (a term shown again counts again). */
export async function cardsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __cardsSeen: string[] }).__cardsSeen]);
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

/**
 * Waits until the background has kept an article's figures in storage.session, read from an
 * extension page (the area is closed to web pages).
 */
export async function waitForPreparedArticle(
  extensionPage: Page,
  timeout: number,
  polling = 100,
): Promise<void> {
  await extensionPage.waitForFunction(
    async (prefix: string) => {
      type Area = { get(key: null): Promise<Record<string, unknown>> };
      const scope = globalThis as unknown as {
        browser?: { storage: { session: Area } };
        chrome?: { storage: { session: Area } };
      };
      const all = await (scope.browser ?? scope.chrome)!.storage.session.get(null);
      return Object.keys(all).some((key) => key.startsWith(prefix));
    },
    { timeout, polling },
    REPORT_EXTRAS_PREFIX,
  );
}
