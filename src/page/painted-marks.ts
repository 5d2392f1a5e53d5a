/**
 * The marks painted on the page and their ranges, kept together so that a mark finds its range
 * and a range its mark in constant time (the pointer asks on every move).
 */
import type { Mark } from '../core/marks.ts';

export class PaintedMarks {
  private readonly list: Mark[] = [];
  private readonly rangeOfMark = new Map<Mark, Range>();
  private readonly markOfRange = new Map<AbstractRange, Mark>();

  add(mark: Mark, range: Range): void {
    this.list.push(mark);
    this.rangeOfMark.set(mark, range);
    this.markOfRange.set(range, mark);
  }

  /** In reading order: marks are added slice by slice, in order. */
  get marks(): readonly Mark[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  rangeOf(mark: Mark): Range | undefined {
    return this.rangeOfMark.get(mark);
  }

  markOf(range: AbstractRange): Mark | undefined {
    return this.markOfRange.get(range);
  }

  ranges(): Range[] {
    return [...this.rangeOfMark.values()];
  }
}
