/**
 * The article's marks as the page shows them. An article with few marks has every one drawn at
 * once. A long one has only the marks near the viewport drawn, and the others as the reader
 * scrolls to them, because what the browser pays to draw a highlight grows with its ranges:
 * measured at a 4× CPU throttle on a page of 5,000 marks, the frame after painting took
 * 210–230 ms and every scroll frame 134 ms, against 35–43 and 33 ms with 100 ranges.
 * Every mark stays known (the keyboard walk, the popup and the hit test see them all); only the
 * drawing, and the making of each mark's Range, waits until the mark comes near.
 */
import { markAt, type Mark } from '../core/marks.ts';
import type { Underline } from '../core/settings.ts';
import { domPositionAt, offsetOfDomPosition, rangeFor, type ArticleText } from './article-text.ts';
import { markAtPoint } from './hit-test.ts';
import { HighlightPainter } from './highlight-painter.ts';
import { intersectionWatch, type NearViewWatch } from './near-view.ts';
import { PaintedMarks } from './painted-marks.ts';
import { allSteps, type Steps } from './detect/steps.ts';

/** Above this many marks, only those near the viewport are drawn. */
export const DRAW_ALL_UP_TO = 400;

export class MarksOnPage {
  private readonly painter = new HighlightPainter();
  private painted: PaintedMarks;
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly watchNearView: NearViewWatch | undefined = intersectionWatch(),
  ) {
    this.painted = new PaintedMarks(() => doc.createRange());
  }

  setStyle(style: Underline): void {
    this.painter.setStyle(style);
  }

  /** Replaces the marks shown with `marks` of `articleText` (in reading order). */
  drawMarks(articleText: ArticleText, marks: readonly Mark[]): void {
    allSteps(this.drawingMarks(articleText, marks));
  }

  /**
   * drawMarks, a run of marks at a time (see detect/steps.ts): a very long article's marks are
   * grouped by element over several tasks. Steps left unfinished leave nothing watched.
   */
  *drawingMarks(articleText: ArticleText, marks: readonly Mark[]): Steps<void> {
    this.forget();
    const painted = new PaintedMarks((mark) => rangeFor(articleText, mark.start, mark.end, this.doc));
    this.painted = painted;
    for (const mark of marks) painted.add(mark);
    const watch = this.watchNearView;
    if (!watch || marks.length <= DRAW_ALL_UP_TO) {
      this.painter.add(marks.flatMap((mark) => painted.rangeOf(mark) ?? []));
      return;
    }
    const groups = yield* groupingByElement(articleText, marks);
    if (painted !== this.painted) return;
    this.stopWatching = watch(groups.keys(), (near, far) => {
      if (painted !== this.painted) return;
      for (const element of far) {
        const gone = groups.get(element)?.flatMap((mark) => painted.madeRangeOf(mark) ?? []) ?? [];
        this.painter.remove(gone);
      }
      for (const element of near) {
        this.painter.add(groups.get(element)?.flatMap((mark) => painted.rangeOf(mark) ?? []) ?? []);
      }
    });
  }

  /** No marks shown, none known: the state before a pass. */
  forget(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.painted = new PaintedMarks(() => this.doc.createRange());
    this.painter.paint([]);
  }

  /** Takes everything down: marks, the open term, the flash. */
  clear(): void {
    this.forget();
    this.painter.clear();
  }

  get marks(): readonly Mark[] {
    return this.painted.marks;
  }

  get size(): number {
    return this.painted.size;
  }

  rangeOf(mark: Mark): Range | undefined {
    return this.painted.rangeOf(mark);
  }

  markOf(range: AbstractRange): Mark | undefined {
    return this.painted.markOf(range);
  }

  setActive(range: Range | undefined): void {
    this.painter.setActive(range);
  }

  flash(range: Range): void {
    this.painter.flash(range);
  }

  /** The mark drawn under the point (x, y) of the viewport, if any. */
  markAtPoint(articleText: ArticleText, x: number, y: number): Mark | undefined {
    if (this.size === 0) return undefined;
    return markAtPoint(this.doc, x, y, {
      markAtOffset: (offset) => markAt(this.marks, offset),
      offsetOf: (node, offset) => offsetOfDomPosition(articleText, node, offset),
      rangeOf: (mark) => this.rangeOf(mark) ?? this.doc.createRange(),
      markOfRange: (range) => this.markOf(range),
    });
  }
}

/** Marks grouped between pauses by `groupingByElement`. */
const GROUP_STEP = 500;

/** Marks by the element that holds the text each starts in, for watching those elements. */
export function marksByElement(articleText: ArticleText, marks: readonly Mark[]): Map<Element, Mark[]> {
  return allSteps(groupingByElement(articleText, marks));
}

function* groupingByElement(articleText: ArticleText, marks: readonly Mark[]): Steps<Map<Element, Mark[]>> {
  const groups = new Map<Element, Mark[]>();
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const element = domPositionAt(articleText, mark.start)?.node.parentElement;
    if (element) {
      const group = groups.get(element);
      if (group) group.push(mark);
      else groups.set(element, [mark]);
    }
    if (i % GROUP_STEP === GROUP_STEP - 1) yield;
  }
  return groups;
}
