/** What the pointer, touch and keyboard controllers may ask of the reader on the page. */
export interface MarkUi<M> {
  markAtPoint(x: number, y: number): M | undefined;
  open(mark: M, how: { focus: boolean; announce: boolean; pointer?: { x: number; y: number } }): void;
  close(): void;
  /**
   * Starts getting the mark's card text, and changes nothing on the page: the pointer has
   * reached the mark, or the keyboard walk is one step before it, so its card can open without
   * waiting for the background.
   */
  prefetch(mark: M): void;
  /**
   * The mark's card is likely to open (the pointer has rested on it for half the hover delay, or
   * the keyboard walk's modifiers are held and it is the first step), so it may be made ready now
   * (the page's first card is laid out ahead, unseen).
   */
  prepare(mark: M): void;
  /** The mark whose card is open, if any. */
  openMark(): M | undefined;
  /** Whether an event target is inside the card. */
  inCard(target: EventTarget | null): boolean;
}
