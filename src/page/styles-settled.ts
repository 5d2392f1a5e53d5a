/**
 * Waits for the page's stylesheets that are still on their way. A page may be read before its
 * styles arrive (nothing in the HTML waits for a stylesheet after it), and a paragraph the
 * page's own stylesheet hides would then be read as visible and marked for good. The page is not
 * drawn before its head's styles either, so the reader loses no time it could have shown.
 */

/** How long a stylesheet that never answers may hold the reader back. */
export const STYLES_WAIT_MS = 3000;

/** The performance mark set when the reader starts to wait (the end-to-end test waits for it). */
export const STYLES_AWAITED_MARK = 'laichau-reader:styles-awaited';

function pending(link: HTMLLinkElement, view: Window): boolean {
  if (link.sheet || link.disabled || !link.relList.contains('stylesheet')) return false;
  // A stylesheet for another medium (print) loads late and applies to nothing on screen.
  return !link.media || view.matchMedia(link.media).matches;
}

/**
 * Resolves once every screen stylesheet linked so far has loaded or failed, once the page has
 * finished loading (a failed stylesheet fires nothing more), or after `STYLES_WAIT_MS`.
 */
export function stylesSettled(doc: Document, waitMs = STYLES_WAIT_MS): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.readyState === 'complete') return Promise.resolve();
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel]')].filter((link) => pending(link, view));
  if (links.length === 0) return Promise.resolve();
  performance.mark(STYLES_AWAITED_MARK);
  return new Promise<void>((settle) => {
    const stop = new AbortController();
    const done = (): void => {
      stop.abort();
      clearTimeout(timer);
      settle();
    };
    const timer = setTimeout(done, waitMs);
    view.addEventListener('load', done, { signal: stop.signal });
    let left = links.length;
    const one = (): void => {
      if (--left === 0) done();
    };
    for (const link of links) {
      link.addEventListener('load', one, { once: true, signal: stop.signal });
      link.addEventListener('error', one, { once: true, signal: stop.signal });
    }
  });
}
