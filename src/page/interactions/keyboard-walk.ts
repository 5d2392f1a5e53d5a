/**
 * Keyboard access: Alt+Shift+N and Alt+Shift+P move to the next and previous marked term in
 * reading order, scroll it into view, open its card with focus in it and announce it; Esc closes
 * the card. Keys typed into the page's own fields are never taken. The text of the card one step
 * further on is asked for ahead, so that walking on does not wait for it.
 */
import type { MarkUi } from './mark-ui.ts';

export const WALK_KEYS = { next: 'KeyN', previous: 'KeyP' } as const;

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
): void {
  let position: M | undefined;
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && ui.openMark() !== undefined) {
        ui.close();
        return;
      }
      const direction = event.code === WALK_KEYS.next ? 1 : event.code === WALK_KEYS.previous ? -1 : 0;
      if (direction === 0 || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.defaultPrevented || (isEditable(event.target) && !ui.inCard(event.target))) return;
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
