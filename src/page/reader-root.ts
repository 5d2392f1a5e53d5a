/**
 * The one element the extension adds to a page: a host with an open shadow root that holds the
 * card and the screen-reader announcer. The host's own styles are inline and !important, so no
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
  host: HTMLElement;
  shadow: ShadowRoot;
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

export function createReaderRoot(doc: Document, css: string): ReaderRoot {
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
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    announce(text) {
      announcer.textContent = '';
      // A new text node after clearing makes screen readers speak the same text twice in a row.
      requestAnimationFrame(() => (announcer.textContent = text));
    },
    remove() {
      host.remove();
    },
  };
}
