/** Card sources over the bundled glossary, as the background builds them, for tests that render real cards. */
import type { CardSources } from '../../src/cards/build-card-model.ts';
import { formatDate } from '../../src/core/format-date.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../src/glossary/index.ts';

const finder = buildTermMatcher(GLOSSARY);

export const GLOSSARY_CARD_SOURCES: CardSources = {
  byId: GLOSSARY_BY_ID,
  entryForCode: (canonical) => finder.entryForCode(canonical),
  formatDate: (iso, lang) => formatDate(iso, lang),
};
