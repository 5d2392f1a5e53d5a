/**
 * The figure rules' word lists, kept as data in lexicon/*.json, each list with the reason it
 * exists. They describe how Vietnamese builds phrases around numbers (function words that
 * close a noun phrase, verbs whose object a number can be, words that turn a number into a
 * name or a reference), not any one article.
 *
 * Built on first use, not at import, and each list on its own first use: a page's figures are
 * read in the background, which may need only some lists for a short text. The popup and the
 * panel, which show figures already read, load none of this (report-words.ts).
 */

import bounds from './lexicon/phrase-bounds.json' with { type: 'json' };
import quantity from './lexicon/quantity.json' with { type: 'json' };
import references from './lexicon/references.json' with { type: 'json' };
import timeline from './lexicon/timeline.json' with { type: 'json' };
import verbs from './lexicon/verbs.json' with { type: 'json' };
import words from './lexicon/words.json' with { type: 'json' };
import { multiplierWords, totalWords } from './report-words.ts';
import { keySet, valuesByKey } from './syllable-key.ts';

interface PhraseList {
  why: string;
  phrases: string[];
}

type PhraseLists = typeof bounds &
  typeof references &
  typeof timeline &
  typeof verbs &
  Omit<typeof quantity, 'SYMBOL_UNITS'> &
  Omit<typeof words, 'NUMBER_WORDS'>;

export type Lexicon = { readonly [Name in keyof PhraseLists]: ReadonlySet<string> } & {
  /** Words that name a total (report-words.ts). */
  readonly TOTALS: ReadonlySet<string>;
  /** Scale words by phrase key, with their factors. */
  readonly MULTIPLIERS: ReadonlyMap<string, number>;
  /** Number words by phrase key, with their values. */
  readonly NUMBER_WORDS: ReadonlyMap<string, number>;
  /** Unit symbols as written: case tells "MW" from "mW", "5G" (a name) from "500g". */
  readonly SYMBOL_UNITS: ReadonlySet<string>;
};

function build(): Lexicon {
  const { SYMBOL_UNITS, ...quantityLists } = quantity;
  const { NUMBER_WORDS, ...wordLists } = words;
  const lists: Record<string, PhraseList> = {
    ...bounds,
    ...references,
    ...timeline,
    ...verbs,
    ...quantityLists,
    ...wordLists,
  };
  // Each list is keyed on its first use. The two a report's figures are shown with
  // (lexicon/report-words.json) are built by report-words.ts, once for the reader and the popup.
  const keyed: Record<string, unknown> = {};
  const lazily = (name: string, make: () => unknown): void => {
    Object.defineProperty(keyed, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = make();
        Object.defineProperty(keyed, name, { value, enumerable: true });
        return value;
      },
    });
  };
  for (const [name, list] of Object.entries(lists)) lazily(name, () => keySet(list.phrases));
  lazily('TOTALS', totalWords);
  lazily('MULTIPLIERS', multiplierWords);
  lazily('NUMBER_WORDS', () => valuesByKey(NUMBER_WORDS.values));
  lazily('SYMBOL_UNITS', () => new Set(SYMBOL_UNITS.phrases));
  return keyed as Lexicon;
}

let built: Lexicon | undefined;

export function lexicon(): Lexicon {
  built ??= build();
  return built;
}

/** Whether the lists have been built yet (the content script must not build them at start). */
export function lexiconBuilt(): boolean {
  return built !== undefined;
}
