/**
 * Keyboard access: Alt+Shift+N and Alt+Shift+P move to the next and previous marked term in
 * reading order, scroll it into view, open its card with focus in it and announce it; Esc closes
 * the card. Keys typed into the page's own fields are never taken. The text of the card one step
 * further on is asked for ahead, so that walking on does not wait for it; and the first step's,
 * as soon as Alt and Shift are both held, so that the first card does not wait either.
 */
import type { MarkUi } from './mark-ui.ts';
import { fromPerson, type InputFilter } from './person-input.ts';

export const WALK_KEYS = { next: 'KeyN', previous: 'KeyP' } as const;

/**
 * Read from the key's place, like the letter: pressed after Shift, Alt reports the key "Meta" on
 * some Linux desktops.
 */
const MODIFIER_CODES: ReadonlySet<string> = new Set(['AltLeft', 'AltRight', 'ShiftLeft', 'ShiftRight']);

/** Alt and Shift held, and neither Ctrl nor Meta: the walk's modifiers, for its chord and its letters. */
function holdsWalkModifiers(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
}

/** Alt and Shift now both down, and nothing else: the walk's chord, short of its letter. */
function completesChord(event: KeyboardEvent): boolean {
  return MODIFIER_CODES.has(event.code) && holdsWalkModifiers(event) && !event.repeat;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
    )
  ) {
    return true;
  }
  return target instanceof HTMLElement && target.isContentEditable;
}

export interface WalkHandlers<M> {
  step(current: M | undefined, direction: 1 | -1): M | undefined;
  scrollTo(mark: M): void;
}

export function watchKeyboard<M>(
  view: Window,
  ui: MarkUi<M>,
  walk: WalkHandlers<M>,
  signal: AbortSignal,
  accepts: InputFilter = fromPerson,
): void {
  let position: M | undefined;
  /**
   * Whether the walk may have the key. Where it was typed is read from the event's path: at the
   * window, a field inside the page's own (open) shadow root would look like its host.
   */
  const taken = (event: KeyboardEvent): boolean => {
    if (event.defaultPrevented) return false;
    const origin = event.composedPath()[0] ?? event.target;
    return !isEditable(origin) || ui.inCard(origin);
  };
  /**
   * A person holds the modifiers a moment before the letter, and a card's text comes back in
   * about 35 ms here: the letter then finds it (the bench holds them 50 ms). The letter is not
   * known yet, so both ways are asked for; the way forward, the usual one, is also made ready
   * (the first card is laid out ahead, unseen).
   */
  const readyFirstSteps = (): void => {
    const from = ui.openMark() ?? position;
    const forward = walk.step(from, 1);
    const backward = walk.step(from, -1);
    for (const mark of [forward, backward]) {
      if (mark !== undefined && mark !== ui.openMark()) ui.prefetch(mark);
    }
    if (forward !== undefined && ui.openMark() === undefined) ui.prepare(forward);
  };
  view.addEventListener(
    'keydown',
    (event) => {
      if (!accepts(event)) return;
      if (event.key === 'Escape' && ui.openMark() !== undefined) {
        ui.close();
        return;
      }
      if (completesChord(event)) {
        if (taken(event)) readyFirstSteps();
        return;
      }
      const direction = event.code === WALK_KEYS.next ? 1 : event.code === WALK_KEYS.previous ? -1 : 0;
      if (direction === 0 || !holdsWalkModifiers(event)) return;
      if (!taken(event)) return;
      const next = walk.step(ui.openMark() ?? position, direction);
      if (next === undefined) return;
      event.preventDefault();
      position = next;
      walk.scrollTo(next);
      ui.open(next, { focus: true, announce: true });
      // The reader walking on is likely to press again: the next term's text is asked for now.
      const ahead = walk.step(next, direction);
      if (ahead !== undefined && ahead !== next) ui.prefetch(ahead);
    },
    { signal },
  );
}
