/** What the pointer, touch and keyboard controllers may ask of the reader on the page. */
export interface MarkUi<M> {
  markAtPoint(x: number, y: number): M | undefined;
  open(mark: M, how: { focus: boolean; announce: boolean; pointer?: { x: number; y: number } }): void;
  close(): void;
  /**
   * Starts getting the mark's card text without showing anything: the pointer has come to rest
   * on it, so the card can open at the end of the hover delay instead of waiting for it then.
   */
  prefetch(mark: M): void;
  /** The mark whose card is open, if any. */
  openMark(): M | undefined;
  /** Whether an event target is inside the card. */
  inCard(target: EventTarget | null): boolean;
}
