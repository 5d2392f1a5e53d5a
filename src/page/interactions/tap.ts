/**
 * Touch screens have no hover: a tap on a term opens its card, a tap anywhere else closes it.
 * It listens to `click`, which the browser does not fire for a scroll or a swipe, so nothing
 * opens while the reader scrolls. Mouse clicks outside the card close it too. The card's text is
 * asked for as the finger comes down, and is usually there by the click.
 */
import type { MarkUi } from './mark-ui.ts';
import { fromPerson, type InputFilter } from './person-input.ts';

export function watchTaps<M>(
  view: Window,
  ui: MarkUi<M>,
  signal: AbortSignal,
  accepts: InputFilter = fromPerson,
): void {
  let lastPointerType = 'mouse';
  view.addEventListener(
    'pointerdown',
    (event) => {
      if (!accepts(event)) return;
      lastPointerType = event.pointerType;
      // The finger lifts a tenth of a second or so later: the card's text is asked for now, so
      // that the click finds it here. A press that becomes a scroll has only asked for a text.
      if (event.pointerType !== 'touch') return;
      const mark = ui.markAtPoint(event.clientX, event.clientY);
      if (mark !== undefined && mark !== ui.openMark()) ui.prefetch(mark);
    },
    { passive: true, capture: true, signal },
  );
  view.addEventListener(
    'click',
    (event) => {
      if (!accepts(event) || ui.inCard(event.target)) return;
      if (lastPointerType === 'touch') {
        const mark = ui.markAtPoint(event.clientX, event.clientY);
        if (mark !== undefined) {
          if (mark !== ui.openMark())
            ui.open(mark, { focus: false, announce: true, pointer: { x: event.clientX, y: event.clientY } });
          return;
        }
      }
      if (ui.openMark() !== undefined) ui.close();
    },
    { passive: true, signal },
  );
}
