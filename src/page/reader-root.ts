/**
 * The one element the extension adds to a page, once it shows something there: a host with an
 * open shadow root that holds the card and the screen-reader announcer. The host's own styles are inline and !important, so no
 * page rule (not even `* { display: none !important }`) can hide or resize it, and `all: initial`
 * stops the page's inherited fonts and colours at the shadow boundary.
 */
export const ROOT_TAG = 'laichau-reader-root';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'none',
  contain: 'none',
};

export interface ReaderRoot {
  /** The host, added to the page the first time it is asked for. */
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Whether `node` is the host or inside it; never adds the host. */
  holds(node: Node | null): boolean;
  /** Announces a short text to screen readers. */
  announce(text: string): void;
  remove(): void;
}

function applyStyles(shadow: ShadowRoot, css: string): void {
  // A constructed sheet is not an element and needs no inline-style allowance under a page's CSP;
  // where adopting one is refused (older engines, cross-compartment content scripts) a <style>
  // inside our own shadow root is the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

interface Built {
  host: HTMLElement;
  shadow: ShadowRoot;
  announcer: HTMLElement;
}

function build(doc: Document, css: string, attach: boolean): Built {
  const host = doc.createElement(ROOT_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, css);
  const announcer = doc.createElement('div');
  announcer.className = 'announcer';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  shadow.append(announcer);
  // Outside <body>, so the site's own scripts that rewrite the body leave it alone.
  if (attach) doc.documentElement.append(host);
  return { host, shadow, announcer };
}

/**
 * The root, built when the first card or announcement needs it (or just before: when the pointer
 * has rested on a term for half the hover delay, or Alt and Shift are held for the keyboard walk,
 * the card is laid out ahead): a reader who only reads the marks leaves the page's own tree
 * untouched, and the start of every page saves the work.
 */
export function createReaderRoot(doc: Document, css: string): ReaderRoot {
  let built: Built | undefined;
  // Once removed (the reader stopped), a late card builds into a host the page never sees.
  let removed = false;
  const get = (): Built => (built ??= build(doc, css, !removed));
  return {
    get host() {
      return get().host;
    },
    get shadow() {
      return get().shadow;
    },
    holds(node) {
      return built !== undefined && node !== null && (node === built.host || built.host.contains(node));
    },
    announce(text) {
      const { announcer } = get();
      announcer.textContent = '';
      // A new text node after clearing makes screen readers speak the same text twice in a row.
      requestAnimationFrame(() => (announcer.textContent = text));
    },
    remove() {
      removed = true;
      built?.host.remove();
    },
  };
}
