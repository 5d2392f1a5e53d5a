// @vitest-environment happy-dom
/** Hover intent on a happy-dom page: real pointer events, fake timers, marks found by box. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHover, type HoverOptions } from '../../src/page/interactions/hover-intent.ts';
import {
  ANY_EVENT,
  BOXES,
  fakeReader,
  NOWHERE,
  ON_A,
  ON_B,
  type FakeReader,
  type Term,
} from './fake-mark-ui.ts';

const DELAY = 350;
/** Longer than one animation frame of the fake clock. */
const FRAME = 16;

let reader: FakeReader<Term>;
let controller: AbortController;

function start(options: Partial<HoverOptions> = {}): void {
  reader = fakeReader(document, BOXES);
  controller = new AbortController();
  watchHover(
    window,
    reader.ui,
    { openDelay: () => DELAY, accepts: ANY_EVENT, ...options },
    controller.signal,
  );
}

function move(at: { x: number; y: number }, pointerType = 'mouse', target: Element = document.body): void {
  target.dispatchEvent(
    new PointerEvent('pointermove', { bubbles: true, pointerType, clientX: at.x, clientY: at.y }),
  );
}

/** Moves the pointer and runs the next frame, which looks at where it is: delays start there. */
function moveAndLook(at: { x: number; y: number }): void {
  move(at);
  vi.advanceTimersToNextFrame();
}

const openedMarks = (): Term[] => reader.opened.map((o) => o.mark);

function openA(): void {
  moveAndLook(ON_A);
  vi.advanceTimersByTime(DELAY);
  expect(openedMarks()).toEqual(['A']);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  controller.abort();
  reader.card.remove();
  vi.useRealTimers();
});

describe('opening on hover', () => {
  it('opens a card once the pointer has rested on a term for the delay, without focus or announcement', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY - 1);
    expect(reader.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reader.opened).toEqual([{ mark: 'A', how: { focus: false, announce: false, pointer: ON_A } }]);
  });

  it('does not open for a pointer that only passes over a term', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY / 2);
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(5 * DELAY);
    expect(reader.opened).toEqual([]);
  });

  it('restarts the delay when the pointer reaches another term', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY - 50);
    moveAndLook(ON_B);
    vi.advanceTimersByTime(DELAY - 1);
    expect(reader.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(openedMarks()).toEqual(['B']);
    vi.advanceTimersByTime(5 * DELAY);
    expect(openedMarks()).toEqual(['B']);
  });

  it('asks for the card text as soon as the pointer rests on a term, before the delay, once per term', () => {
    start();
    moveAndLook(ON_A);
    expect(reader.prefetched).toEqual(['A']);
    expect(reader.opened).toEqual([]);
    move({ x: 40, y: 15 });
    vi.advanceTimersToNextFrame();
    expect(reader.prefetched).toEqual(['A']);
    moveAndLook(ON_B);
    expect(reader.prefetched).toEqual(['A', 'B']);
    vi.advanceTimersByTime(DELAY);
    expect(openedMarks()).toEqual(['B']);
  });

  it('makes the card ready halfway through the delay, for a pointer still resting there', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY / 2 - 1);
    expect(reader.prepared).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reader.prepared).toEqual(['A']);
    expect(reader.opened).toEqual([]);
  });

  it('makes nothing ready for a pointer that only crosses a term or leaves it early', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY / 4);
    moveAndLook(ON_B);
    vi.advanceTimersByTime(DELAY / 4);
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(5 * DELAY);
    expect(reader.prefetched).toEqual(['A', 'B']);
    expect(reader.prepared).toEqual([]);
    expect(reader.opened).toEqual([]);
  });

  it('asks nothing for a pointer that crosses terms within one frame, nor for touch', () => {
    start();
    move(ON_A);
    move(ON_B);
    move(NOWHERE);
    vi.advanceTimersToNextFrame();
    move(ON_A, 'touch');
    vi.advanceTimersByTime(FRAME);
    expect(reader.prefetched).toEqual([]);
  });

  it('does not restart the delay while the pointer moves within the same term', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(200);
    move({ x: 40, y: 15 });
    vi.advanceTimersByTime(DELAY - 200);
    expect(openedMarks()).toEqual(['A']);
  });

  it('asks for the delay at each new term, so a changed setting applies at once', () => {
    let delay = 800;
    start({ openDelay: () => delay });
    moveAndLook(ON_A);
    vi.advanceTimersByTime(799);
    expect(reader.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(openedMarks()).toEqual(['A']);
    delay = 100;
    moveAndLook(ON_B);
    vi.advanceTimersByTime(99);
    expect(openedMarks()).toEqual(['A']);
    vi.advanceTimersByTime(1);
    expect(openedMarks()).toEqual(['A', 'B']);
  });

  it('ignores touch pointers, which have no hover (taps are handled apart)', () => {
    start();
    move(ON_A, 'touch');
    vi.advanceTimersByTime(FRAME + 5 * DELAY);
    expect(reader.opened).toEqual([]);
    expect(reader.hitTests).toBe(0);
  });

  it('hit-tests at most once a frame, where the pointer last was', () => {
    start();
    for (let x = 120; x > 0; x -= 10) move({ x, y: 10 });
    expect(reader.hitTests).toBe(0);
    vi.advanceTimersToNextFrame();
    expect(reader.hitTests).toBe(1);
    vi.advanceTimersByTime(DELAY);
    expect(reader.opened).toEqual([
      { mark: 'A', how: { focus: false, announce: false, pointer: { x: 10, y: 10 } } },
    ]);
  });

  it('opens the next term straight from an open one, without closing in between', () => {
    start();
    openA();
    moveAndLook(ON_B);
    vi.advanceTimersByTime(DELAY);
    expect(openedMarks()).toEqual(['A', 'B']);
    expect(reader.closes).toBe(0);
  });

  it('does not replace the open card when the pointer comes back to its term from another', () => {
    start();
    openA();
    moveAndLook(ON_B);
    vi.advanceTimersByTime(DELAY / 2);
    moveAndLook(ON_A);
    vi.advanceTimersByTime(5 * DELAY);
    expect(openedMarks()).toEqual(['A']);
    expect(reader.ui.openMark()).toBe('A');
  });

  it('does not reopen a card closed otherwise while the pointer stays on its term, only once it comes back', () => {
    start();
    openA();
    reader.ui.close(); // Esc, or a click
    moveAndLook({ x: 12, y: 10 });
    vi.advanceTimersByTime(5 * DELAY);
    expect(openedMarks()).toEqual(['A']);
    moveAndLook(NOWHERE);
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY);
    expect(openedMarks()).toEqual(['A', 'A']);
  });

  it('after a trip to another term and back, a card closed otherwise stays closed while the pointer rests', () => {
    start();
    openA();
    moveAndLook(ON_B);
    moveAndLook(ON_A);
    reader.ui.close();
    moveAndLook({ x: 12, y: 10 });
    vi.advanceTimersByTime(5 * DELAY);
    expect(openedMarks()).toEqual(['A']);
  });
});

