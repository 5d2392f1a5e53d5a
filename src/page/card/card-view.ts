/**
 * Lays out a card from its model. The model arrives from the background already in the
 * reader's language; every piece of it enters the DOM as a text node, and only web links
 * become anchors: nothing here ever parses HTML.
 */
import type { CardModel } from '../../messages/card-messages.ts';
import type { InputFilter } from '../interactions/person-input.ts';

export interface CardActions {
  /** A related term was chosen inside the card. */
  onRelated(entryId: string): void;
  onClose(): void;
  /**
   * Which clicks the card's buttons answer. In a page, only the person's own: the card's shadow
   * root is open, so the page's script can reach its buttons and click them.
   */
  accepts: InputFilter;
}

/** Runs `action` on a click the card accepts (a click from the keyboard is a click too). */
function onClick(button: HTMLButtonElement, actions: CardActions, action: () => void): void {
  button.addEventListener('click', (event) => {
    if (actions.accepts(event)) action();
  });
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function webLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function sourcesList(doc: Document, model: CardModel): HTMLElement[] {
  if (model.sources.length === 0) return [];
  const list = el(doc, 'ul', 'sources');
  for (const source of model.sources) {
    const item = el(doc, 'li');
    const href = webLink(source.url);
    if (href) {
      const link = el(doc, 'a', undefined, source.name);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    } else {
      item.append(source.name);
    }
    item.append(` (${source.seen})`);
    list.append(item);
  }
  return [el(doc, 'p', 'section-title', model.words.sources), list];
}

function relatedButtons(doc: Document, model: CardModel, actions: CardActions): HTMLElement[] {
  if (model.related.length === 0) return [];
  const row = el(doc, 'div', 'related');
  for (const other of model.related) {
    const button = el(doc, 'button', 'related-term', other.label);
    button.type = 'button';
    onClick(button, actions, () => actions.onRelated(other.entryId));
    row.append(button);
  }
  return [el(doc, 'p', 'section-title', model.words.related), row];
}

function codeRows(doc: Document, rows: readonly (readonly [string, string])[]): HTMLElement {
  const list = el(doc, 'dl', 'code');
  for (const [name, value] of rows)
    list.append(el(doc, 'dt', undefined, name), el(doc, 'dd', undefined, value));
  return list;
}

function actionRow(
  doc: Document,
  model: CardModel,
  actions: CardActions,
  ...extra: HTMLElement[]
): HTMLElement {
  const row = el(doc, 'div', 'actions');
  const close = el(doc, 'button', 'close', model.words.close);
  close.type = 'button';
  onClick(close, actions, () => actions.onClose());
  row.append(...extra, close);
  return row;
}

function moreSection(doc: Document, model: CardModel, actions: CardActions): HTMLElement[] {
  const rest = [...sourcesList(doc, model), ...relatedButtons(doc, model, actions)];
  if (model.long === undefined && rest.length === 0) return [actionRow(doc, model, actions)];
  const long = el(doc, 'div', 'long');
  long.hidden = true;
  long.id = 'card-long';
  if (model.long !== undefined) long.append(el(doc, 'p', undefined, model.long));
  long.append(...rest);
  const more = el(doc, 'button', 'more', model.words.more);
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', 'card-long');
  onClick(more, actions, () => {
    long.hidden = !long.hidden;
    more.setAttribute('aria-expanded', String(!long.hidden));
    more.textContent = long.hidden ? model.words.more : model.words.less;
  });
  return [long, actionRow(doc, model, actions, more)];
}

/** Fills `card` with the model's explanation, replacing what it held. */
export function renderCard(card: HTMLElement, model: CardModel, actions: CardActions): void {
  const doc = card.ownerDocument;
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'term', model.term), el(doc, 'span', 'category', model.kind));
  const parts: HTMLElement[] = [head];
  if (model.code) parts.push(codeRows(doc, model.code));
  for (const line of model.lines) parts.push(el(doc, 'p', 'expansion', line));
  parts.push(el(doc, 'p', 'short', model.short));
  if (model.note) {
    const note = el(doc, 'p', 'note');
    note.append(el(doc, 'span', 'note-date', model.note.since), model.note.text);
    parts.push(note);
  }
  if (model.caveat !== undefined) parts.push(el(doc, 'p', 'unverified', model.caveat));
  parts.push(...moreSection(doc, model, actions));
  card.replaceChildren(...parts);
  card.removeAttribute('aria-busy');
  card.setAttribute('aria-label', model.label);
}

/** A quiet stand-in while the card's text is on its way: the term alone, marked busy. */
export function renderPlaceholder(card: HTMLElement, term: string): void {
  const doc = card.ownerDocument;
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'term', term), el(doc, 'span', 'category', '…'));
  card.replaceChildren(head);
  card.setAttribute('aria-busy', 'true');
  card.setAttribute('aria-label', term);
}
