/**
 * What the panel hears besides the popup's messages: the stretch of the article in view (page →
 * panel, sent while the reader scrolls) and the selection handed over by the context menu
 * (background → panel, kept in storage.session so a panel that opens later still finds it).
 */
import * as v from 'valibot';
import { Offset, parserOf } from './parse.ts';

/** Page → panel: the article text offsets [start, end) now in the viewport. */
export const InViewSchema = v.pipe(
  v.strictObject({ type: v.literal('in-view'), start: Offset, end: Offset }),
  v.check((m) => m.end >= m.start, 'a reversed span'),
);
export type InViewMessage = v.InferOutput<typeof InViewSchema>;

/** The storage.session key under which the background leaves a selection to explain. */
export const PENDING_EXPLAIN_KEY = 'explain-selection';

export const SELECTION_MAX = 20_000;

export const PendingExplainSchema = v.strictObject({
  text: v.pipe(
    v.string(),
    v.maxLength(SELECTION_MAX),
    v.check((t) => t.trim().length > 0, 'an empty selection'),
  ),
  /** When the reader asked, so the panel shows each request once. */
  at: v.pipe(v.number(), v.finite()),
});
export type PendingExplain = v.InferOutput<typeof PendingExplainSchema>;

export const parseInView = parserOf(InViewSchema);

export const parsePendingExplain = parserOf(PendingExplainSchema);
