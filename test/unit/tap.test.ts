// @vitest-environment happy-dom
/** Taps on a happy-dom page: real pointer and click events, marks found by box. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchTaps } from '../../src/page/interactions/tap.ts';
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

let reader: FakeReader<Term>;
let controller: AbortController;
let paragraph: HTMLElement;

/** What a browser sends for a tap, or a click with `pointerType`: down, up, then click. */
function tap(at: { x: number; y: number }, pointerType = 'touch', target: Element = paragraph): void {
  const where = { bubbles: true, clientX: at.x, clientY: at.y };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...where, pointerType }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...where, pointerType }));
  target.dispatchEvent(new MouseEvent('click', where));
}

/** A swipe or a scroll: the browser sends the pointer events but no click. */
function swipe(from: { x: number; y: number }, to: { x: number; y: number }): void {
  paragraph.dispatchEvent(
    new PointerEvent('pointerdown', {
      bubbles: true,
      pointerType: 'touch',
      clientX: from.x,
      clientY: from.y,
    }),
  );
  paragraph.dispatchEvent(
    new PointerEvent('pointermove', { bubbles: true, pointerType: 'touch', clientX: to.x, clientY: to.y }),
  );
  paragraph.dispatchEvent(
    new PointerEvent('pointercancel', { bubbles: true, pointerType: 'touch', clientX: to.x, clientY: to.y }),
  );
}

const openedMarks = (): Term[] => reader.opened.map((o) => o.mark);

beforeEach(() => {
  paragraph = document.createElement('p');
  paragraph.textContent = 'Chiều 12/3, UBND xã Bản Hon tổ chức hội nghị triển khai nhiệm vụ năm.';
  document.body.append(paragraph);
  reader = fakeReader(document, BOXES);
  controller = new AbortController();
  watchTaps(window, reader.ui, controller.signal, ANY_EVENT);
});
afterEach(() => {
  controller.abort();
  paragraph.remove();
  reader.card.remove();
});

describe('touch', () => {
  it('opens the card of a tapped term where it was tapped, announced but without taking focus', () => {
    tap(ON_A);
    expect(reader.opened).toEqual([{ mark: 'A', how: { focus: false, announce: true, pointer: ON_A } }]);
  });

  it('moves to another tapped term, and leaves the card alone when its own term is tapped again', () => {
    tap(ON_A);
    tap(ON_A);
    expect(openedMarks()).toEqual(['A']);
    tap(ON_B);
    expect(openedMarks()).toEqual(['A', 'B']);
    expect(reader.closes).toBe(0);
  });

  it('closes the card on a tap anywhere else, and does nothing for such a tap when no card is open', () => {
    tap(NOWHERE);
    expect(reader.closes).toBe(0);
    tap(ON_A);
    tap(NOWHERE);
    expect(reader.closes).toBe(1);
    expect(reader.ui.openMark()).toBeUndefined();
  });

  it('leaves the card open for a tap inside it', () => {
    tap(ON_A);
    tap(ON_A, 'touch', reader.card.querySelector('button')!);
    expect(reader.closes).toBe(0);
    expect(openedMarks()).toEqual(['A']);
  });

  it("asks for a term's text as the finger comes down, before the click, and not for its open card", () => {
    swipe(ON_A, NOWHERE);
    expect(reader.prefetched).toEqual(['A']);
    swipe(NOWHERE, ON_A);
    expect(reader.prefetched).toEqual(['A']);
    tap(ON_B);
    tap(ON_B);
    expect(reader.prefetched).toEqual(['A', 'B']);
  });

  it('opens nothing and closes nothing for a swipe or a scroll, which brings no click', () => {
    swipe(ON_A, ON_B);
    expect(reader.opened).toEqual([]);
    tap(ON_A);
    swipe(NOWHERE, ON_B);
    expect(openedMarks()).toEqual(['A']);
    expect(reader.closes).toBe(0);
  });
});

describe('mouse and pen', () => {
  it('never opens a card on a click (hover does that), but a click outside the card closes it', () => {
    tap(ON_A, 'mouse');
    tap(ON_B, 'pen');
    expect(reader.opened).toEqual([]);
    // Hover asks ahead for these pointers; a press does not ask again.
    expect(reader.prefetched).toEqual([]);
    tap(ON_A);
    tap(ON_B, 'mouse');
    expect(openedMarks()).toEqual(['A']);
    expect(reader.closes).toBe(1);
  });

  it('goes by the pointer of the latest press: a touch after a mouse click opens, a click after a tap does not', () => {
    tap(NOWHERE, 'mouse');
    tap(ON_A);
    expect(openedMarks()).toEqual(['A']);
    tap(ON_B, 'mouse');
    expect(openedMarks()).toEqual(['A']);
  });

  it('sees the press even when the page stops it on its way down', () => {
    paragraph.addEventListener('pointerdown', (event) => event.stopPropagation());
    tap(ON_A);
    expect(openedMarks()).toEqual(['A']);
  });
});

it('does nothing more once its signal is aborted', () => {
  tap(ON_A);
  controller.abort();
  tap(NOWHERE);
  tap(ON_B);
  expect(openedMarks()).toEqual(['A']);
  expect(reader.closes).toBe(0);
});

it("opens nothing for a tap a page's script makes up", () => {
  controller.abort();
  controller = new AbortController();
  // The default filter: only the person's own touches count, and every event here is made up.
  watchTaps(window, reader.ui, controller.signal);
  tap(ON_A);
  expect(reader.opened).toEqual([]);
  expect(reader.hitTests).toBe(0);
});
