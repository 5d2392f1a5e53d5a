/**
 * What the panel hears besides the popup's messages: the stretch of the article in view (page →
 * panel, sent while the reader scrolls) and the selection handed over by the context menu
 * (background → panel, kept in storage.session so a panel that opens later still finds it).
 */
import { hasOnlyKeys, isIndex, isRecord, isString } from './guards.ts';

/** Page → panel: the article text offsets [start, end) now in the viewport. */
export interface InViewMessage {
  type: 'in-view';
  start: number;
  end: number;
}

export function parseInView(message: unknown): InViewMessage | undefined {
  if (!isRecord(message) || message.type !== 'in-view' || !hasOnlyKeys(message, ['type', 'start', 'end']))
    return undefined;
  const { start, end } = message;
  if (!isIndex(start) || !isIndex(end) || end < start) return undefined;
  return { type: 'in-view', start, end };
}

/** The storage.session key under which the background leaves a selection to explain. */
export const PENDING_EXPLAIN_KEY = 'explain-selection';

export const SELECTION_MAX = 20_000;

export interface PendingExplain {
  text: string;
  /** When the reader asked, so the panel shows each request once. */
  at: number;
}

export function parsePendingExplain(value: unknown): PendingExplain | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, ['text', 'at'])) return undefined;
  const { text, at } = value;
  if (!isString(text, SELECTION_MAX) || text.trim().length === 0 || typeof at !== 'number') return undefined;
  if (!Number.isFinite(at)) return undefined;
  return { text, at };
}
