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
import { SEED } from './arbitraries.ts';
import { pourPage, tree } from './page-trees.ts';

const page = loadHtml('<!doctype html><html><head></head><body></body></html>');
afterAll(async () => {
  await page.window.happyDOM.close();
});

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
        pourPage(doc, trees, saysArticle);
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
