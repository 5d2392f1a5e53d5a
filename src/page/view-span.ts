/**
 * The stretch of the article text now in the viewport, as text offsets, for the panel's quiet
 * "in view" marks. Segments are in document order, so their boxes run down the page: two
 * binary searches over them read a handful of boxes, however long the article.
 */
import type { ArticleText, TextSegment } from './article-text.ts';

function box(segment: TextSegment): DOMRect | undefined {
  return segment.node.parentElement?.getBoundingClientRect();
}

/** The first segment whose box ends below `top`, or segments.length. */
function firstBelow(segments: readonly TextSegment[], top: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = box(segments[mid]!);
    if (rect && rect.bottom > top) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first segment whose box starts below `bottom`, or segments.length. */
function firstAfter(segments: readonly TextSegment[], bottom: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = box(segments[mid]!);
    if (rect && rect.top >= bottom) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function viewSpan(at: ArticleText, viewHeight: number): { start: number; end: number } | undefined {
  const { segments } = at;
  const from = firstBelow(segments, 0);
  const to = firstAfter(segments, viewHeight);
  if (from >= segments.length || to <= from) return undefined;
  return { start: segments[from]!.start, end: segments[to - 1]!.end };
}
