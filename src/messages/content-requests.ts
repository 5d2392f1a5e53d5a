/**
 * What the popup and the panel ask of the page, and the small answers. Kept apart from the
 * report's schema so the page script, which receives these, carries no more schema than it needs.
 */
import * as v from 'valibot';
import { Offset, parserOf } from './parse.ts';

export const ContentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('get-report') }),
  /** Scroll to [start, end) of the article text, flash it, and optionally open the card there. */
  v.pipe(
    v.strictObject({ type: v.literal('reveal'), start: Offset, end: Offset, openCard: v.boolean() }),
    v.check((r) => r.end > r.start, 'an empty span'),
  ),
  /** Mark the page's main text although it is not an article (on), or undo that (off). */
  v.strictObject({ type: v.literal('annotate-anyway'), on: v.boolean() }),
  /** Panel → page: from now on, tell the extension which stretch of text is in view. */
  v.strictObject({ type: v.literal('watch-view') }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export const RevealAnswerSchema = v.object({ type: v.literal('revealed'), ok: v.boolean() });
export type RevealAnswer = v.InferOutput<typeof RevealAnswerSchema>;

export const AnnotateAnswerSchema = v.object({ type: v.literal('annotated'), ok: v.boolean() });
export type AnnotateAnswer = v.InferOutput<typeof AnnotateAnswerSchema>;

export const WatchAnswerSchema = v.object({ type: v.literal('watching') });
export type WatchAnswer = v.InferOutput<typeof WatchAnswerSchema>;

/** Content script → background. */
export const BackgroundRequestSchema = v.strictObject({
  type: v.literal('page-status'),
  isArticle: v.boolean(),
  marked: Offset,
});
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
/** What a page tells the background of itself. */
export type PageStatus = Omit<BackgroundRequest, 'type'>;

export const parseContentRequest = parserOf(ContentRequestSchema);
export const parseBackgroundRequest = parserOf(BackgroundRequestSchema);
export const parseRevealAnswer = parserOf(RevealAnswerSchema);
export const parseAnnotateAnswer = parserOf(AnnotateAnswerSchema);
export const parseWatchAnswer = parserOf(WatchAnswerSchema);
