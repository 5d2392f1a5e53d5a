/**
 * Searching the glossary by a half-remembered word: a headword or written form, an
 * abbreviation, what it stands for (in either language), or a word of its one-line
 * explanation. Pure: the panel builds the index once from the entries it bundles.
 */
import type { Category } from './glossary-schema.ts';
import { initialsKey, searchKey } from './search-fold.ts';

export interface SearchableEntry {
  id: string;
  terms: readonly string[];
  category: Category;
  expansion?: { vi: string; en: string };
  vi: { short: string };
  en: { short: string };
}

/** Why an entry was found, best first. */
export type HitReason = 'term' | 'expansion' | 'initials' | 'explanation';

export interface SearchHit {
  id: string;
  reason: HitReason;
  score: number;
}

interface Keys {
  id: string;
  headword: string;
  terms: string[];
  expansions: string[];
  initials: string[];
  explanations: string[];
}

export interface GlossarySearch {
  /** Entries for `query`, best first; nothing for a query that folds to nothing. */
  search(query: string, limit?: number): SearchHit[];
  /** Every entry of one category, in headword order. */
  inCategory(category: Category): string[];
}

/** How well `key` answers `query`: whole, from its start, from a word's start, or not at all. */
function fit(key: string, query: string): number {
  if (key === query) return 3;
  if (key.startsWith(query)) return 2;
  return ` ${key}`.includes(` ${query}`) ? 1 : 0;
}

function best(keys: readonly string[], query: string): number {
  let top = 0;
  for (const key of keys) top = Math.max(top, fit(key, query));
  return top;
}

function scoreOf(keys: Keys, query: string): { reason: HitReason; score: number } | undefined {
  const term = best(keys.terms, query);
  if (term > 0) return { reason: 'term', score: 100 + term * 10 };
  const expansion = best(keys.expansions, query);
  if (expansion > 0) return { reason: 'expansion', score: 70 + expansion * 10 };
  // Initials only for a query that could be an abbreviation: one short word.
  if (!query.includes(' ') && query.length >= 2 && keys.initials.includes(query))
    return { reason: 'initials', score: 60 };
  // Explanations only from a word's start and for three letters or more: "ban" must not
  // bring up every entry whose explanation has "ban" inside a word.
  if (query.length >= 3 && keys.explanations.some((key) => fit(key, query) > 0))
    return { reason: 'explanation', score: 20 };
  return undefined;
}

export function buildGlossarySearch(entries: readonly SearchableEntry[]): GlossarySearch {
  const all: Keys[] = entries.map((entry) => {
    const expansions = entry.expansion ? [entry.expansion.vi, entry.expansion.en] : [];
    return {
      id: entry.id,
      headword: searchKey(entry.terms[0] ?? entry.id),
      terms: entry.terms.map(searchKey),
      expansions: expansions.map(searchKey),
      initials: expansions.map(initialsKey),
      explanations: [entry.vi.short, entry.en.short].map(searchKey),
    };
  });
  const byCategory = new Map<Category, Keys[]>();
  entries.forEach((entry, i) => {
    const list = byCategory.get(entry.category) ?? [];
    list.push(all[i]!);
    byCategory.set(entry.category, list);
  });
  return {
    search(query, limit = 50) {
      const folded = searchKey(query);
      if (folded.length === 0) return [];
      const hits: Array<SearchHit & { headword: string }> = [];
      for (const keys of all) {
        const scored = scoreOf(keys, folded);
        if (scored) hits.push({ id: keys.id, ...scored, headword: keys.headword });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score || a.headword.length - b.headword.length || a.headword.localeCompare(b.headword),
      );
      return hits.slice(0, limit).map(({ id, reason, score }) => ({ id, reason, score }));
    },
    inCategory(category) {
      return [...(byCategory.get(category) ?? [])]
        .sort((a, b) => a.headword.localeCompare(b.headword))
        .map((keys) => keys.id);
    },
  };
}
