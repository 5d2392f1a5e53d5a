/**
 * "Explain this": what a selection holds, from the text the context menu handed over. Terms
 * and codes open to their full card; figures are listed with what they count.
 */
import type { SelectionExplanation } from '../core/explain-selection.ts';
import { categoryName, t, type Lang } from '../i18n/messages.ts';
import { explainCode } from '../i18n/explain-code.ts';
import type { CardSubject } from '../messages/card-messages.ts';
import { h } from '../ui/dom.ts';
import { entryCard } from './entry-card.ts';
import { GLOSSARY_BY_ID } from './glossary-data.ts';

function section(title: string, id: string, ...items: HTMLElement[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    h(
      'section',
      { attrs: { 'aria-labelledby': id } },
      h('h2', { text: title, attrs: { id } }),
      h('ul', { className: 'terms' }, ...items),
    ),
  ];
}

export function renderExplanation(found: SelectionExplanation, lang: Lang): HTMLElement {
  const root = h('div', { className: 'explain', attrs: { 'data-view': 'explain' } });
  const opened = h('div', { className: 'opened' });
  const lists = h('div', { className: 'explain-lists' });
  let returnTo: HTMLElement | undefined;
  const back = (): void => {
    opened.replaceChildren();
    lists.hidden = false;
    returnTo?.focus();
  };
  const open = (subject: CardSubject, from?: HTMLElement): void => {
    if (from) returnTo = from;
    const card = entryCard(subject, lang, {
      onRelated: (entryId) => open({ kind: 'entry', entryId }),
      onClose: back,
    });
    if (!card) return;
    lists.hidden = true;
    card.tabIndex = -1;
    opened.replaceChildren(card);
    card.focus();
  };
  const item = (
    label: string,
    detail: string,
    subject: CardSubject | undefined,
    data: string,
  ): HTMLElement => {
    const parts = [
      h('span', { className: 'term-name', text: label }),
      h('span', { className: 'context', text: detail }),
    ];
    if (!subject) return h('li', {}, h('div', { className: 'term', attrs: { 'data-item': data } }, ...parts));
    const button = h(
      'button',
      { className: 'term result', attrs: { type: 'button', 'data-item': data } },
      ...parts,
    );
    button.addEventListener('click', () => open(subject, button));
    return h('li', {}, button);
  };

  const terms = found.terms.flatMap((term) => {
    const entry = GLOSSARY_BY_ID.get(term.id);
    if (!entry) return [];
    const detail = `${categoryName(lang, entry.category)} · ${t(lang, 'popupTimes', String(term.count))} · ${entry[lang].short}`;
    return [item(term.written, detail, { kind: 'entry', entryId: term.id, written: term.written }, term.id)];
  });
  const codes = found.codes.map((code) =>
    item(
      code.text,
      explainCode(code.decoded, lang),
      { kind: 'code', text: code.text },
      code.decoded.canonical,
    ),
  );
  const abbreviations = found.abbreviations.map((a) => item(a.short, a.long, undefined, a.short));
  const figures = found.figures.map((figure) => item(figure.text, figure.label, undefined, figure.text));
  const quote = found.text.length > 300 ? `${found.text.slice(0, 300)}…` : found.text;
  lists.append(
    h('blockquote', { className: 'selection', text: quote }),
    ...section(t(lang, 'popupTerms'), 'explain-terms', ...terms),
    ...section(t(lang, 'popupDocuments'), 'explain-codes', ...codes),
    ...section(t(lang, 'panelAbbreviations'), 'explain-abbreviations', ...abbreviations),
    ...section(t(lang, 'popupFigures'), 'explain-figures', ...figures),
  );
  if (terms.length + codes.length + abbreviations.length + figures.length === 0)
    lists.append(
      h('p', {
        className: 'empty',
        attrs: { 'data-state': 'nothing' },
        text: t(lang, 'panelNothingToExplain'),
      }),
    );
  root.append(lists, opened);
  return root;
}
