/**
 * Opens, places and closes the one card. Placement is Floating UI's: it flips above or below the
 * term and shifts sideways so the card never leaves the viewport, also at 320 px and 200 % zoom.
 */
import { computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { ReaderRoot } from '../reader-root.ts';
import { announcement, renderCard, type CardContext, type CardSubject } from './card-view.ts';

export interface OpenCard {
  subject: CardSubject;
  anchor: Range;
}

export class CardController {
  readonly element: HTMLElement;
  private current: OpenCard | undefined;
  private returnFocus: Element | null = null;
  private readonly onScroll = (): void => this.follow();

  constructor(
    private readonly root: ReaderRoot,
    private readonly context: () => CardContext,
  ) {
    this.element = root.host.ownerDocument.createElement('div');
    this.element.className = 'card';
    this.element.hidden = true;
    this.element.tabIndex = -1;
    this.element.setAttribute('role', 'dialog');
    root.shadow.append(this.element);
  }

  get open(): OpenCard | undefined {
    return this.current;
  }

  /** Shows `subject` beside `anchor`; `pointer` picks the line of a term that wraps. */
  show(
    subject: CardSubject,
    anchor: Range,
    options: { focus: boolean; announce: boolean; pointer?: { x: number; y: number } },
  ): void {
    const doc = this.root.host.ownerDocument;
    if (options.focus && !this.current) this.returnFocus = doc.activeElement;
    this.current = { subject, anchor };
    this.render(subject);
    this.element.hidden = false;
    void this.place(anchor, options.pointer);
    doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    if (options.announce) this.root.announce(announcement(subject, this.context()));
    if (options.focus) this.element.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.current) return;
    this.current = undefined;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.root.host.ownerDocument.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back instanceof HTMLElement && this.root.shadow.activeElement) back.focus({ preventScroll: true });
  }

  /** Re-renders in place (after a language change). */
  refresh(): void {
    if (this.current) this.render(this.current.subject);
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && (this.element.contains(target) || target === this.root.host);
  }

  private render(subject: CardSubject): void {
    const base = this.context();
    renderCard(this.element, subject, {
      ...base,
      onRelated: (entryId) => {
        if (!this.current) return;
        this.current = { ...this.current, subject: { kind: 'entry', entryId } };
        this.render(this.current.subject);
        void this.place(this.current.anchor);
        this.element.focus({ preventScroll: true });
      },
      onClose: () => this.close(),
    });
  }

  private async place(anchor: Range, pointer?: { x: number; y: number }): Promise<void> {
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const { x, y } = await computePosition(reference, this.element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight, elements }) => {
            // The viewport's client width leaves out a scrollbar; 100vw in the stylesheet does not.
            const view = elements.floating.ownerDocument.documentElement.clientWidth;
            elements.floating.style.maxWidth = `${Math.max(160, Math.min(380, view - 16))}px`;
            elements.floating.style.maxHeight = `${Math.max(120, Math.min(480, availableHeight))}px`;
          },
        }),
      ],
    });
    this.element.style.left = `${Math.round(x)}px`;
    this.element.style.top = `${Math.round(y)}px`;
  }

  /** Keeps the card beside its term while scrolling; closes it once the term leaves the viewport. */
  private follow(): void {
    if (!this.current) return;
    const view = this.root.host.ownerDocument.defaultView;
    const rect = this.current.anchor.getBoundingClientRect();
    if (!view || rect.bottom < 0 || rect.top > view.innerHeight || (rect.width === 0 && rect.height === 0)) {
      this.close();
      return;
    }
    void this.place(this.current.anchor);
  }
}