describe('closing after the pointer leaves', () => {
  it('closes a grace time after the pointer has left the term, not at once', () => {
    start();
    openA();
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(299);
    expect(reader.closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(reader.closes).toBe(1);
  });

  it('takes the grace time from its options', () => {
    start({ closeDelay: 1000 });
    openA();
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(999);
    expect(reader.closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(reader.closes).toBe(1);
  });

  it('keeps the card when the pointer comes back to its term within the grace time', () => {
    start();
    openA();
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(100);
    moveAndLook(ON_A);
    vi.advanceTimersByTime(10 * DELAY);
    expect(reader.closes).toBe(0);
    expect(openedMarks()).toEqual(['A']);
  });

  it('keeps the card while the pointer travels into it, and closes after the pointer leaves it too', () => {
    start();
    openA();
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(100);
    move({ x: 60, y: 60 }, 'mouse', reader.card.querySelector('button')!);
    vi.advanceTimersByTime(10 * DELAY);
    expect(reader.closes).toBe(0);
    moveAndLook(NOWHERE);
    vi.advanceTimersByTime(300);
    expect(reader.closes).toBe(1);
  });

  it('does not ask to close when no card is open', () => {
    start();
    moveAndLook(ON_A);
    moveAndLook(NOWHERE);
    document.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(10 * DELAY);
    expect(reader.closes).toBe(0);
  });

  it('leaving the page cancels a card about to open and closes an open one after the grace time', () => {
    start();
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY / 2);
    document.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(5 * DELAY);
    expect(reader.opened).toEqual([]);
    openA();
    document.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(299);
    expect(reader.closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(reader.closes).toBe(1);
  });

  it('opens nothing for a move on a term that the page was left right after, in the same frame', () => {
    start();
    move(ON_A);
    document.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(FRAME + 5 * DELAY);
    expect(reader.opened).toEqual([]);
  });

  it('opens nothing for a term crossed on the way into the card, in the frame the card was entered', () => {
    start();
    openA();
    move(ON_B);
    move({ x: 60, y: 60 }, 'mouse', reader.card.querySelector('button')!);
    vi.advanceTimersByTime(FRAME + 5 * DELAY);
    expect(openedMarks()).toEqual(['A']);
  });
});

describe('stopping', () => {
  it('does nothing more once its signal is aborted: no pending open, close or frame', () => {
    start();
    openA();
    moveAndLook(NOWHERE);
    move(ON_B);
    controller.abort();
    vi.advanceTimersByTime(10 * DELAY);
    expect(openedMarks()).toEqual(['A']);
    expect(reader.closes).toBe(0);
    move(ON_B);
    vi.advanceTimersByTime(10 * DELAY);
    expect(openedMarks()).toEqual(['A']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("a page's made-up pointer", () => {
  it('asks, prepares and opens nothing, unless the events are taken as they are in these tests', () => {
    reader = fakeReader(document, BOXES);
    controller = new AbortController();
    // The default: only the person's own pointer counts, and every event here is made up.
    watchHover(window, reader.ui, { openDelay: () => DELAY }, controller.signal);
    moveAndLook(ON_A);
    vi.advanceTimersByTime(DELAY * 2);
    expect({ prefetched: reader.prefetched, prepared: reader.prepared, opened: reader.opened }).toEqual({
      prefetched: [],
      prepared: [],
      opened: [],
    });
    expect(reader.hitTests).toBe(0);
  });
});
