/**
 * Opens a card when the mouse rests on a term, not when it only passes over: a short delay that
 * restarts whenever the pointer reaches another term or leaves one. The card stays while the
 * pointer travels into it, and closes shortly after the pointer has left both. The card's text
 * is asked for as soon as the pointer reaches a term, and the card made ready halfway through
 * the delay, so that it opens when the delay ends instead of waiting then.
 */
import type { MarkUi } from './mark-ui.ts';
import { fromPerson, type InputFilter } from './person-input.ts';

export interface HoverOptions {
  openDelay: () => number;
  closeDelay?: number;
  /** The events it answers to: the person's own, unless a test says otherwise. */
  accepts?: InputFilter;
}

export function watchHover<M>(view: Window, ui: MarkUi<M>, options: HoverOptions, signal: AbortSignal): void {
  let candidate: M | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last = { x: 0, y: 0 };
  const closeDelay = options.closeDelay ?? 300;
  const accepts = options.accepts ?? fromPerson;

  const stopTimers = (): void => {
    clearTimeout(openTimer);
    clearTimeout(prepareTimer);
  };
  /** Forgets the term about to open and any look not yet taken: the pointer has gone elsewhere. */
  const cancelOpen = (): void => {
    stopTimers();
    candidate = undefined;
    if (frame !== 0) view.cancelAnimationFrame(frame);
    frame = 0;
  };
  const cancelClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = (): void => {
    if (closeTimer !== undefined || ui.openMark() === undefined) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      ui.close();
    }, closeDelay);
  };

  const examine = (): void => {
    frame = 0;
    const mark = ui.markAtPoint(last.x, last.y);
    if (mark === undefined) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (mark === ui.openMark()) {
      // Back on the open card's term: a term passed on the way must not replace it.
      stopTimers();
      candidate = mark;
      cancelClose();
      return;
    }
    if (mark === candidate) return;
    candidate = mark;
    stopTimers();
    // The question for the card's text goes out now, and its answer comes back within the delay.
    ui.prefetch(mark);
    const delay = options.openDelay();
    // Halfway, a pointer still there is resting, not crossing: the card may be made ready.
    prepareTimer = setTimeout(() => {
      if (candidate === mark) ui.prepare(mark);
    }, delay / 2);
    openTimer = setTimeout(() => {
      if (candidate !== mark) return;
      cancelClose();
      ui.open(mark, { focus: false, announce: false, pointer: { ...last } });
    }, delay);
  };

  view.addEventListener(
    'pointermove',
    (event) => {
      if (!accepts(event) || event.pointerType === 'touch') return;
      if (ui.inCard(event.target)) {
        cancelClose();
        cancelOpen();
        return;
      }
      last = { x: event.clientX, y: event.clientY };
      // One hit test per frame at most, however fast the mouse moves.
      if (frame === 0) frame = view.requestAnimationFrame(examine);
    },
    { passive: true, signal },
  );
  view.document.addEventListener(
    'pointerleave',
    (event) => {
      if (!accepts(event)) return;
      cancelOpen();
      scheduleClose();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    cancelOpen();
    clearTimeout(closeTimer);
  });
}
