/**
 * Opens, places and closes the one card. Placement (place-card.ts) puts it under the term, or
 * above when there is more room, and shifts it sideways so it never leaves the viewport, also
 * at 320 px and 200 % zoom.
 */
import type { ReaderRoot } from '../reader-root.ts';
import type { CardModel, CardSubject } from '../../messages/card-messages.ts';
import { fromPerson, type InputFilter } from '../interactions/person-input.ts';
import { renderCard, renderPlaceholder } from './card-view.ts';
import { maxCardWidth, placeCard } from './place-card.ts';

export interface OpenCard {
  subject: CardSubject;
  anchor: Range;
}

/** Where the card's text comes from: asked for each card, answered from a cache when it can. */
export interface CardTexts {
  /** The model if it is already known (no wait, no flicker). */
  cached(subject: CardSubject): CardModel | undefined;
  /** The model, fetched; undefined when it cannot be had (the extension went away). */
  fetch(subject: CardSubject): Promise<CardModel | undefined>;
}

/**
 * Performance marks the bench reads: a card asked of the background, and a card shown (also one
 * whose text was already here, as after the hover's early question).
 */
export const CARD_MARKS = {
  requested: 'laichau-reader:card-requested',
  shown: 'laichau-reader:card-shown',
} as const;

/** How long a card may wait for its text before a placeholder shows. */
const PLACEHOLDER_AFTER_MS = 120;

export interface ShowOptions {
  focus: boolean;
  announce: boolean;
  /** Picks the line of a term that wraps. */
  pointer?: { x: number; y: number };
  /**
   * Called once the card (or its placeholder) is on the page. The term's own highlight waits for
   * it: drawn at the question, it would cost the page a frame while the answer is on its way
   * (33 ms at a 4× throttle on the seed), and the answer would wait for that frame.
   */
  onShown?: () => void;
}

function titleOf(subject: CardSubject): string {
  return subject.kind === 'entry' ? (subject.written ?? subject.entryId) : subject.text;
}

export class CardController {
  private built: HTMLElement | undefined;
  private current: OpenCard | undefined;
  private returnFocus: Element | null = null;
  private readonly onScroll = (): void => this.follow();

  /** Bumped by every show and close, so a late answer for an older card is dropped. */
  private ticket = 0;

  /** Whether a card has been laid out once (see warmUp). */
  private warm = false;

  /** The subject last made ready (see prepare): a later answer for another is not laid out. */
  private preparing: CardSubject | undefined;

  constructor(
    doc: Document,
    private readonly root: ReaderRoot,
    private readonly texts: CardTexts,
    /** Which clicks on the card's buttons count (tests on a simulated page pass their own). */
    private readonly accepts: InputFilter = fromPerson,
  ) {
    this.doc = doc;
  }

  private readonly doc: Document;

  /** The card's element, made (with the reader's root) when the first card opens. */
  get element(): HTMLElement {
    if (this.built) return this.built;
    const element = this.doc.createElement('div');
    element.className = 'card';
    element.hidden = true;
    element.tabIndex = -1;
    element.setAttribute('role', 'dialog');
    this.root.shadow.append(element);
    this.built = element;
    return element;
  }

  get open(): OpenCard | undefined {
    return this.current;
  }

  /** Asks for the subject's text ahead of showing it; the answer waits in the texts' cache. */
  prefetch(subject: CardSubject): void {
    if (!this.texts.cached(subject)) void this.texts.fetch(subject);
  }

  /**
   * The subject's card is about to open (the pointer rests on its term, or the walk's keys are
   * held): before the page's first card, it is laid out once, unseen, as soon as its text is here.
   */
  prepare(subject: CardSubject): void {
    if (this.warm) return;
    this.preparing = subject;
    const known = this.texts.cached(subject);
    if (known) {
      this.warmUp(known);
      return;
    }
    void this.texts.fetch(subject).then((model) => {
      if (model && this.preparing === subject) this.warmUp(model);
    });
  }

  /**
   * Before the first card opens, lays one out where nobody sees it, and removes it. A page's
   * first card costs its fonts and text shaping (about 7 ms of a 10 ms layout at full speed, four
   * times that on a phone): paid here, inside the hover delay, it is not paid when the card opens.
   */
  private warmUp(model: CardModel): void {
    if (this.warm || this.current) return;
    this.warm = true;
    const element = this.element;
    const stage = this.doc.createElement('div');
    stage.className = element.className;
    stage.setAttribute('aria-hidden', 'true');
    stage.inert = true;
    stage.style.visibility = 'hidden';
    stage.style.pointerEvents = 'none';
    renderCard(stage, model, { onRelated: () => undefined, onClose: () => undefined, accepts: () => false });
    element.after(stage);
    void stage.offsetWidth;
    stage.remove();
  }

