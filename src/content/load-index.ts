/**
 * The page's match index: read from storage.local, where the background keeps the index of the
 * current build, or asked of the background when storage holds none or another build's.
 */
import browser from '../platform/browser-lite.ts';
import { loadMatchIndex, type TermFinder } from '../core/match-index.ts';
import { parseStoredIndex, STORED_INDEX_KEY, type IndexRequest } from '../messages/index-messages.ts';

/** The tag of this build's index (vite.config.ts defines it; see content-constants.d.ts). */
const tag = __LAICHAU_MATCH_INDEX_TAG__;

async function storedIndex(): Promise<unknown> {
  try {
    const stored = parseStoredIndex((await browser.storage.local.get(STORED_INDEX_KEY))[STORED_INDEX_KEY]);
    if (stored?.tag === tag) return stored.index;
  } catch {
    // Storage unavailable: ask the background instead.
  }
  const request: IndexRequest = { type: 'get-match-index' };
  const answer = parseStoredIndex(await browser.runtime.sendMessage(request));
  if (answer?.tag !== tag) throw new Error('the background has no match index for this build');
  return answer.index;
}

export async function loadFinder(): Promise<TermFinder> {
  return loadMatchIndex(await storedIndex());
}
