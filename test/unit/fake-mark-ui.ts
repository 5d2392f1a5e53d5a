/**
 * A stand-in for the reader on a happy-dom page, for the interaction tests: marks sit at fixed
 * boxes (happy-dom lays nothing out, so the hit test is by box), the card is a real element
 * with a button in it, and every request the controllers make is logged.
 */
import type { MarkUi } from '../../src/page/interactions/mark-ui.ts';
import type { InputFilter } from '../../src/page/interactions/person-input.ts';

/** Every event a test dispatches is made up (isTrusted false): the controllers are told to take them. */
export const ANY_EVENT: InputFilter = () => true;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two terms on one line, a gap between them, and points on each and on neither. */
export type Term = 'A' | 'B';
export const BOXES: ReadonlyMap<Term, Box> = new Map([
  ['A', { x: 0, y: 0, width: 50, height: 20 }],
  ['B', { x: 100, y: 0, width: 50, height: 20 }],
]);
export const ON_A = { x: 10, y: 10 };
export const ON_B = { x: 110, y: 10 };
export const NOWHERE = { x: 300, y: 300 };

type How = Parameters<MarkUi<unknown>['open']>[1];

export interface FakeReader<M> {
  ui: MarkUi<M>;
  card: HTMLElement;
  /** The marks opened, in order, and how. */
  opened: Array<{ mark: M; how: How }>;
  /** The marks whose text was asked for ahead, in order. */
  prefetched: M[];
  /** The marks whose card was made ready ahead, in order. */
  prepared: M[];
  closes: number;
  hitTests: number;
}

export function fakeReader<M>(doc: Document, boxes: ReadonlyMap<M, Box>): FakeReader<M> {
  const card = doc.createElement('div');
  card.append(doc.createElement('button'));
  doc.body.append(card);
  let open: M | undefined;
  const reader: FakeReader<M> = {
    card,
    opened: [],
    prefetched: [],
    prepared: [],
    closes: 0,
    hitTests: 0,
    ui: {
      markAtPoint(x, y) {
        reader.hitTests++;
        for (const [mark, b] of boxes) {
          if (x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height) return mark;
        }
        return undefined;
      },
      open(mark, how) {
        reader.opened.push({ mark, how });
        open = mark;
      },
      prefetch(mark) {
        reader.prefetched.push(mark);
      },
      prepare(mark) {
        reader.prepared.push(mark);
      },
      close() {
        reader.closes++;
        open = undefined;
      },
      openMark: () => open,
      inCard: (target) => target instanceof Node && card.contains(target),
    },
  };
  return reader;
}
