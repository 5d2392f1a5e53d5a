/**
 * The background's one matcher, read from the index compiled at build time: nothing is
 * normalized when a stopped worker wakes, and the cards and the marking share it.
 */
import matchIndex from 'virtual:laichau-match-index';
import { loadMatchIndex, type TermFinder } from '../core/match-index.ts';

let finder: TermFinder | undefined;

export function termFinder(): TermFinder {
  finder ??= loadMatchIndex(matchIndex);
  return finder;
}
