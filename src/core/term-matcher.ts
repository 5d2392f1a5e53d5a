/**
 * A term finder built straight from glossary entries, for the places that hold the whole
 * glossary anyway (the command-line tools, the panel, tests). The page never builds one: it
 * loads the index compiled at build time (see match-index.ts), which is the same structure.
 */
import { compileMatchIndex, loadMatchIndex, type MatchableEntry, type TermFinder } from './match-index.ts';

export function buildTermMatcher(entries: readonly MatchableEntry[]): TermFinder {
  return loadMatchIndex(compileMatchIndex(entries));
}
