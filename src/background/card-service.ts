/**
 * Serves cards to pages. The bundled glossary is read once per worker start; the browser may
 * stop the worker at any time, and the next request simply starts it again.
 */
import { buildCardModel, type CardSources } from '../cards/build-card-model.ts';
import { GLOSSARY_BY_ID } from '../glossary/index.ts';
import { formatDate } from '../core/format-date.ts';
import type { CardModel, CardRequest } from '../messages/card-messages.ts';
import type { EntrySummary, SummariesAnswer, SummariesRequest } from '../messages/entry-messages.ts';
import { termFinder } from './term-finder.ts';

let sources: CardSources | undefined;

function cardSources(): CardSources {
  if (sources) return sources;
  const finder = termFinder();
  const built: CardSources = {
    byId: GLOSSARY_BY_ID,
    entryForCode: (canonical) => finder.entryForCode(canonical),
    formatDate: (iso, lang) => formatDate(iso, lang),
  };
  sources = built;
  return built;
}

export function answerCard(request: CardRequest): CardModel | undefined {
  return buildCardModel(request.subject, request.lang, cardSources());
}

export function answerSummaries(request: SummariesRequest): SummariesAnswer {
  const { byId } = cardSources();
  const entries = [...new Set(request.ids)].flatMap((id): EntrySummary[] => {
    const entry = byId.get(id);
    if (!entry) return [];
    return [
      {
        id: entry.id,
        terms: entry.terms.length > 0 ? entry.terms.slice(0, 60) : [entry.id],
        category: entry.category,
        ...(entry.expansion ? { expansion: entry.expansion } : {}),
        vi: { short: entry.vi.short },
        en: { short: entry.en.short },
      },
    ];
  });
  return { type: 'entry-summaries', entries };
}
