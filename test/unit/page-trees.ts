/**
 * Random pages for property tests: trees of the tags, attributes and texts news pages are made
 * of, with comments among them, and how to build one in a document.
 */
import fc from 'fast-check';
import { anyText, vietnameseText } from './arbitraries.ts';

export interface Tree {
  tag: string;
  attrs: Array<[string, string]>;
  /** Elements, texts, and comments (null). */
  children: Array<Tree | string | null>;
}

// prettier-ignore
const TAGS = [
  'div', 'div', 'p', 'p', 'span', 'font', 'b', 'strong', 'em', 'i', 'u', 'a', 'br', 'img', 'table', 'tr',
  'td', 'ul', 'li', 'h1', 'h2', 'h3', 'figure', 'figcaption', 'nav', 'header', 'footer', 'aside', 'section',
  'article', 'main', 'script', 'style', 'amp-img', 'amp-ad', 'time', 'blockquote', 'center', 'video',
];
const ATTRS: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constant<[string, string]>(['href', '/tin/1.html']),
  fc.constant<[string, string]>(['href', '/']),
  fc
    .constantFrom('content', 'related', 'share', 'comment', 'sidebar', 'x1', 'tin-lien-quan')
    .map((c): [string, string] => ['class', c]),
  fc
    .constantFrom('display:none', 'text-align:justify', 'font-size:12pt')
    .map((s): [string, string] => ['style', s]),
  fc.constant<[string, string]>(['hidden', '']),
  fc.constant<[string, string]>(['src', '/uploaded/a.jpg']),
);
const TEXT = fc.oneof(
  { arbitrary: vietnameseText(40), weight: 4 },
  { arbitrary: anyText, weight: 1 },
  {
    arbitrary: fc.constantFrom('Tin liên quan', 'Bình luận (2)', 'Đọc nhiều', 'Xem thêm:', ' ', ''),
    weight: 1,
  },
);

export const { tree } = fc.letrec<{ tree: Tree; node: Tree | string | null }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(ATTRS, { maxLength: 2 }),
    children: fc.array(tie('node'), { maxLength: 6 }),
  }),
  // A comment now and then: they stand between siblings as on real pages.
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: TEXT, weight: 5 },
    { arbitrary: tie('tree'), weight: 5 },
    { arbitrary: fc.constant(null), weight: 1 },
  ),
}));

export function build(doc: Document, t: Tree): Element {
  const el = doc.createElement(t.tag);
  for (const [name, value] of t.attrs) el.setAttribute(name, value);
  for (const child of t.children)
    el.append(
      child === null
        ? doc.createComment('quảng cáo')
        : typeof child === 'string'
          ? doc.createTextNode(child)
          : build(doc, child),
    );
  return el;
}

/** Makes `doc` the page of `trees`, declared an article by og:type when `saysArticle`. */
export function pourPage(doc: Document, trees: readonly Tree[], saysArticle: boolean): void {
  doc.head.replaceChildren();
  if (saysArticle) {
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:type');
    meta.setAttribute('content', 'article');
    doc.head.append(meta);
  }
  doc.body.replaceChildren(...trees.map((t) => build(doc, t)));
}
