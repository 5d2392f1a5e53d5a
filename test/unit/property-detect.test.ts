/**
 * Properties of article detection over random pages: it never throws, it never changes the page,
 * and the text it returns (for the detected article, or for the main region the reader asked
 * for) is always the page's own text, node for node, with only paragraph and line breaks between.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/article-detect.ts';
import { buildArticleText, type ArticleText } from '../../src/page/article-text.ts';
import { findMainRegion, pageVerdict } from '../../src/page/main-region.ts';
import { loadHtml } from '../fixtures/site/load-fixture.ts';
import { SEED, anyText, vietnameseText } from './arbitraries.ts';

interface Tree {
  tag: string;
  attrs: Array<[string, string]>;
  children: Array<Tree | string>;
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

const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(ATTRS, { maxLength: 2 }),
    children: fc.array(tie('node'), { maxLength: 6 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, TEXT, tie('tree')),
}));

const page = loadHtml('<!doctype html><html><head></head><body></body></html>');
afterAll(async () => {
  await page.window.happyDOM.close();
});

function build(doc: Document, t: Tree): Element {
  const el = doc.createElement(t.tag);
  for (const [name, value] of t.attrs) el.setAttribute(name, value);
  for (const child of t.children)
    el.append(typeof child === 'string' ? doc.createTextNode(child) : build(doc, child));
  return el;
}

/** '' when the text is made of the page's own text nodes, in order, with only breaks between. */
function textProblem(doc: Document, at: ArticleText): string {
  let end = 0;
  for (const seg of at.segments) {
    if (!doc.contains(seg.node)) return 'a segment node is not in the page';
    if (at.text.slice(seg.start, seg.end) !== seg.node.data) return 'a segment is not its node’s data';
    if (!['', '\n', '\n\n'].includes(at.text.slice(end, seg.start)))
      return 'something other than a break between nodes';
    if (at.indexOf.get(seg.node) === undefined) return 'a node missing from the index';
    end = seg.end;
  }
  return end === at.text.length ? '' : 'text after the last node';
}

describe('detectArticle on random pages', () => {
  it('never throws, never changes the page, and returns only text of the page', () => {
    const doc = page.document;
    const seen = { articles: 0, regions: 0 };
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.boolean(), (trees, saysArticle) => {
        doc.head.replaceChildren();
        if (saysArticle) {
          const meta = doc.createElement('meta');
          meta.setAttribute('property', 'og:type');
          meta.setAttribute('content', 'article');
          doc.head.append(meta);
        }
        doc.body.replaceChildren(...trees.map((t) => build(doc, t)));
        const before = doc.documentElement.outerHTML;

        const v = detectArticle(doc);
        expect(typeof v.reason.code).toBe('string');
        if (v.isArticle) {
          seen.articles += 1;
          expect(v.parts && doc.contains(v.parts.body)).toBe(true);
          expect(textProblem(doc, buildArticleText(v.parts!))).toBe('');
        } else {
          expect(v.parts).toBeUndefined();
        }

        const main = findMainRegion(doc);
        if (main) seen.regions += 1;
        if (main) expect(doc.body.contains(main.region) || main.region === doc.body).toBe(true);
        const chosen = pageVerdict(doc, true);
        if (chosen.parts) expect(textProblem(doc, buildArticleText(chosen.parts))).toBe('');

        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { seed: SEED, numRuns: 250 },
    );
    // The generated pages include articles and pages with a main region, not only empty ones.
    expect(seen.articles).toBeGreaterThan(5);
    expect(seen.regions).toBeGreaterThan(50);
  }, 60_000);
});
