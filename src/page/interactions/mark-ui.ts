/** What the pointer, touch and keyboard controllers may ask of the reader on the page. */
export interface MarkUi<M> {
  markAtPoint(x: number, y: number): M | undefined;
  open(mark: M, how: { focus: boolean; announce: boolean; pointer?: { x: number; y: number } }): void;
  close(): void;
  /**
   * Starts getting the mark's card text without showing anything: the pointer has come to rest
   * on it, or the keyboard walk is one step before it, so its card can open without a wait.
   */
  prefetch(mark: M): void;
  /** The mark whose card is open, if any. */
  openMark(): M | undefined;
  /** Whether an event target is inside the card. */
  inCard(target: EventTarget | null): boolean;
}
