/** The popup's side of the conversation with the content script in one tab. */
import browser from 'webextension-polyfill';
import { CONTENT_PATHS } from '../platform/content-files.ts';
import {
  parseSummariesAnswer,
  type EntrySummary,
  type SummariesRequest,
} from '../messages/entry-messages.ts';
import type { PageReport } from '../messages/protocol.ts';
import { askPage } from '../platform/ask-page.ts';

/** Headwords and one-line explanations of the entries an article mentions, from the background. */
export async function entrySummaries(ids: readonly string[]): Promise<Map<string, EntrySummary>> {
  const request: SummariesRequest = { type: 'entry-summaries', ids: [...new Set(ids)] };
  try {
    const answer = parseSummariesAnswer(await browser.runtime.sendMessage(request));
    return new Map((answer?.entries ?? []).map((entry) => [entry.id, entry]));
  } catch {
    return new Map();
  }
}

/** The report of the reader in `tabId`; undefined when no reader answers (or answers junk). */
export function requestReport(tabId: number): Promise<PageReport | undefined> {
  return askPage(tabId, { type: 'get-report' });
}

export async function reveal(tabId: number, start: number, end: number, openCard: boolean): Promise<boolean> {
  return (await askPage(tabId, { type: 'reveal', start, end, openCard }))?.ok ?? false;
}

/** "Annotate this page anyway" (on) or its undo (off) in `tabId`; false when it could not be done. */
export async function annotateAnyway(tabId: number, on: boolean): Promise<boolean> {
  return (await askPage(tabId, { type: 'annotate-anyway', on }))?.ok ?? false;
}

/**
 * Runs the reader in one tab of another site, at the reader's request. The "activeTab" grant of
 * the toolbar click is what allows it: no host permission beyond the news site is held.
 */
export async function annotateTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_PATHS.css] });
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_PATHS.js] });
  // Firefox reports a script that could not load in the result rather than by rejecting.
  const failure = (result as { error?: unknown } | undefined)?.error;
  if (failure !== undefined) throw new Error(String(failure));
}
