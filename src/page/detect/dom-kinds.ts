/**
 * Which elements carry readable article text, and which never do. Shared by detection and by
 * the text map so that both see the same article. Only standard DOM reads: this runs in
 * content scripts and under happy-dom in Node.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose contents are never prose a reader sees as article text. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'meta',
  'link',
  // AMP's ads, players and share buttons: their fallback text is not the article's.
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-analytics',
  'amp-pixel',
  'amp-social-share',
  'amp-iframe',
  'amp-video',
  'amp-youtube',
  'amp-consent',
]);

/** Block-level elements: a boundary between two of them is a paragraph break in the text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(tagOf(el));
}

/**
 * True when the element and everything inside it is not article text: non-text elements,
 * editable areas, and what the page itself marks as hidden. Layout (computed style) is not
 * consulted: it is unavailable or fake outside a real browser, and detection must give the same
 * answer in both.
 */
export function isNeverText(el: Element): boolean {
  if (NEVER_TEXT.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** Element children, without relying on `children` semantics that differ between DOMs. */
export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) out.push(n as Element);
  }
  return out;
}

/** Collapses runs of white space; used for measuring and comparing, never for the text map. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower case without Vietnamese diacritics, so "Hóa"/"Hoá", "TIN KHÁC"/"tin khác" compare equal. */
export function foldForMatch(s: string): string {
  return squash(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
