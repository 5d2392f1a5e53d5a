/** A full card inside the panel: the page's card layout, in the panel's own document. */
import type { Lang } from '../i18n/messages.ts';
import type { CardSubject } from '../messages/card-messages.ts';
import { renderCard } from '../page/card/card-view.ts';
import { h } from '../ui/dom.ts';
import { cardFor } from './glossary-data.ts';

export interface EntryCardActions {
  onRelated(entryId: string): void;
  onClose(): void;
}

/** The card for `subject`, or undefined when there is nothing to explain. */
export function entryCard(
  subject: CardSubject,
  lang: Lang,
  actions: EntryCardActions,
): HTMLElement | undefined {
  const model = cardFor(subject, lang);
  if (!model) return undefined;
  const card = h('section', { className: 'card', attrs: { 'data-subject': subject.kind } });
  // The panel is the extension's own page: no site script runs in it, so every click is the reader's.
  renderCard(card, model, { ...actions, accepts: () => true });
  return card;
}
