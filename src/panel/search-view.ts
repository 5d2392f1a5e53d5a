/**
 * The panel's glossary search: a search box, a category to browse, and compact results that
 * open to the full entry. A document code typed into the box is decoded at once, whether or
 * not an entry knows it. Everything runs here, on the glossary the panel bundles.
 */
import { decodeDocumentCode } from '../core/doc-codes.ts';
import { CATEGORIES, type Category, type GlossaryEntry } from '../core/glossary-schema.ts';
import { categoryName, t, type Lang } from '../i18n/messages.ts';
import { h } from '../ui/dom.ts';
import { entryCard } from './entry-card.ts';
import { GLOSSARY_BY_ID, panelSearch } from './glossary-data.ts';
import { listKeys } from './list-keys.ts';

const RESULT_LIMIT = 50;

export interface SearchView {
  element: HTMLElement;
  /** Puts a query in the box and runs it (the panel's "search for" hand-over). */
  setQuery(query: string): void;
  focus(): void;
}

function resultButton(entry: GlossaryEntry, lang: Lang, open: (id: string) => void): HTMLElement {
  const button = h(
    'button',
    { className: 'result', attrs: { type: 'button', 'data-id': entry.id } },
    h('span', { className: 'term-name', text: entry.terms[0] ?? entry.id }),
    h('span', { className: 'count', text: categoryName(lang, entry.category) }),
    h('span', {
      className: 'context',
      text: entry.expansion ? `${entry.expansion[lang]} · ${entry[lang].short}` : entry[lang].short,
    }),
  );
  button.addEventListener('click', () => open(entry.id));
  return h('li', {}, button);
}

export function createSearchView(lang: Lang): SearchView {
  const box = h('input', {
    attrs: { type: 'search', id: 'search-box', autocomplete: 'off', spellcheck: 'false' },
  });
  box.placeholder = t(lang, 'panelSearchHint');
  const category = h('select', { attrs: { id: 'search-category' } });
  category.append(h('option', { text: t(lang, 'panelAllCategories'), attrs: { value: '' } }));
  for (const name of CATEGORIES)
    category.append(h('option', { text: categoryName(lang, name), attrs: { value: name } }));
  const count = h('p', { className: 'result-count', attrs: { role: 'status', 'aria-live': 'polite' } });
  const decoded = h('div', { className: 'decoded' });
  const list = h('ul', { className: 'results', attrs: { 'aria-labelledby': 'search-results-title' } });
  const results = h(
    'section',
    { className: 'search-results' },
    h('h2', { text: t(lang, 'panelResults'), attrs: { id: 'search-results-title' } }),
    list,
  );
  const opened = h('div', { className: 'opened' });
  const element = h(
    'div',
    { className: 'search', attrs: { 'data-view': 'search' } },
    h(
      'div',
      { className: 'search-form', attrs: { role: 'search' } },
      h('label', { text: t(lang, 'panelSearchLabel'), attrs: { for: 'search-box' } }),
      box,
      h('label', { text: t(lang, 'panelCategory'), attrs: { for: 'search-category' } }),
      category,
    ),
    count,
    decoded,
    results,
    opened,
  );
  listKeys(box, list);

  let returnTo: HTMLElement | undefined;
  const showList = (): void => {
    opened.replaceChildren();
    results.hidden = false;
    decoded.hidden = false;
    returnTo?.focus();
  };
  const open = (id: string): void => {
    returnTo = list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`) ?? returnTo;
    const card = entryCard({ kind: 'entry', entryId: id }, lang, { onRelated: open, onClose: showList });
    if (!card) return;
    results.hidden = true;
    decoded.hidden = true;
    card.tabIndex = -1;
    opened.replaceChildren(card);
    card.focus();
  };

  const run = (): void => {
    opened.replaceChildren();
    results.hidden = false;
    decoded.hidden = false;
    const query = box.value.trim();
    const code = query.length > 0 ? decodeDocumentCode(query) : undefined;
    const codeCard = code
      ? entryCard({ kind: 'code', text: query }, lang, { onRelated: open, onClose: () => box.focus() })
      : undefined;
    decoded.replaceChildren(...(codeCard ? [codeCard] : []));
    const chosen = category.value as Category | '';
    let ids: string[];
    if (query.length > 0) {
      ids = panelSearch()
        .search(query, RESULT_LIMIT * 4)
        .map((hit) => hit.id)
        .filter((id) => !chosen || GLOSSARY_BY_ID.get(id)?.category === chosen);
    } else ids = chosen ? panelSearch().inCategory(chosen) : [];
    const entries = ids.slice(0, RESULT_LIMIT).flatMap((id) => GLOSSARY_BY_ID.get(id) ?? []);
    list.replaceChildren(...entries.map((entry) => resultButton(entry, lang, open)));
    results.hidden = entries.length === 0;
    const said =
      query.length === 0 && !chosen
        ? ''
        : entries.length === 0
          ? t(lang, codeCard ? 'panelCodeOnly' : 'panelNoResults')
          : t(lang, 'panelResultCount', String(entries.length));
    count.textContent = said;
    element.dataset.results = String(entries.length);
    element.dataset.code = code ? code.canonical : '';
  };
  box.addEventListener('input', run);
  category.addEventListener('change', run);
  run();
  return {
    element,
    setQuery(query) {
      box.value = query;
      run();
    },
    focus: () => box.focus(),
  };
}
