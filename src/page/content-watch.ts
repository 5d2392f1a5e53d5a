/**
 * Notices content that arrives after the first pass (a lazy body, more paragraphs, navigation
 * without a page load) and asks for one refresh per batch of changes. Mutations are not handled
 * one by one: a burst of thousands of changes costs one timer and, once it settles (or at the
 * latest after `maxWait`), one refresh.
 */
export interface WatchOptions {
  /** Quiet time before a refresh. */
  wait?: number;
  /** Longest a refresh is put off while changes keep coming. */
  maxWait?: number;
  /** Changes that do not concern the reader (its own host element, regions outside the article). */
  ignore(node: Node): boolean;
  refresh(): void;
}

export function watchContent(doc: Document, options: WatchOptions, signal: AbortSignal): void {
  const wait = options.wait ?? 250;
  const maxWait = options.maxWait ?? 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let href = doc.location?.href;

  const run = (): void => {
    timer = undefined;
    firstPending = 0;
    options.refresh();
  };
  const schedule = (): void => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(wait, firstPending + maxWait - now)));
  };

  const observer = new MutationObserver((records) => {
    // Navigation without a page load changes the URL; always worth a fresh look.
    if (doc.location?.href !== href) {
      href = doc.location?.href;
      schedule();
      return;
    }
    if (records.some((record) => !options.ignore(record.target))) schedule();
  });
  // Attributes too: a site that reveals a hidden part of the article ("Xem thêm") changes a
  // class or a style, not the text.
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  doc.defaultView?.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
