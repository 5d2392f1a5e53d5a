/**
 * The marks of the article and their ranges, kept together so that a mark finds its range and a
 * range its mark in constant time (the pointer asks on every move). A mark's Range is made the
 * first time something asks for it: a long article's marks far from the viewport may never need
 * one, and every live Range is one more thing the browser keeps up to date as the page changes.
 */
import type { Mark } from '../core/marks.ts';

export class PaintedMarks {
  private readonly list: Mark[] = [];
  private readonly known = new Set<Mark>();
  private readonly rangeOfMark = new Map<Mark, Range>();
  private readonly markOfRange = new Map<AbstractRange, Mark>();

  constructor(private readonly makeRange: (mark: Mark) => Range) {}

  add(mark: Mark): void {
    this.list.push(mark);
    this.known.add(mark);
  }

  /** In reading order: marks are added in order. */
  get marks(): readonly Mark[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** Undefined for a mark that is not one of these (a mark of an earlier pass, say). */
  rangeOf(mark: Mark): Range | undefined {
    const made = this.rangeOfMark.get(mark);
    if (made) return made;
    if (!this.known.has(mark)) return undefined;
    const range = this.makeRange(mark);
    this.rangeOfMark.set(mark, range);
    this.markOfRange.set(range, mark);
    return range;
  }

  /** The mark's range if one has been made, without making one. */
  madeRangeOf(mark: Mark): Range | undefined {
    return this.rangeOfMark.get(mark);
  }

  markOf(range: AbstractRange): Mark | undefined {
    return this.markOfRange.get(range);
  }
}