  /** Shows `subject` beside `anchor`. */
  show(subject: CardSubject, anchor: Range, options: ShowOptions): void {
    const doc = this.doc;
    // Focus goes back where it came from when the card closes: remembered whenever the card
    // takes it from the page (also from a card the pointer opened), not when it is already inside.
    if (options.focus && !this.root.holds(doc.activeElement)) this.returnFocus = doc.activeElement;
    this.current = { subject, anchor };
    const ticket = ++this.ticket;
    const ready = this.texts.cached(subject);
    if (ready) {
      this.display(ready, anchor, options);
      performance.mark(CARD_MARKS.shown);
      return;
    }
    performance.mark(CARD_MARKS.requested);
    const placeholder = setTimeout(() => {
      if (ticket !== this.ticket) return;
      renderPlaceholder(this.element, titleOf(subject));
      this.reveal(anchor, options.pointer);
      options.onShown?.();
      if (options.focus) this.element.focus({ preventScroll: true });
    }, PLACEHOLDER_AFTER_MS);
    void this.texts.fetch(subject).then((model) => {
      clearTimeout(placeholder);
      if (ticket !== this.ticket) return;
      if (model) {
        this.display(model, anchor, options);
        performance.mark(CARD_MARKS.shown);
      } else {
        this.close();
      }
    });
  }

  private display(model: CardModel, anchor: Range, options: ShowOptions): void {
    this.warm = true;
    this.render(model);
    this.reveal(anchor, options.pointer);
    options.onShown?.();
    if (options.announce) this.root.announce(model.announcement);
    if (options.focus) this.element.focus({ preventScroll: true });
  }

  private reveal(anchor: Range, pointer?: { x: number; y: number }): void {
    const wasHidden = this.element.hidden;
    this.element.hidden = false;
    this.place(anchor, pointer);
    if (wasHidden) {
      this.doc.defaultView?.addEventListener('scroll', this.onScroll, {
        capture: true,
        passive: true,
      });
    }
  }

  close(): void {
    this.ticket++;
    this.preparing = undefined;
    if (!this.current) return;
    this.current = undefined;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back instanceof HTMLElement && this.root.shadow.activeElement) back.focus({ preventScroll: true });
  }

  /** Fetches the open card again (after a language change). */
  refresh(): void {
    if (this.current) this.show(this.current.subject, this.current.anchor, { focus: false, announce: false });
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.root.holds(target);
  }

  private render(model: CardModel): void {
    renderCard(this.element, model, {
      onRelated: (entryId) => {
        if (!this.current) return;
        this.show({ kind: 'entry', entryId }, this.current.anchor, { focus: true, announce: false });
      },
      onClose: () => this.close(),
      accepts: this.accepts,
    });
  }

  private place(anchor: Range, pointer?: { x: number; y: number }): void {
    const doc = this.doc;
    const view = { width: doc.documentElement.clientWidth, height: doc.defaultView?.innerHeight ?? 0 };
    // The viewport's client width leaves out a scrollbar; 100vw in the stylesheet does not.
    this.element.style.maxWidth = `${maxCardWidth(view.width)}px`;
    this.element.style.maxHeight = '';
    // Measured at the origin, where nothing squeezes it.
    this.element.style.left = '0px';
    this.element.style.top = '0px';
    const size = { width: this.element.offsetWidth, height: this.element.offsetHeight };
    const at = placeCard([...anchor.getClientRects()], size, view, pointer);
    if (!at) return;
    this.element.style.maxHeight = `${at.maxHeight}px`;
    this.element.style.left = `${at.x}px`;
    this.element.style.top = `${at.y}px`;
  }

  /** Keeps the card beside its term while scrolling; closes it once the term leaves the viewport. */
  private follow(): void {
    if (!this.current) return;
    const view = this.doc.defaultView;
    const rect = this.current.anchor.getBoundingClientRect();
    if (!view || rect.bottom < 0 || rect.top > view.innerHeight || (rect.width === 0 && rect.height === 0)) {
      this.close();
      return;
    }
    this.place(this.current.anchor);
  }
}
