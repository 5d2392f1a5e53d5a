/**
 * From a pointer position to the mark under it. The page's text is never wrapped in elements, so
 * there is no event target to ask: the browser's caret-from-point tells which character is under
 * the pointer, and the mark's own line boxes confirm it, which keeps the answer exact at line
 * wraps, at the last character of a line and inside links.
 */

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Whether (x, y) falls inside one of the range's line boxes (with a pixel of slack for rounding). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - slack &&
      x <= rect.right + slack &&
      y >= rect.top - slack &&
      y <= rect.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}

type HighlightRegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: Highlight; ranges: AbstractRange[] }>;
};

/**
 * Ranges of ours under the point, straight from the browser where it can say
 * (`highlightsFromPoint`, Chromium 140+, Firefox 150+); undefined where it cannot.
 */
export function paintedRangesAt(x: number, y: number): AbstractRange[] | undefined {
  const registry = CSS.highlights as HighlightRegistryWithHitTest;
  if (typeof registry.highlightsFromPoint !== 'function') return undefined;
  try {
    return registry.highlightsFromPoint(x, y).flatMap((hit) => hit.ranges);
  } catch {
    return undefined;
  }
}

export interface HitTestTarget<M> {
  /** The mark covering article offset `offset`, if any. */
  markAtOffset(offset: number): M | undefined;
  /** Article offset of a DOM position, if it lies in the article text. */
  offsetOf(node: Node, offset: number): number | undefined;
  rangeOf(mark: M): Range;
  markOfRange(range: AbstractRange): M | undefined;
}

export function markAtPoint<M>(doc: Document, x: number, y: number, target: HitTestTarget<M>): M | undefined {
  const painted = paintedRangesAt(x, y);
  if (painted) {
    for (const range of painted) {
      const mark = target.markOfRange(range);
      if (mark) return mark;
    }
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const offset = target.offsetOf(caret.node, caret.offset);
  if (offset === undefined) return undefined;
  // The caret sits between characters: the one under the pointer is on either side of it.
  for (const candidate of [target.markAtOffset(offset), target.markAtOffset(offset - 1)]) {
    if (candidate && rangeContainsPoint(target.rangeOf(candidate), x, y)) return candidate;
  }
  return undefined;
}
