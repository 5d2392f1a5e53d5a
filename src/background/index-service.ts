/** Keeps this build's match index in storage.local, where pages read it, and answers for it. */
import browser from 'webextension-polyfill';
import matchIndex, { tag } from 'virtual:laichau-match-index';
import { STORED_INDEX_KEY, type StoredIndex } from '../messages/index-messages.ts';

export function currentIndex(): StoredIndex {
  return { tag, index: matchIndex };
}

export async function storeIndex(): Promise<void> {
  const stored = (await browser.storage.local.get(STORED_INDEX_KEY))[STORED_INDEX_KEY] as
    { tag?: unknown } | undefined;
  if (stored?.tag === tag) return;
  await browser.storage.local.set({ [STORED_INDEX_KEY]: currentIndex() });
}
