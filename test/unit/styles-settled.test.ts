/**
 * The reader waits for stylesheets still on their way before it reads the page, since they
 * decide what the page hides; it does not wait for one that cannot matter, nor for good.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STYLES_WAIT_MS, stylesSettled } from '../../src/page/styles-settled.ts';

class FakeLink extends EventTarget {
  sheet: object | null = null;
  disabled = false;
  media = '';
  relList = { contains: (token: string) => token === 'stylesheet' };
}

class FakeView extends EventTarget {
  matchMedia(query: string): { matches: boolean } {
    return { matches: query !== 'print' };
  }
}

function fakePage(links: FakeLink[], readyState: DocumentReadyState = 'interactive') {
  const view = new FakeView();
  const doc = { readyState, defaultView: view, querySelectorAll: () => links } as unknown as Document;
  return { doc, view };
}

/** Whether the promise has settled once every task queued so far has run. */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('stylesSettled', () => {
  it('waits for a screen stylesheet still loading, until it loads', async () => {
    const link = new FakeLink();
    const { doc } = fakePage([link]);
    const waiting = stylesSettled(doc);
    expect(await settledNow(waiting)).toBe(false);
    link.sheet = {};
    link.dispatchEvent(new Event('load'));
    expect(await settledNow(waiting)).toBe(true);
  });

  it('waits for every pending stylesheet, and counts one that failed as done', async () => {
    const first = new FakeLink();
    const second = new FakeLink();
    const waiting = stylesSettled(fakePage([first, second]).doc);
    first.dispatchEvent(new Event('error'));
    expect(await settledNow(waiting)).toBe(false);
    second.dispatchEvent(new Event('load'));
    expect(await settledNow(waiting)).toBe(true);
  });

  it('stops waiting when the page has loaded: a stylesheet that failed earlier fires nothing more', async () => {
    const { doc, view } = fakePage([new FakeLink()]);
    const waiting = stylesSettled(doc);
    expect(await settledNow(waiting)).toBe(false);
    view.dispatchEvent(new Event('load'));
    expect(await settledNow(waiting)).toBe(true);
  });

  it('gives up on a stylesheet that never answers', async () => {
    const waiting = stylesSettled(fakePage([new FakeLink()]).doc);
    await vi.advanceTimersByTimeAsync(STYLES_WAIT_MS - 1);
    expect(await settledNow(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settledNow(waiting)).toBe(true);
  });

  it('does not wait for loaded, disabled or print stylesheets, nor once the page is complete', async () => {
    const loaded = Object.assign(new FakeLink(), { sheet: {} });
    const disabled = Object.assign(new FakeLink(), { disabled: true });
    const print = Object.assign(new FakeLink(), { media: 'print' });
    expect(await settledNow(stylesSettled(fakePage([loaded, disabled, print]).doc))).toBe(true);
    expect(await settledNow(stylesSettled(fakePage([new FakeLink()], 'complete').doc))).toBe(true);
  });

  it('leaves no timer behind once settled', async () => {
    const link = new FakeLink();
    const waiting = stylesSettled(fakePage([link]).doc);
    expect(vi.getTimerCount()).toBe(1);
    link.dispatchEvent(new Event('load'));
    await settledNow(waiting);
    expect(vi.getTimerCount()).toBe(0);
  });
});
