// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ArticleText, TextSegment } from '../../src/page/article-text.ts';
import { viewSpan } from '../../src/page/view-span.ts';

/** Paragraphs 100 px tall, one under another, each one text node of 50 characters. */
function article(paragraphs: number, scrolled: number): ArticleText {
  const segments: TextSegment[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    const node = document.createTextNode('x'.repeat(50));
    p.append(node);
    const top = i * 100 - scrolled;
    p.getBoundingClientRect = () => ({ top, bottom: top + 100 }) as DOMRect;
    segments.push({ node, start: i * 52, end: i * 52 + 50 });
  }
  return { text: '', segments, indexOf: new Map(segments.map((s, i) => [s.node, i])) };
}

describe('viewSpan', () => {
  it('covers the paragraphs that cross the viewport', () => {
    // Scrolled 250 px into a page 600 px high: paragraphs 2 (150–250 off the top) to 8.
    expect(viewSpan(article(20, 250), 600)).toEqual({ start: 2 * 52, end: 8 * 52 + 50 });
  });

  it('is the whole article when it all fits, and nothing when it is scrolled away', () => {
    expect(viewSpan(article(3, 0), 600)).toEqual({ start: 0, end: 2 * 52 + 50 });
    expect(viewSpan(article(3, 5000), 600)).toBeUndefined();
    expect(viewSpan(article(0, 0), 600)).toBeUndefined();
  });
});
