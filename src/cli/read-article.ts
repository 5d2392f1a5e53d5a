/**
 * Turns an HTML page into plain text for the command-line analyzer.
 *
 * For now this takes the whole <body>; the page layer's article detection is meant to replace
 * it, which is why it lives alone here. Block elements are separated by a blank line so that
 * the sentences of two paragraphs never run together (and a term never matches across them);
 * scripts, styles and other non-text elements are skipped. Nothing is loaded or executed.
 */

import { Window } from 'happy-dom';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const PARAGRAPH = '\u0000';

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

function collect(node: MinimalNode, out: string[]): void {
  if (node.nodeType === 3) {
    // HTML collapses ordinary whitespace (not no-break spaces) in running text.
    out.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.push(PARAGRAPH);
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child !== undefined) collect(child, out);
  }
  if (block) out.push(PARAGRAPH);
}

/** The readable text of an HTML document's body, paragraphs separated by blank lines. */
export function readArticleText(html: string): string {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableMainFrameNavigation: true,
      },
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const out: string[] = [];
    const body = document.body as unknown as MinimalNode | null;
    if (body !== null) collect(body, out);
    return out
      .join('')
      .split(PARAGRAPH)
      .map((block) =>
        block
          .split('\n')
          .map((line) => line.replace(/ {2,}/g, ' ').trim())
          .filter((line) => line.length > 0)
          .join('\n'),
      )
      .filter((block) => block.length > 0)
      .join('\n\n');
  } finally {
    void window.happyDOM.close();
  }
}
