/**
 * The glossary as the panel holds it: the panel bundles it (search and "Explain this" run here,
 * off the page), and builds each structure once, when first needed.
 */
import { buildCardModel, type CardSources } from '../cards/build-card-model.ts';
import { buildGlossarySearch, type GlossarySearch } from '../core/glossary-search.ts';
import type { TermFinder } from '../core/match-index.ts';
import { buildTermMatcher } from '../core/term-matcher.ts';
import { GLOSSARY, GLOSSARY_BY_ID } from '../glossary/index.ts';
import { formatDate } from '../core/format-date.ts';
import type { Lang } from '../i18n/messages.ts';
import type { CardModel, CardSubject } from '../messages/card-messages.ts';

let finder: TermFinder | undefined;
let search: GlossarySearch | undefined;

export function panelFinder(): TermFinder {
  finder ??= buildTermMatcher(GLOSSARY);
  return finder;
}

export function panelSearch(): GlossarySearch {
  search ??= buildGlossarySearch(GLOSSARY);
  return search;
}

const sources = (): CardSources => ({
  byId: GLOSSARY_BY_ID,
  entryForCode: (canonical) => panelFinder().entryForCode(canonical),
  formatDate: (iso, lang) => formatDate(iso, lang),
});

export function cardFor(subject: CardSubject, lang: Lang): CardModel | undefined {
  return buildCardModel(subject, lang, sources());
}

export { GLOSSARY, GLOSSARY_BY_ID };
