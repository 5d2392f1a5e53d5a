/**
 * The keyboard walk: Alt+Shift+N opens the next term in reading order with the focus in its
 * card and the term announced, and keys typed into the page's own fields are never taken.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardsSeen,
  cardState,
  openMarkIndex,
  paintedTexts,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  walkKey,
  watchCards,
} from './page-probes.ts';

describe.each(BROWSERS)('the keyboard walk, in %s', (name) => {
  const live = useExtensionSession(name);

  it('opens the first term in reading order with Alt+Shift+N, focused and announced', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(page, 20);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await walkKey(page);
    const first = (await paintedTexts(page))[0] ?? '';
    const card = await waitForCard(page, first);
    expect(card.focusedInCard).toBe(true);
    await page.waitForFunction(
      (tag: string) =>
        (document.querySelector(tag)?.shadowRoot?.querySelector('.announcer')?.textContent ?? '') !== '',
      {},
      ROOT_TAG,
    );
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await page.close();
  });

  it('asks for the first card while Alt and Shift are held, so the letter opens it without asking then', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    try {
      await waitForPaint(page, 20);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(1, 1);
      expect(await page.evaluate((tag: string) => document.querySelector(tag) !== null, ROOT_TAG)).toBe(
        false,
      );
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      // The signal that the text has come: the first card is then laid out once, unseen, in the
      // reader's root, which a page nobody has touched does not have.
      await page.waitForFunction((tag: string) => document.querySelector(tag) !== null, {}, ROOT_TAG);
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      const first = (await paintedTexts(page))[0] ?? '';
      const card = await waitForCard(page, first);
      expect(card.focusedInCard).toBe(true);
      const marks = await page.evaluate(() => ({
        shown: performance.getEntriesByName('laichau-reader:card-shown').length,
        askedAtOpening: performance.getEntriesByName('laichau-reader:card-requested').length,
      }));
      expect(marks).toEqual({ shown: 1, askedAtOpening: 0 });
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
  });

  it("takes no Alt+Shift+N typed into a field inside the page's own shadow root", async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    try {
      await waitForPaint(page, 20);
      await page.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'page-widget';
        const field = document.createElement('input');
        host.attachShadow({ mode: 'open' }).append(field);
        document.querySelector('article, main, body')!.prepend(host);
        field.focus();
        // Listening after the reader, on the same window: it sees whether the reader took the key.
        window.addEventListener('keydown', (event) => {
          if (event.code === 'KeyN')
            (window as unknown as { walkTook?: boolean }).walkTook = event.defaultPrevented;
        });
      });
      await walkKey(page);
      const seen = await page.evaluate(() => ({
        took: (window as unknown as { walkTook?: boolean }).walkTook,
        focusInField: document.activeElement?.id === 'page-widget',
      }));
      expect(seen).toEqual({ took: false, focusInField: true });
    } finally {
      await page.close();
    }
  });

  it("answers no Alt+Shift+N that the page's script makes up, and then the person's own", async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    try {
      await waitForPaint(page, 20);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(1, 1);
      // Taken, the key would be prevented at once, in the same dispatch.
      const madeUp = await page.evaluate(() => {
        const event = new KeyboardEvent('keydown', {
          bubbles: true,
          cancelable: true,
          code: 'KeyN',
          key: 'N',
          altKey: true,
          shiftKey: true,
        });
        document.body.dispatchEvent(event);
        return { taken: event.defaultPrevented, trusted: event.isTrusted };
      });
      expect(madeUp).toEqual({ taken: false, trusted: false });
      await watchCards(page);
      await walkKey(page);
      const first = (await paintedTexts(page))[0] ?? '';
      await waitForCard(page, first);
      // The person's key opened the first term: the made-up one had not moved the walk on.
      expect(await openMarkIndex(page)).toBe(0);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
  });

  it('takes no Alt+Shift+N typed into the page’s own fields, and the walk resumes where it was', async () => {
    const page = await live.session.openSite(pathOf('hostile-hiding-places.html'));
    await waitForPaint(page, 8);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await walkKey(page);
    await waitForCard(page);
    const first = await openMarkIndex(page);
    expect(first).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    await watchCards(page);
    for (const field of ['#hp-textarea', '#hp-input', '#hp-editable']) {
      await page.focus(field);
      await walkKey(page);
      expect((await cardState(page))?.visible ?? false, field).toBe(false);
      expect(await openMarkIndex(page), field).toBe(-1);
      const focused = await page.evaluate(
        (selector: string) => document.activeElement === document.querySelector(selector),
        field,
      );
      expect(focused, field).toBe(true);
    }

    // Out of the fields, the walk goes on from where it was: had a key typed in a field moved
    // it, this would be a later mark, and its card would not be the only one shown since.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await walkKey(page);
    await waitForCard(page);
    expect(await openMarkIndex(page)).toBe(first + 1);
    expect(await cardsSeen(page)).toHaveLength(1);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await page.close();
  });
});
